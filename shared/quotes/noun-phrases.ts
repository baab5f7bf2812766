import { ENGLISH_SPEECH_VERBS } from './speech-verbs';
import { ADVERBIALS, DETERMINERS, FUNCTION_WORDS, lower, type Token } from './tokens';
import { compoundNounLength, CONJUNCTIONS, endsPhrase, GROUP_NOUNS, isAdjective, isGroupNoun, isKnownAdjective, isLowerNoun, isNameWord, isPossessive, isTitle, NAME_PARTICLES, PHRASE_CONNECTORS, PREPOSITIONS, pronounOf, type Pronoun } from './phrase-words';

/**
 * Speaker phrases in Latin-script text, read off the tokens next to a speech verb:
 * names with titles and initials ("Sen. Jim DeMint", "Gen. David H. Petraeus"),
 * organisations ("the KCNA"), groups ("House Democrats", "White House officials and
 * lawmakers"), roles ("a spokesman for the Democratic National Committee") and pronouns.
 */
export interface Phrase {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  pronoun?: Pronoun;
}

/**
 * The speaker phrase that ends at token `last` (inclusive), reading backwards from a
 * verb: adverbials ("also", "has") are skipped, a parenthesis "(D-Md.)" too, and an
 * appositive ("Michael Steele, chairman of the R.N.C., said") leads to the name before it.
 */
export function phraseBefore(tokens: readonly Token[], last: number, floor: number): Phrase | null {
  let i = skipVerbChain(tokens, last, floor);
  if (i >= floor && tokens[i]!.text === ')') {
    let j = i - 1;
    while (j >= floor && tokens[j]!.text !== '(') j--;
    if (j < floor) return null;
    i = j - 1;
  }
  if (i < floor) return null;
  const token = tokens[i]!;
  const pronoun = pronounOf(token);
  if (pronoun) return { start: i, end: i + 1, pronoun };
  if (token.text === ',') return appositiveSpeaker(tokens, i, floor);
  return collectBack(tokens, i, floor);
}

/** Words of a verb chain before a speech verb: "is expected to say", "was quoted as saying", "has also said". */
const CHAIN_VERBS = new Set(['expected', 'set', 'going', 'likely', 'scheduled', 'planned', 'quoted', 'heard', 'seen', 'poised', 'due', 'about', 'supposed', 'able', 'went', 'continued', 'known']);
const AUXILIARY_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'will', 'would', 'has', 'had', 'have', 'did', 'does', 'do', 'can', 'could', 'may', 'might']);

function skipVerbChain(tokens: readonly Token[], last: number, floor: number): number {
  let i = last;
  for (;;) {
    const word = tokens[i]?.kind === 'word' ? lower(tokens[i]) : '';
    if (i < floor || !word || pronounOf(tokens[i])) return i;
    if ((word === 'to' || word === 'as') && CHAIN_VERBS.has(lower(tokens[i - 1]))) {
      i -= 2;
      continue;
    }
    if (ADVERBIALS.has(word) || AUXILIARY_VERBS.has(word) || word === 'not' || /^(?:today|yesterday|tonight)$/u.test(word)) {
      i--;
      continue;
    }
    return i;
  }
}

