import { countWords } from '../../../shared/document/canonical-text';

/**
 * countWords (Intl.Segmenter's word-like segments) without the segmenter for text in
 * space-separated scripts: iterating segments costs about a millisecond per 300 words,
 * as much as extracting the article. The pattern follows the Unicode word-boundary
 * rules the segmenter applies there (UAX #29: letters and digits joined by
 * apostrophes, dots, colons, and by commas between digits; marks, joiners and
 * underscores inside words). Scripts the segmenter splits with a dictionary or its own rules (Chinese,
 * Japanese, Korean, Thai, Lao, Khmer, Burmese) still go through countWords.
 */
export function countWordsQuickly(text: string): number {
  if (DICTIONARY_SCRIPTS.test(text)) return countWords(text);
  let count = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    // A lone connector ("_") is not a word; a run of them ("___") is, as the segmenter says.
    if (!CONNECTORS_ONLY.test(match[0]) || match[0].length > 1) count++;
  }
  return count;
}

const DICTIONARY_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}\p{Ideographic}]/u;

const LETTER = '\\p{L}\\p{Nl}';
const DIGIT = '\\p{Nd}';
const CONNECTOR = '_\\u202F\\u203F\\u2040\\u2054\\uFE33\\uFE34\\uFE4D-\\uFE4F\\uFF3F';
const INVISIBLE = '\\p{M}\\u00AD\\u200C\\u200D\\u2060\\uFEFF\\u061C\\u180E\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const MID_NUM_LET = ".'\\u2018\\u2019\\u2024\\uFE52\\uFF07\\uFF0E";
const MID_LETTER = ':\\u00B7\\u0387\\u055F\\u05F4\\u2027\\uFE13\\uFE55\\uFF1A';
const MID_NUM = ',;\\u037E\\u0589\\u060C\\u060D\\u066C\\u07F8\\u2044\\uFE10\\uFE14\\uFE50\\uFE54\\uFF0C\\uFF1B';

const WORD = new RegExp(
  `[${LETTER}${DIGIT}${CONNECTOR}]` +
    `(?:[${LETTER}${DIGIT}${CONNECTOR}${INVISIBLE}]` +
    `|(?<=[${LETTER}][${INVISIBLE}]*)[${MID_LETTER}${MID_NUM_LET}](?=[${INVISIBLE}]*[${LETTER}])` +
    `|(?<=[${DIGIT}][${INVISIBLE}]*)[${MID_NUM}${MID_NUM_LET}](?=[${INVISIBLE}]*[${DIGIT}])` +
    `|(?<=\\p{Script=Hebrew})"(?=\\p{Script=Hebrew}))*`,
  'gu',
);
const CONNECTORS_ONLY = new RegExp(`^[${CONNECTOR}]+$`, 'u');
