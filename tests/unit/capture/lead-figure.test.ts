import { describe, expect, it } from 'vitest';
import { withLeadFigure } from '../../../electron/core/capture/lead-figure';
import type { DocNode } from '../../../shared/document/document-types';

const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Instructors gathered.' }] }] };
const lead = { src: 'https://news.example/photo.jpg', alt: 'Instructors', caption: 'Instructors in Pyongyang.', credit: 'YONHAP' };

describe('withLeadFigure', () => {
  it('puts a captioned lead image the body left out at the top, with caption and credit', () => {
    expect(withLeadFigure(body, lead).content?.[0]).toEqual({
      type: 'figure',
      attrs: { src: lead.src, alt: 'Instructors', credit: 'YONHAP' },
      content: [{ type: 'text', text: 'Instructors in Pyongyang.' }],
    });
  });

  it('keeps the document as it is when the body already shows the image, or the image has no caption', () => {
    const withFigure: DocNode = { type: 'doc', content: [...body.content!, { type: 'figure', attrs: { src: lead.src } }] };
    expect(withLeadFigure(withFigure, lead)).toBe(withFigure);
    expect(withLeadFigure(body, { ...lead, caption: null })).toBe(body);
    expect(withLeadFigure(body, null)).toBe(body);
  });
});