/** A name, group or role phrase ending at token `last`, or null. */
function collectBack(tokens: readonly Token[], last: number, floor: number): Phrase | null {
  const head = tokens[last];
  if (!head || head.kind !== 'word') return null;
  const headIsName = isNameWord(head, tokens[last - 1]) || isTitle(head);
  if (!headIsName && !isLowerNoun(head) && !/^\p{N}+-year-old$/u.test(head.text)) return null;
  let j = last - 1;
  while (j >= floor && last - j < 10) {
    const token = tokens[j]!;
    if (token.kind !== 'word') break;
    if (isNameWord(token, tokens[j - 1]) || isTitle(token) || /^\p{Lu}\.$/u.test(token.text)) {
      j--;
      continue;
    }
    if ((isGroupNoun(token) || isPossessive(token)) && !FUNCTION_WORDS.has(lower(token))) {
      j--;
      continue;
    }
    // "independent Sen. Angus King", "former Gov. Rick Perry".
    if (isKnownAdjective(token) && (isNameWord(tokens[j + 1]) || isTitle(tokens[j + 1]) || isGroupNoun(tokens[j + 1]) || isKnownAdjective(tokens[j + 1]))) {
      j--;
      continue;
    }
    if (NAME_PARTICLES.has(token.text) && isNameWord(tokens[j + 1]) && isNameWord(tokens[j - 1])) {
      j--;
      continue;
    }
    if (DETERMINERS.has(lower(token))) {
      // "photos that Mr. Huckabee posted": a relative pronoun, not a determiner.
      if (/^(?:that|this|these|those)$/u.test(lower(token)) && isNameWord(tokens[j + 1])) break;
      j--;
      // "a spokesman for the DNC": a preposition before the determiner joins a role.
      if (j - 1 >= floor && PHRASE_CONNECTORS.has(lower(tokens[j])) && lower(tokens[j]) !== 'and' && (isGroupNoun(tokens[j - 1]) || isNameWord(tokens[j - 1]))) {
        j--;
        continue;
      }
      break;
    }
    if (PHRASE_CONNECTORS.has(lower(token)) && j - 1 >= floor) {
      const before = tokens[j - 1]!;
      const after = tokens[j + 1]!;
      const joinsNames = (isNameWord(before) || isGroupNoun(before)) && (isNameWord(after) || isGroupNoun(after) || DETERMINERS.has(lower(after)));
      if (joinsNames && !(lower(token) === 'and' && !isGroupNoun(after) && !isNameWord(after))) {
        j--;
        continue;
      }
    }
    // "the four-term congressman", "the top Democrat": adjectives after a determiner.
    if (j < last && isAdjective(token)) {
      let k = j;
      while (k >= floor && j - k < 3 && isAdjective(tokens[k])) k--;
      if (k >= floor && DETERMINERS.has(lower(tokens[k]))) j = k - 1;
    }
    break;
  }
  let start = j + 1;
  // A phrase starts with a determiner, a title or a name; lower-case words on its
  // left ("party Chairman Michael Steele") are left out, unless it is only lower-case
  // ("lawmakers", "the report").
  while (start < last && tokens[start]!.kind === 'word' && !DETERMINERS.has(lower(tokens[start])) && !isNameWord(tokens[start]) && !isTitle(tokens[start]) && !isKnownAdjective(tokens[start]) && hasCapitalAfter(tokens, start, last)) start++;
  while (start < last && PHRASE_CONNECTORS.has(lower(tokens[start]))) start++;
  if (start > last) return null;
  const first = tokens[start]!;
  if (!headIsName && start === last && !/s$/u.test(head.text) && !GROUP_NOUNS.has(lower(head))) return null;
  // "Mr. Trump spoke": a lower-case word right after a name is its verb, unless it is a group noun.
  if (!headIsName && last > start && !DETERMINERS.has(lower(tokens[start])) && isNameWord(tokens[last - 1]) && !isPossessive(tokens[last - 1]) && !isGroupNoun(head) && !/\p{Ll}s$/u.test(head.text)) return null;
  // "at times said", "over the weekend had tweeted": the object of a preposition is no
  // speaker (but "shortly after Santorum told" is a clause).
  if (start > floor && PREPOSITIONS.has(lower(tokens[start - 1])) && !CONJUNCTIONS.has(lower(tokens[start - 1]))) return null;
  if (!headIsName && !DETERMINERS.has(lower(first)) && !isNameWord(first) && !isTitle(first) && !GROUP_NOUNS.has(lower(first)) && !/s$/u.test(head.text)) return null;
  return { start, end: last + 1 };
}

function hasCapitalAfter(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from + 1; k <= last; k++) if (isNameWord(tokens[k]) || isTitle(tokens[k])) return true;
  return false;
}

