import { ENGLISH_SPEECH_VERBS } from './speech-verbs';
import { ADVERBIALS, DETERMINERS, FUNCTION_WORDS, isAbbreviation, isCapitalized, lower, PRONOUNS, TITLES, type Token } from './tokens';

/**
 * The words speaker phrases are made of, and what each token may be: names and their
 * particles, titles, party codes, group nouns, roles' adjectives, pronouns. The grammar
 * that strings them into phrases is in noun-phrases.ts.
 */

/** A pronoun a speaker phrase may be. */
export type Pronoun = 'he' | 'she' | 'they' | 'it';

/** Lower-case words that may belong to a speaker phrase besides its head. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  (
    'lawmakers legislators officials official leaders leader members member aides aide advisers adviser advisors advisor ' +
    'campaign spokesman spokeswoman spokesperson spokespeople spokesmen representatives representative senators senator ' +
    'congressman congresswoman governor president chairman chairwoman director secretary minister ministry source sources ' +
    'critics supporters activists advocates protesters voters residents analysts experts economists researchers police ' +
    'authorities prosecutors lawyers attorneys attorney plaintiffs defendants bishops bishop priests group groups committee ' +
    'coalition organization party administration government agency department office staff staffers team family statement ' +
    'report letter memo ad candidate candidates nominee officer officers host anchor editor editors columnist commentator ' +
    'blogger writer author reporter correspondent mayor judge justices justice court union unions workers employees ' +
    'executives executive chief head founder counsel delegation delegates insiders allies opponents rivals observers ' +
    'commentators pundits conservatives liberals progressives democrats republicans catholics media outlet newspaper manager ' +
    'strategist pollster pastor general commander ambassador envoy diplomat diplomats negotiators negotiator lawyer ' +
    'prosecutor activist advocate critic supporter analyst expert economist researcher resident voter protester account ' +
    'tweet post man woman men women person people cameraman businessman user fan fans student students teacher teachers ' +
    'doctor doctors nurse worker customer customers owner owners advertisement commercial video release email memo note petition ' +
    'filing complaint lawsuit ruling order bill law resolution cable transcript headline message website poll survey study document'
  ).split(' '),
);

/** Prepositions whose object is never the subject of the verb that follows. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'in on at by with of from over under about after before during to into than since until through against among amid despite via for ' +
    'near outside across around behind beyond inside toward towards within throughout onto upon like unlike'
  ).split(' '),
);

/** Prepositions that also join clauses: a name after them may be a subject. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'than']);

/** Name particles that join parts of a name (Charles de Gaulle, Ludwig van Beethoven). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'del', 'da', 'di', 'bin', 'al', 'ibn', 'y', 'dos', 'das']);

/** Prepositions that join a role to an organisation ("spokesman for the DNC", "Senator Warner of Virginia"). */
export const PHRASE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'from', 'at', 'and', '&']);

/** Capitalised words that start sentences and clauses but never names. */
function isCapitalizedFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(lower(token)) || DETERMINERS.has(lower(token)) || lower(token) in PRONOUNS;
}

export function isTitle(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && TITLES.has(lower(token));
}

export function isPartyCode(token: Token | undefined): boolean {
  return !!token && /^[RDI]-[\p{L}.]+$/u.test(token.text);
}

/** Days and months: capitalised, never a speaker. */
const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);

/** A capitalised word that may be part of a name (not a function word, not a state abbreviation or party code). */
export function isNameWord(token: Token | undefined, previous?: Token): boolean {
  if (!token || token.kind !== 'word') return false;
  if (CALENDAR_WORDS.has(lower(token))) return false;
  // French elision: l’AFP, d’Emmanuel Macron.
  if (/^[ldLD]['’]\p{Lu}/u.test(token.text)) return true;
  if (!isCapitalized(token.text)) return false;
  if (isPartyCode(token)) return false;
  if (token.text.endsWith('.') && !/^\p{Lu}\.$/u.test(token.text) && !/^(?:\p{L}\.){2,}$/u.test(token.text) && !TITLES.has(lower(token))) {
    return !isAbbreviation(token.text);
  }
  if (isCapitalizedFunctionWord(token)) return !!previous && isNameWord(previous) && !isCapitalizedFunctionWord(previous);
  return true;
}

export function isPossessive(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && /['’]s$/u.test(token.text);
}

/** A lower-case word that may be a noun (the head of "the report said", "lawmakers said"). */
export function isLowerNoun(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = token.text;
  if (!/^\p{Ll}/u.test(word)) return false;
  if (FUNCTION_WORDS.has(word) || DETERMINERS.has(word) || word in PRONOUNS) return false;
  if (/['’]/u.test(word) && !isPossessive(token)) return false;
  if (/(?:ly|ing|ed)$/u.test(word) && !GROUP_NOUNS.has(word)) return false;
  if (ENGLISH_SPEECH_VERBS.has(word) && !GROUP_NOUNS.has(word)) return false;
  return true;
}

/** Adjectives that may stand between a determiner and a role ("the former governor", "a senior official"). */
const KNOWN_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'former top senior chief longtime deputy new then current incoming outgoing leading prominent local state federal national ' +
    'young old other fellow presidential vice congressional democratic republican liberal conservative junior assistant acting ' +
    'associate executive general special independent powerful influential veteran retired outspoken military foreign white ' +
    'house senate press campaign communications political legal civil human rights public private principal'
  ).split(' '),
);

export function isKnownAdjective(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = lower(token);
  return KNOWN_ADJECTIVES.has(word) || /^[\p{L}\p{N}]+-(?:term|year-old|time|ranking)$/u.test(word);
}

/** Whether a phrase may end before this token (a verb of saying, punctuation, an auxiliary, the end). */
export function endsPhrase(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return true;
  const word = lower(token);
  return ENGLISH_SPEECH_VERBS.has(word) || ADVERBIALS.has(word) || /^(?:is|was|are|were|who|which|that|will|would|has|had|have|also|did|does|do|can|could|may|might|must|should)$/u.test(word);
}

/** Two or three lower-case nouns that end the phrase ("harbour master", "police chief"); 0 when there are none. */
export function compoundNounLength(tokens: readonly Token[], at: number, ceil: number): number {
  for (let length = 2; length <= 3 && at + length <= ceil; length++) {
    const words = tokens.slice(at, at + length);
    if (!words.every((token) => isLowerNoun(token))) return 0;
    if (endsPhrase(tokens[at + length]) || tokens[at + length]?.text === ',') return length;
  }
  return 0;
}

/** A lower-case modifier between a determiner and a noun ("four-term", "top", "former"). */
export function isAdjective(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = token.text;
  return /^[\p{Ll}\p{N}][\p{L}\p{N}\-]*$/u.test(word) && !FUNCTION_WORDS.has(word) && !DETERMINERS.has(word) && !ENGLISH_SPEECH_VERBS.has(word);
}

export function isGroupNoun(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && GROUP_NOUNS.has(lower(token));
}

export function pronounOf(token: Token | undefined): Pronoun | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const word = lower(token).replace(/['’](?:s|d|ll|ve|re)$/u, '');
  const match = /-t-(il|elle|ils|elles)$/u.exec(word) ?? /-(il|elle|ils|elles)$/u.exec(word);
  return PRONOUNS[match ? match[1]! : word];
}
