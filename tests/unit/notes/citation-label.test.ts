import { describe, expect, it } from 'vitest';
import { citationLabel, sourceLine } from '../../../shared/notes/citation-label';

const yonhap = { outlet: 'Yonhap', headline: 'North Korea convenes youth league congress for the first time in five years', published: '2025-03-31T09:12:00+09:00', url: null };

describe('citationLabel', () => {
  it('names the outlet, the day of publication and a short headline', () => {
    expect(citationLabel(yonhap)).toBe('Yonhap, 2025-03-31: North Korea convenes youth league congress for the first…');
  });

  it('tells two reports of one outlet apart by their day', () => {
    const later = { ...yonhap, headline: 'Youth league congress opens', published: '2025-04-02' };
    const earlier = { ...later, published: '2025-03-30' };
    expect(citationLabel(later)).not.toBe(citationLabel(earlier));
  });

  it('does with what it has', () => {
    expect(citationLabel({ outlet: 'Yonhap', headline: 'Congress opens', published: null })).toBe('Yonhap: Congress opens');
    expect(citationLabel({ outlet: null, headline: 'Congress opens', published: '2025-03-31' })).toBe('Congress opens, 2025-03-31');
    expect(citationLabel({ outlet: ' Yonhap ', headline: '  ', published: '2025-03-31' })).toBe('Yonhap, 2025-03-31');
    expect(citationLabel({ outlet: null, headline: null, published: null })).toBe('Source');
  });
});

describe('sourceLine', () => {
  it('quotes the whole headline after the outlet, then the day', () => {
    expect(sourceLine(yonhap)).toBe('Yonhap, “North Korea convenes youth league congress for the first time in five years”, 2025-03-31');
  });
});