/** Whether a run of tokens is a name and nothing else ("Brad Woodhouse", "Sen. Jim DeMint"). */
function isPureName(tokens: readonly Token[], start: number, end: number): boolean {
  if (end <= start || end - start > 6) return false;
  if (!isNameWord(tokens[start]) && !isTitle(tokens[start])) return false;
  if (!isNameWord(tokens[end - 1])) return false;
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    if (!(isNameWord(token, tokens[k - 1]) || isTitle(token) || /^\p{Lu}\.$/u.test(token.text) || NAME_PARTICLES.has(token.text))) return false;
  }
  return true;
}

/** "in Columbus, Ohio," / "in Mount Kisco, New York,": a name after a comma that continues a place. */
function isPlaceChain(tokens: readonly Token[], comma: number, floor: number): boolean {
  if (comma < floor || tokens[comma]?.text !== ',') return false;
  let k = comma - 1;
  while (k >= floor && (isNameWord(tokens[k]) || DETERMINERS.has(lower(tokens[k])))) k--;
  return k < comma - 1 && k >= floor && /^(?:in|at|from|of|near|outside|across)$/u.test(lower(tokens[k]));
}

/**
 * "Sen. Jim DeMint, R-S.C., said" / "Bishop Daniel Jenky, of Peoria, Ill., said" /
 * "A spokesman for the D.N.C., Brad Woodhouse, said": the comma before the verb closes
 * an appositive or a name set off by commas.
 */
function appositiveSpeaker(tokens: readonly Token[], comma: number, floor: number): Phrase | null {
  let right = comma;
  for (let hops = 0; hops < 4; hops++) {
    let left = right - 1;
    let depth = 0;
    while (left >= floor) {
      const text = tokens[left]!.text;
      if (text === ')') depth++;
      else if (text === '(') depth--;
      else if (depth === 0 && (text === ',' || text === ';' || text === ':' || text === '—' || text === '–')) break;
      left--;
    }
    if (left < floor - 1) left = floor - 1;
    if (isPureName(tokens, left + 1, right) && !isPlaceChain(tokens, left, floor)) return { start: left + 1, end: right };
    if (left < floor || tokens[left]!.text !== ',') {
      // No comma before: the segment is the start of the clause ("One Facebook user who lives near Austin, Tex., posted").
      const relative = tokens.findIndex((token, k) => k > left && k < right && /^(?:who|which|whose)$/u.test(lower(token)));
      return collectBack(tokens, (relative > 0 ? relative : right) - 1, left + 1);
    }
    const before = collectBack(tokens, left - 1, floor);
    // The speaker stands at the start of the clause ("Elliott Maynard, a Republican trying to
    // unseat Representative Nick J. Rahall II, a Democrat, …, said"); an indefinite phrase
    // after a comma is one more description.
    const opener = tokens[(before?.start ?? 0) - 1];
    const atClauseStart = !opener || opener.text === ',' || opener.text === ':' || opener.kind === 'quote' || /^(?:and|but|while|as|when|whereas|then|so)$/u.test(lower(opener));
    const indefinite = !!before && /^(?:a|an)$/u.test(lower(tokens[before.start])) && opener?.text === ',';
    if (before && before.end === left && atClauseStart && !indefinite) {
      const pronoun = pronounOf(tokens[before.start]);
      return pronoun && before.end - before.start === 1 ? { ...before, pronoun } : before;
    }
    const pronoun = pronounOf(tokens[left - 1]);
    if (pronoun) return { start: left - 1, end: left, pronoun };
    right = left;
  }
  return null;
}

/**
 * The speaker phrase starting at token `first` ("said Sen. Jim DeMint, R-S.C.",
 * "according to the KCNA", "said a spokesman for the Democratic National Committee").
 */
