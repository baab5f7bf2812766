import { describe, expect, it } from 'vitest';
import { isShortenedFrom, sameTypography } from '../../../../electron/core/extract/metadata/title-forms';

describe('sameTypography', () => {
  it('treats straight and typographic quotes as the same', () => {
    expect(sameTypography("Kohberger's lawyers", 'Kohberger’s lawyers')).toBe(true);
    expect(sameTypography('„Wegovy“ kommt', '"Wegovy" kommt')).toBe(true);
  });

  it('does not fold case or words', () => {
    expect(sameTypography('Kohberger’s Lawyers', "Kohberger's lawyers")).toBe(false);
  });
});

describe('isShortenedFrom', () => {
  it('is true for the same headline with words left out, in order', () => {
    expect(isShortenedFrom('Swedish police to investigate reports of leaks to violent gangs', 'Swedish police to investigate reports of information leaks to violent gangs')).toBe(true);
    expect(isShortenedFrom("Your $1 bill could be worth THOUSANDS - here's how to check", "Your $1 bill could be worth THOUSANDS - here's how to check if you have the rare buck")).toBe(true);
  });

  it('is false when the words are reordered or new ones appear', () => {
    expect(isShortenedFrom('Forscher warnt: Verlernen Studierende das Lesen?', 'Forscher aus Osnabrück warnt: Studierende verlernen das Lesen')).toBe(false);
    expect(isShortenedFrom('Tony Blair: Why there has to be compromise in Ukraine', 'Tony Blair: Why there has to be compromise to end the Ukraine war')).toBe(false);
  });

  it('is false for a fragment that keeps too few of the words', () => {
    expect(isShortenedFrom('Every outfit Zendaya has worn', 'Every outfit Zendaya has worn to promote the Dune franchise, ranked from least to most daring')).toBe(false);
    expect(isShortenedFrom('Bill Gates', 'Bill Gates says')).toBe(false);
  });

  it('is false for a title cut off mechanically', () => {
    expect(isShortenedFrom('Hamburg Marathon 2024: Überlegener Sieger und', 'Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"')).toBe(false);
    expect(isShortenedFrom('Your $1 bill could be worth THOUSANDS - here is…', 'Your $1 bill could be worth THOUSANDS - here is how to check it')).toBe(false);
  });
});
