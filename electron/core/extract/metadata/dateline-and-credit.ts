/**
 * Dateline and agency credit from an article's first paragraph:
 *   "SEOUL, March 31 (Yonhap) -- North Korea…" → dateline "SEOUL, March 31 (Yonhap) —", credit "(Yonhap)"
 *   "PYONGYANG — Kim Jong-un…"                  → dateline "PYONGYANG —", credit null
 *   "WASHINGTON (AP) — …"                        → "WASHINGTON (AP) —", "(AP)"
 *   "(서울=연합뉴스) 김재원 기자 = …"             → "서울", "(연합뉴스)"
 *   "… state media reported. [YONHAP]"           → null, "[YONHAP]"
 * Pure; never throws. Dashes are normalised to an em dash.
 */
import { MONTHS } from './date-words';
import { clean } from './text';

export interface DatelineAndCredit {
  dateline: string | null;
  credit: string | null;
}

const MONTH = Object.keys(MONTHS)
  .flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()])
  .sort((a, b) => b.length - a.length)
  .join('|');
const UPPER_PLACE = "[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’-]+(?:\\s+[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’-]+){0,3}";
const TITLE_PLACE = "[A-ZÀ-ÞĀ-Ž][\\p{Ll}A-Z.'’-]+(?:[\\s-][A-ZÀ-ÞĀ-Ž][\\p{Ll}A-Z.'’-]+){0,3}";
const REGION = "(?:,\\s*[A-Z][\\p{L}.]+(?:\\s+[A-Z][\\p{L}.]+){0,2})?";
const DATE = `(?:,\\s*(?:${MONTH})\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|,\\s*\\d{1,2}\\.?\\s+(?:${MONTH})\\.?)?`;
const CREDIT = "(?<credit>\\((?:[\\p{Lu}\\p{Lo}][\\p{L}\\d .&'’/-]{0,40}|\\p{Ll}{2,6})\\)|\\[(?:[\\p{Lu}\\p{Lo}][\\p{L}\\d .&'’/-]{0,40})\\])";
const DASH = '(?<dash>—|–|--|‒|―|-|:)';

const WITH_CREDIT = new RegExp(`^(?<place>(?:${UPPER_PLACE}|${TITLE_PLACE})${REGION}${DATE})\\s*${CREDIT}\\s*${DASH}\\s*`, 'u');
const UPPER_ONLY = new RegExp(`^(?<place>${UPPER_PLACE}${REGION}${DATE})\\s*${DASH}\\s*`, 'u');
const KOREAN = /^[([](?<place>[가-힣A-Za-z ]{1,12})\s*=\s*(?<agency>[가-힣A-Za-z0-9 ]{1,20})[)\]]/u;
const TRAILING_CREDIT = /\s(?<credit>\[(?:[A-Z][A-Z .&'-]{1,30})\]|\((?:AP|AFP|Reuters|Yonhap|dpa|KCNA|Xinhua|EFE|ANSA|Kyodo|UPI|APA|SDA|KNA|epd)\))\s*$/u;

const normDash = (dash: string | undefined): string => (!dash ? '' : dash === ':' ? ':' : '—');

export function datelineAndCredit(firstParagraph: string): DatelineAndCredit {
  try {
    const text = clean(firstParagraph).slice(0, 1000);
    if (!text) return { dateline: null, credit: null };
    const korean = KOREAN.exec(text);
    if (korean?.groups) return { dateline: clean(korean.groups.place), credit: `(${clean(korean.groups.agency)})` };
    const withCredit = WITH_CREDIT.exec(text);
    if (withCredit?.groups && text.length > withCredit[0].length + 10 && looksLikeLead(withCredit.groups.place ?? '')) {
      const { place, credit, dash } = withCredit.groups;
      const dateline = clean(`${place} ${credit} ${normDash(dash)}`);
      return { dateline, credit: credit ?? null };
    }
    const upper = UPPER_ONLY.exec(text);
    if (upper?.groups && text.length > upper[0].length + 10 && (upper.groups.dash ?? '') !== ':' && looksLikeLead(upper.groups.place ?? '')) {
      const dateline = clean(`${upper.groups.place} ${normDash(upper.groups.dash)}`);
      const trailing = TRAILING_CREDIT.exec(text);
      return { dateline, credit: trailing?.groups?.credit ?? null };
    }
    const trailing = TRAILING_CREDIT.exec(text);
    return { dateline: null, credit: trailing?.groups?.credit ?? null };
  } catch {
    return { dateline: null, credit: null };
  }
}

/** The place part must look like a place: at least one upper-case word of 2+ letters, not a sentence. */
function looksLikeLead(place: string): boolean {
  const firstWord = place.split(/[\s,]/)[0] ?? '';
  return firstWord.length >= 2 && !/^(?:THE|A|AN|I|IN|ON|AT|BREAKING|UPDATE|WATCH|EXCLUSIVE|OPINION|ANALYSIS|LIVE|VIDEO|PHOTOS?|DER|DIE|DAS)$/.test(firstWord.toUpperCase());
}
