import type { Corpus } from './corpus';
import { Random } from './random';

/** The search queries of one run, drawn from the corpus the library was built from. */
export interface QuerySet {
  oneWord: string[];
  twoWords: string[];
  phrase: string[];
  prefix: string[];
  korean2: string[];
  tagDate: string[];
}

const STOPWORDS = new Set(['about', 'after', 'again', 'their', 'there', 'these', 'those', 'which', 'while', 'would', 'could', 'should', 'where', 'other', 'being', 'because', 'between']);

/**
 * Words as users type them: sampled from running text (so frequent words come up as
 * often as they do in text), five letters or more, no stop words.
 */
export function buildQueries(corpus: Corpus, tagPaths: string[], seed: number, perKind = 20): QuerySet {
  const random = new Random(seed);
  const english = corpus.paragraphs.get('en') ?? [];
  const word = () => {
    for (;;) {
      const words = random.pick(english).toLowerCase().match(/\p{L}{5,}/gu) ?? [];
      const candidate = words.length ? random.pick(words) : null;
      if (candidate && !STOPWORDS.has(candidate)) return candidate;
    }
  };
  const phrase = () => {
    for (;;) {
      const words = random.pick(english).match(/\p{L}+/gu) ?? [];
      if (words.length < 3) continue;
      const at = random.int(words.length - 1);
      if (words[at]!.length >= 3 && words[at + 1]!.length >= 3) return `"${words[at]} ${words[at + 1]}"`;
    }
  };
  const korean = corpus.paragraphs.get('ko') ?? [];
  const korean2 = () => {
    for (;;) {
      const runs = random.pick(korean).match(/[\uac00-\ud7a3]{2,}/g) ?? [];
      if (runs.length === 0) continue;
      const run = random.pick(runs);
      const at = random.int(run.length - 1);
      return run.slice(at, at + 2);
    }
  };
  const topTags = tagPaths.filter((path) => path.split('/').length <= 2);
  const tagDate = () => {
    const year = 2016 + random.int(9);
    return `${word()} tag:"${random.pick(topTags)}" after:${year}-01-01 before:${year + 2}-01-01`;
  };
  const times = <T>(make: () => T) => Array.from({ length: perKind }, make);
  return {
    oneWord: times(word),
    twoWords: times(() => `${word()} ${word()}`),
    phrase: times(phrase),
    prefix: times(() => `${word().slice(0, 4)}*`),
    korean2: korean.length ? times(korean2) : [],
    tagDate: times(tagDate),
  };
}