export function phraseAfter(tokens: readonly Token[], first: number, ceil: number): Phrase | null {
  const token = tokens[first];
  if (!token || first >= ceil || token.kind !== 'word') return null;
  const pronoun = pronounOf(token);
  if (pronoun) return { start: first, end: first + 1, pronoun };
  let j = first;
  let sawDeterminer = false;
  // "said that vice presidential candidate Paul Ryan …": a conjunction, not a determiner.
  if (/^(?:that|this)$/u.test(lower(token)) && !isGroupNoun(tokens[first + 1])) return null;
  if (DETERMINERS.has(lower(token))) {
    sawDeterminer = true;
    j++;
  }
  let content = 0;
  let names = 0;
  let lowers = 0;
  while (j < ceil && j - first < 10) {
    const current = tokens[j]!;
    if (current.kind !== 'word') break;
    if (isNameWord(current, tokens[j - 1]) || isTitle(current) || /^\p{Lu}\.$/u.test(current.text)) {
      // "the report Steele" is two phrases; "reporter Michael Scotto" is one.
      const joint = lower(tokens[j - 1]);
      if (j > first && /^\p{Ll}/u.test(tokens[j - 1]!.text) && !DETERMINERS.has(joint) && !PHRASE_CONNECTORS.has(joint) && !NAME_PARTICLES.has(joint) && !isTitle(current) && !isGroupNoun(tokens[j - 1]) && !isKnownAdjective(tokens[j - 1])) break;
      j++;
      content++;
      names++;
      continue;
    }
    if (NAME_PARTICLES.has(current.text) && isNameWord(tokens[j + 1]) && content > 0) {
      j++;
      continue;
    }
    const previous = tokens[j - 1]!;
    const modified = (sawDeterminer || isPossessive(previous) || isPossessive(tokens[first])) && !(names > 0 && !isPossessive(previous) && !sawDeterminer);
    if (lowers < 3 && (!ENGLISH_SPEECH_VERBS.has(lower(current)) || isGroupNoun(current))) {
      // "House Democratic leaders", "a senior administration official", "the four-term congressman".
      if (isGroupNoun(current) || (isKnownAdjective(current) && (isGroupNoun(tokens[j + 1]) || isKnownAdjective(tokens[j + 1]) || isNameWord(tokens[j + 1])))) {
        j++;
        content++;
        lowers++;
        continue;
      }
      // Any noun as the head after a determiner or a possessive ("the report said", "the Indiana law, …"),
      // when what follows ends the phrase.
      // …or a plural after a capitalised modifier ("Conservative websites are …").
      const pluralAfterNames = names > 0 && lowers === 0 && /\p{Ll}s$/u.test(current.text);
      if ((modified || pluralAfterNames) && isLowerNoun(current) && endsPhrase(tokens[j + 1])) {
        j++;
        content++;
        lowers++;
        break;
      }
      // A compound after a determiner: "said the harbour master, who …", "the council chair said".
      const compound = modified && names === 0 ? compoundNounLength(tokens, j, ceil) : 0;
      if (compound > 0) {
        j += compound;
        content += compound;
        break;
      }
    }
    if (PHRASE_CONNECTORS.has(lower(current)) && content > 0 && j + 1 < ceil) {
      const next = tokens[j + 1]!;
      const nextIsName = isNameWord(next) || isGroupNoun(next) || (DETERMINERS.has(lower(next)) && (isNameWord(tokens[j + 2]) || isGroupNoun(tokens[j + 2])));
      if (nextIsName) {
        j++;
        if (DETERMINERS.has(lower(tokens[j]))) j++;
        names = 0;
        lowers = 0;
        continue;
      }
    }
    break;
  }
  // A possessive at the end modifies what follows: "Santorum's remarks" is no speaker.
  if (j > first && isPossessive(tokens[j - 1]) && tokens[j]?.kind === 'word') return null;
  while (j > first && PHRASE_CONNECTORS.has(lower(tokens[j - 1]))) j--;
  if (content === 0 || j === first || (sawDeterminer && j === first + 1)) return null;
  return { start: first, end: j };
}

/** The phrase's text as written. */
export function phraseText(text: string, tokens: readonly Token[], phrase: Phrase): string {
  return text.slice(tokens[phrase.start]!.start, tokens[phrase.end - 1]!.end);
}
