/**
 * Documents that speak for whoever issued them: "“…,” the statement continued" after
 * "Mr. Trump said in a statement", "The ad says: “…”" after "The Romney campaign
 * retorted with an ad of its own".
 */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['ad', 'advertisement', 'commercial', 'spot'],
  ['statement', 'release'],
  ['letter'],
  ['tweet', 'post'],
  ['email', 'e-mail'],
  ['memo', 'memorandum'],
  ['op-ed', 'essay', 'column'],
  ['message'],
  ['video'],
  ['filing', 'complaint', 'lawsuit'],
  ['speech'],
];

/** For a phrase like "the statement" or "the advertisement": a pattern for the sentence that issued it. */
export function issuingPattern(phrase: string): RegExp | null {
  const words = phrase.toLowerCase().split(/\s+/u);
  if (words.length < 2 || words[0] !== 'the') return null;
  const nouns = SYNONYMS.find((group) => group.includes(words[words.length - 1]!));
  if (!nouns) return null;
  return new RegExp(
    `\\b(?:in|with|issued|released|posted|sent|wrote|published|ran|aired|launched|filed|delivered|gave)\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${nouns.join('|')})\\b`,
    'iu',
  );
}
