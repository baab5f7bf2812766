const SCRIPTS = ['Latin', 'Hangul', 'Han', 'Hiragana', 'Katakana', 'Cyrillic', 'Arabic', 'Hebrew', 'Greek', 'Thai', 'Devanagari'] as const;
export type WritingScript = (typeof SCRIPTS)[number];

const PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
/** Enough letters to tell a text's script; an article's first few thousand characters say it. */
const SAMPLE = 4000;

/**
 * The script most of a text's letters are written in (Japanese kana count as Japanese
 * even beside kanji), or null for a text without letters.
 */
export function dominantScript(text: string): WritingScript | null {
  const counts = new Map<WritingScript, number>();
  for (const char of text.slice(0, SAMPLE)) {
    for (const [script, pattern] of PATTERNS) {
      if (pattern.test(char)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
  if (kana > 0 && kana * 10 >= (counts.get('Han') ?? 0)) return 'Hiragana';
  let best: WritingScript | null = null;
  for (const [script, count] of counts) if (best === null || count > counts.get(best)!) best = script;
  return best;
}
