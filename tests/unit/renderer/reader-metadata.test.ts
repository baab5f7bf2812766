import { describe, expect, it } from 'vitest';
import { EMPTY_METADATA } from '../../../shared/domain/article-metadata';
import { authorsText, parseAuthors } from '../../../renderer/src/reader/authors-text';
import { formErrorsFrom } from '../../../renderer/src/reader/field-errors';
import { draftOf, updateFrom } from '../../../renderer/src/reader/metadata-draft';

const clipping = {
  id: 7,
  title: 'North Korea rallies instructors',
  meta: { ...EMPTY_METADATA, authors: ['Kim Jae-won'], outlet: 'JoongAng Daily', published: '2025-03-31T11:10+09:00', lang: 'en' },
};

describe('parseAuthors', () => {
  it('takes one name per line', () => {
    expect(parseAuthors('Kim Jae-won\n  Lee Min-ji  \n\n')).toEqual(['Kim Jae-won', 'Lee Min-ji']);
  });

  it('reads a pasted byline as the people it names', () => {
    expect(parseAuthors('By Kim Jae-won and Lee Min-ji')).toEqual(['Kim Jae-won', 'Lee Min-ji']);
    expect(parseAuthors('by Choe Sang-Hun, Park Soo & Jean Andersen')).toEqual(['Choe Sang-Hun', 'Park Soo', 'Jean Andersen']);
  });

  it('does not split names that merely contain "and" or "by"', () => {
    expect(parseAuthors('Rand Anderson\nBrandon Byers')).toEqual(['Rand Anderson', 'Brandon Byers']);
  });

  it('drops repeats and keeps within the contract’s limits', () => {
    expect(parseAuthors('Yonhap\nYonhap')).toEqual(['Yonhap']);
    const many = Array.from({ length: 60 }, (_, i) => `Writer ${i}`).join('\n');
    expect(parseAuthors(many)).toHaveLength(50);
    expect(parseAuthors('x'.repeat(300))[0]).toHaveLength(200);
  });

  it('round-trips with the text the field shows', () => {
    expect(parseAuthors(authorsText(['Kim Jae-won', 'Lee Min-ji']))).toEqual(['Kim Jae-won', 'Lee Min-ji']);
  });
});

describe('updateFrom', () => {
  it('is null while nothing changed, whatever the whitespace', () => {
    const draft = draftOf(clipping);
    expect(updateFrom(clipping, draft)).toBeNull();
    expect(updateFrom(clipping, { ...draft, outlet: ' JoongAng Daily ', authors: 'Kim Jae-won\n' })).toBeNull();
  });

  it('sends only the fields that changed, a cleared one as empty text', () => {
    const draft = { ...draftOf(clipping), outlet: 'Korea JoongAng Daily', lang: '', authors: 'By Kim Jae-won and Lee Min-ji' };
    expect(updateFrom(clipping, draft)).toEqual({
      id: 7,
      meta: { outlet: 'Korea JoongAng Daily', lang: '', authors: ['Kim Jae-won', 'Lee Min-ji'] },
    });
  });

  it('puts the title beside the metadata, not inside it', () => {
    expect(updateFrom(clipping, { ...draftOf(clipping), title: 'Red Necktie lecture' })).toEqual({ id: 7, title: 'Red Necktie lecture' });
  });
});

describe('formErrorsFrom', () => {
  it('puts each part of the core’s message beside its field, as the core worded it', () => {
    const message =
      'Invalid input — meta.published: Dates are written like 2025-03-31 or 2025-03-31T11:10+09:00.; meta.lang: The language is a code such as en, ko or en-US.';
    expect(formErrorsFrom(message)).toEqual({
      fields: {
        published: 'Dates are written like 2025-03-31 or 2025-03-31T11:10+09:00.',
        lang: 'The language is a code such as en, ko or en-US.',
      },
      general: null,
    });
  });

  it('maps a title or an author entry to its field', () => {
    expect(formErrorsFrom('Invalid input — title: A title cannot be empty.').fields).toEqual({ title: 'A title cannot be empty.' });
    expect(formErrorsFrom('Invalid input — meta.authors.3: Too big').fields).toEqual({ authors: 'Too big' });
  });

  it('keeps any other message whole', () => {
    expect(formErrorsFrom('Clipping 9 was not found.')).toEqual({ fields: {}, general: 'Clipping 9 was not found.' });
    expect(formErrorsFrom('Invalid input — id: Too small')).toEqual({ fields: {}, general: 'Invalid input — id: Too small' });
  });
});
