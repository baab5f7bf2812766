import { describe, expect, it } from 'vitest';
import { cleanAuthorName, isJobTitle, splitAuthors } from '../../../../electron/core/extract/metadata/authors';

describe('splitAuthors', () => {
  it('splits "By A and B" into two people', () => {
    expect(splitAuthors('By Kim Jae-won and Lee Min-ji')).toEqual(['Kim Jae-won', 'Lee Min-ji']);
  });

  it('handles German, French, Italian, Spanish credits', () => {
    expect(splitAuthors('Von Felix Schröder und Jörg Soldwisch')).toEqual(['Felix Schröder', 'Jörg Soldwisch']);
    expect(splitAuthors('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
    expect(splitAuthors('di Viviana Mazza')).toEqual(['Viviana Mazza']);
    expect(splitAuthors('Por María R. Sahuquillo')).toEqual(['María R. Sahuquillo']);
  });

  it('strips the Korean reporter suffix 기자, alone or per name', () => {
    expect(splitAuthors('김재원 기자')).toEqual(['김재원']);
    expect(splitAuthors('김재원·이민지 기자')).toEqual(['김재원', '이민지']);
    expect(splitAuthors('김재원 기자, 이민지 기자')).toEqual(['김재원', '이민지']);
    expect(splitAuthors('배윤경 기자 bykj@mk.co.kr')).toEqual(['배윤경']);
  });

  it('drops emails, Twitter handles and job titles', () => {
    expect(splitAuthors('By Jane Doe (jane.doe@example.com)')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe @janedoe')).toEqual(['Jane Doe']);
    expect(splitAuthors('Kim Jae-won, Staff Writer')).toEqual(['Kim Jae-won']);
    expect(splitAuthors('By Lee Min-ji, Senior Correspondent')).toEqual(['Lee Min-ji']);
  });

  it('drops a trailing agency after a comma but keeps an agency credited alone', () => {
    expect(splitAuthors('Kim Jae-won, Yonhap')).toEqual(['Kim Jae-won']);
    expect(splitAuthors('Felix Schröder und Jörg Soldwisch, dpa')).toEqual(['Felix Schröder', 'Jörg Soldwisch']);
    expect(splitAuthors('Associated Press')).toEqual(['Associated Press']);
    expect(splitAuthors('By THE ASSOCIATED PRESS')).toEqual(['THE ASSOCIATED PRESS']);
  });

  it('deduplicates case-insensitively and ignores empty input', () => {
    expect(splitAuthors('Jane Doe, JANE DOE, jane doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('')).toEqual([]);
    expect(splitAuthors('   ')).toEqual([]);
  });

  it('keeps several names separated by slashes, semicolons, ampersands', () => {
    expect(splitAuthors('Mathatisi Sebusi/Mohalenyane Phakela')).toEqual(['Mathatisi Sebusi', 'Mohalenyane Phakela']);
    expect(splitAuthors('A. Smith; B. Jones & C. Brown')).toEqual(['A. Smith', 'B. Jones', 'C. Brown']);
  });
});

describe('cleanAuthorName', () => {
  it('rejects things that are not names', () => {
    expect(cleanAuthorName('https://www.facebook.com/someone')).toBe('');
    expect(cleanAuthorName('Twitter Facebook')).toBe('');
    expect(cleanAuthorName('(Image: Getty Images)')).toBe('');
    expect(cleanAuthorName('12345')).toBe('');
  });

  it('recognises job titles', () => {
    expect(isJobTitle('Staff Writer')).toBe(true);
    expect(isJobTitle('Senior Political Correspondent')).toBe(true);
    expect(isJobTitle('Kim Jae-won')).toBe(false);
  });
});
