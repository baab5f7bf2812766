import { describe, expect, it } from 'vitest';
import { cjkIndexText, cjkRuns, isCjkChar, runTokens, splitTermText } from '../../../shared/search/cjk';

const cp = (char: string): number => char.codePointAt(0)!;

describe('isCjkChar', () => {
  it.each([
    ['漢', 'CJK Unified Ideographs'],
    ['㐀', 'Extension A'],
    ['𠀀', 'Extension B (outside the BMP)'],
    ['𪜀', 'Extension C'],
    ['豈', 'Compatibility Ideographs'],
    ['々', 'ideographic iteration mark'],
    ['ひ', 'Hiragana'],
    ['カ', 'Katakana'],
    ['ー', 'prolonged sound mark'],
    ['ｶ', 'halfwidth Katakana'],
    ['ﾞ', 'halfwidth voiced mark (a letter)'],
    ['ㇰ', 'Katakana phonetic extensions'],
    ['한', 'Hangul syllable'],
    ['ᄒ', 'Hangul Jamo'],
    ['ㅋ', 'Hangul compatibility Jamo'],
    ['ﾡ', 'halfwidth Hangul'],
  ])('%s (%s) is CJK', (char) => {
    expect(isCjkChar(cp(char))).toBe(true);
  });

  it.each([
    ['a', 'Latin'],
    ['é', 'Latin with accent'],
    ['Ж', 'Cyrillic'],
    ['ก', 'Thai'],
    ['1', 'digit'],
    ['。', 'ideographic full stop'],
    ['、', 'ideographic comma'],
    ['「', 'corner bracket'],
    ['・', 'katakana middle dot (punctuation)'],
    ['゛', 'spacing voiced mark (a symbol)'],
    ['\u3099', 'combining voiced mark'],
    ['\u3000', 'ideographic space'],
    ['！', 'fullwidth exclamation mark'],
    ['Ａ', 'fullwidth Latin'],
    ['😀', 'emoji'],
  ])('%s (%s) is not CJK', (char) => {
    expect(isCjkChar(cp(char))).toBe(false);
  });
});

describe('cjkRuns', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['no CJK here', []],
    ['청년동맹 대회', ['청년동맹', '대회']],
    ['김정은 said 2025년 ICBM을', ['김정은', '년', '을']],
    ['北朝鮮の「青年同盟」大会。', ['北朝鮮の', '青年同盟', '大会']],
    ['ドナルド・トランプ', ['ドナルド', 'トランプ']],
    ['𠀀𠀁x𠀂', ['𠀀𠀁', '𠀂']],
  ])('%j → %j', (text, runs) => {
    expect(cjkRuns(text)).toEqual(runs);
  });
});

describe('runTokens', () => {
  it.each<[string, string[]]>([
    ['청', ['청']],
    ['청년', ['청년', '년']],
    ['청년동맹', ['청년', '년동', '동맹', '맹']],
    ['𠀀𠀁𠀂', ['𠀀𠀁', '𠀁𠀂', '𠀂']],
  ])('%j → %j', (run, tokens) => {
    expect(runTokens(run)).toEqual(tokens);
  });
});

describe('cjkIndexText', () => {
  it.each<[string, string]>([
    ['청년동맹 대회', '청년 년동 동맹 맹\n대회 회'],
    ['', ''],
    ['Only English, 2025.', ''],
    ['북', '북'],
    ['Kim 북 Jong 한', '북\n한'],
    ['2025년 ICBM을 발사', '년\n을\n발사 사'],
    ['朝鮮労働党', '朝鮮 鮮労 労働 働党 党'],
    ['東京タワー', '東京 京タ タワ ワー ー'],
    ['𠀀𠀁', '𠀀𠀁 𠀁'],
  ])('%j → %j', (text, indexed) => {
    expect(cjkIndexText(text)).toBe(indexed);
  });

  it('indexes decomposed Hangul (as macOS writes it) as syllables', () => {
    const decomposed = '청년'.normalize('NFD');
    expect(decomposed).not.toBe('청년');
    expect(cjkIndexText(decomposed)).toBe('청년 년');
  });

  it('makes every character of a run the start of some token', () => {
    const run = '조선사회주의청년동맹';
    const tokens = cjkIndexText(run).split(' ');
    expect(tokens.map((token) => Array.from(token)[0]).join('')).toBe(run);
  });
});

describe('splitTermText', () => {
  it.each<[string, { latin: string; cjk: string[] }]>([
    ['Pyongyang', { latin: 'Pyongyang', cjk: [] }],
    ['청년동맹', { latin: '', cjk: ['청년동맹'] }],
    ['2025년', { latin: '2025', cjk: ['년'] }],
    ['K-pop가수 팬', { latin: 'K-pop', cjk: ['가수', '팬'] }],
    ['abc청def', { latin: 'abc def', cjk: ['청'] }],
    ['김정은 said', { latin: 'said', cjk: ['김정은'] }],
    [' U.S. ', { latin: 'U.S.', cjk: [] }],
  ])('%j → %j', (text, parts) => {
    expect(splitTermText(text)).toEqual(parts);
  });

  it('normalises to NFC like the index', () => {
    expect(splitTermText('청년'.normalize('NFD'))).toEqual({ latin: '', cjk: ['청년'] });
    expect(splitTermText('e\u0301tude')).toEqual({ latin: 'étude', cjk: [] });
  });
});
