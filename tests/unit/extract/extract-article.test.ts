import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../electron/core/extract/extract-article';

const LEAD = 'SEOUL, March 31 (Yonhap) — North Korea hosted the first large-scale gathering of instructors for a nationwide children’s union, state media reported Monday.';
const page = (description: string) => `<html><head><meta property="og:description" content="${description}"><base href="https://evil.example/"></head>
<body><article><h1>North Korea rallies instructors</h1><p>${LEAD}</p>
<figure><img src="/photo.jpg" alt="Gathering"><figcaption>Instructors in Pyongyang. [YONHAP]</figcaption></figure>
<p>The lecture took place in Pyongyang from Wednesday to Saturday for the first time in history, the Korean Central News Agency said, urging instructors to nurture youth revolutionaries.</p>
<p>The union, known as the Red Necktie unit, is estimated to have three million members aged seven to fourteen.</p></article></body></html>`;

describe('extractArticle', () => {
  it('keeps figures with captions in the document but not in the body text, and ignores <base>', () => {
    const article = extractArticle(page('A rally of instructors.'), 'https://en.yna.co.kr/view/AEN1');
    expect(article).not.toBeNull();
    expect(article!.text).toContain('Instructors in Pyongyang.');
    expect(article!.bodyText).not.toContain('Instructors in Pyongyang.');
    expect(article!.bodyText.startsWith('SEOUL, March 31')).toBe(true);
    expect(article!.images[0]).toMatchObject({ src: 'https://en.yna.co.kr/photo.jpg', caption: expect.stringContaining('Instructors in Pyongyang') });
    expect(article!.metadata.dateline).toMatch(/^SEOUL, March 31 \(Yonhap\)/);
  });

  it('keeps a real dek but drops a description that only repeats the lead', () => {
    expect(extractArticle(page('A rally of instructors.'), null)!.metadata.subtitle).toBe('A rally of instructors.');
    expect(extractArticle(page(LEAD.slice(0, 80) + '…'), null)!.metadata.subtitle).toBeNull();
  });
});
