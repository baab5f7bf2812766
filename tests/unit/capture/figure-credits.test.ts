import { describe, expect, it } from 'vitest';
import { splitCaptionCredit } from '../../../electron/core/capture/caption-credit';
import { withFigureCredits } from '../../../electron/core/capture/figure-credits';

describe('splitCaptionCredit', () => {
  it.each([
    ['Instructors gather in Pyongyang on March 29. [YONHAP]', 'Instructors gather in Pyongyang on March 29.', 'YONHAP'],
    ['Kim Jong-un at the meeting. (AP Photo/Ahn Young-joon)', 'Kim Jong-un at the meeting.', 'AP Photo/Ahn Young-joon'],
    ['The morning ferry leaving the north quay. Photo: A. Reader', 'The morning ferry leaving the north quay.', 'A. Reader'],
    ['Die Fähre am Morgen. Foto: dpa', 'Die Fähre am Morgen.', 'dpa'],
    ['Seoul skyline at dusk © Reuters', 'Seoul skyline at dusk', 'Reuters'],
    ['평양에서 열린 강습. 사진=연합뉴스', '평양에서 열린 강습.', '연합뉴스'],
  ])('%s', (caption, rest, credit) => {
    expect(splitCaptionCredit(caption)).toEqual({ caption: rest, credit });
  });

  it('leaves captions without a credit, and a credit alone, as they are', () => {
    expect(splitCaptionCredit('Volunteers on the north quay at Port Ellery.')).toBeNull();
    expect(splitCaptionCredit('Members (aged 7 to 14) of the union.')).toBeNull();
    expect(splitCaptionCredit('[YONHAP]')).toBeNull();
  });
});

describe('withFigureCredits', () => {
  it('moves the credit into the figure, keeping the caption’s marks', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'figure',
          attrs: { src: 'media/x', alt: null, credit: null },
          content: [
            { type: 'text', text: 'The morning ferry leaving the ' },
            { type: 'text', text: 'north quay', marks: [{ type: 'italic' }] },
            { type: 'text', text: '. Photo: A. Reader' },
          ],
        },
      ],
    };
    expect(withFigureCredits(doc).content?.[0]).toEqual({
      type: 'figure',
      attrs: { src: 'media/x', alt: null, credit: 'A. Reader' },
      content: [
        { type: 'text', text: 'The morning ferry leaving the ' },
        { type: 'text', text: 'north quay', marks: [{ type: 'italic' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('keeps a credit the page already gave', () => {
    const figure = { type: 'figure', attrs: { src: 'media/x', credit: 'AFP' }, content: [{ type: 'text', text: 'A caption. [YONHAP]' }] };
    expect(withFigureCredits(figure)).toBe(figure);
  });
});
