/**
 * Author credit strings → a clean list of names. "By Kim Jae-won and Lee Min-ji"
 * is two; "김재원 기자" is "김재원"; emails, handles, job titles and a trailing
 * agency ("Kim Jae-won, Yonhap") are dropped. Pure; never throws.
 */
import { clean, comparable } from './text';

const LEAD = /^(?:(?:written|reported|posted|text|story|words|photos?)\s+(?:and\s+\w+\s+)?by|by|von|vom|par|di|por|door|av|af|de|da|от|autor(?:in)?|autoren|author|authors|reporter|redaktion|text|texto|testo|auteur|yazan|kaynak|foto|fotos|bron|źródło)\s*[:.-]?\s+/i;
const KOREAN_SUFFIX = /\s*(?:선임|수석|전문|객원|인턴|사진|영상|취재|편집)?\s*(?:기자|특파원|논설위원|위원|에디터|PD|앵커|통신원)(?:\s*=.*)?$/u;
const JAPANESE_SUFFIX = /\s*(?:記者|特派員|編集委員|論説委員)$/u;
const ROLE = /\b(?:staff|senior|chief|deputy|managing|associate|contributing|political|foreign|economics?|business|sports?|news|investigative|digital|data|special|editor(?:ial)?|editor-at-large|writer|reporter|correspondent|journalist|columnist|contributor|photographer|producer|analyst|redakteur(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?|chefredakteur(?:in)?|volontär(?:in)?|reporterin|journalistin|autorin|rédact(?:eur|rice)|journaliste|envoyée?\s+spéciale?|corresponsal|redactora?|periodista|giornalista|inviato|redaktör|journalist|muhabiri?|editörü?|correspondente|head of|bureau chief|desk|team|for|at|in|with|from|the|of)\b/gi;

export const AGENCIES = [
  'yonhap', 'yonhap news agency', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse', 'agence france presse', 'reuters',
  'dpa', 'deutsche presse-agentur', 'kcna', 'xinhua', 'efe', 'ansa', 'kyodo', 'kyodo news', 'bloomberg', 'epd', 'kna', 'apa', 'sda', 'keystone-sda',
  'belga', 'anp', 'ntb', 'tt', 'ritzau', 'pa', 'pa media', 'press association', 'upi', 'tass', 'ria novosti', 'anadolu', 'aa', 'newsis', 'news1',
  'europa press', 'lusa', 'cna', 'aap', 'ians', 'pti', 'sapa', 'jiji', 'jiji press', 'nhk', '연합뉴스', '뉴시스', '뉴스1', 'rtr',
];
const AGENCY_SET = new Set(AGENCIES.map(comparable));

export function isAgency(name: string): boolean {
  return AGENCY_SET.has(comparable(name));
}

/** Removes the decorations around a single person's name; '' when nothing name-like is left. */
export function cleanAuthorName(raw: string): string {
  let name = clean(raw);
  if (!name) return '';
  name = name.replace(/\S+@\S+\.\S+/g, ' ');
  name = name.replace(/https?:\/\/\S+|www\.\S+/gi, ' ');
  name = name.replace(/(^|\s)@\w{1,30}\b/g, ' ');
  name = name.replace(/\(\s*\)|\[\s*\]/g, ' ');
  name = clean(name).replace(/^[\s|:,;·•–—\-/]+|[\s|:,;·•–—\-/]+$/g, '');
  for (let i = 0; i < 3; i++) name = name.replace(LEAD, '');
  name = name.replace(KOREAN_SUFFIX, '').replace(JAPANESE_SUFFIX, '');
  name = name.replace(/\s*\((?:[^)]*(?:@|twitter|writer|reporter|editor|correspondent|redakt|\d)[^)]*)\)\s*/gi, ' ');
  name = clean(name).replace(/^[\s|:,;·•–—\-/"'“”]+|[\s|:,;·•–—\-/"'“”]+$/g, '');
  if (!name || name.length > 70) return '';
  if (/^\d|^https?:|\.(?:com|html?|php)$/i.test(name) && !/^\S+\.\S{2,4}$/.test(name)) return '';
  if (/\d{3,}/.test(name)) return '';
  const words = name.split(' ');
  if (words.length > 7) return '';
  if (isJobTitle(name)) return '';
  if (/^[([]|\b(?:twitter|facebook|instagram|linkedin|whatsapp|e-?mail|share|teilen|folgen|follow|subscribe|abonnieren|getty|shutterstock|imago|image|images|photo|foto|bild|read more|mehr)\b/i.test(name)) return '';
  if (!/\p{L}{2}/u.test(name)) return '';
  return name;
}

/** True when the text is a role ("Staff Writer", "Senior Correspondent") and no name. */
export function isJobTitle(text: string): boolean {
  const rest = clean(text.replace(ROLE, ' ').replace(/[,&/|·-]/g, ' '));
  return rest === '' && /[\p{L}]/u.test(text);
}

/** Splits a credit string into names and cleans each. */
export function splitAuthors(raw: string): string[] {
  const text = clean(raw);
  if (!text) return [];
  // Remove a leading "By" once before splitting, so "By A and B" gives A, B.
  let body = text.replace(LEAD, '');
  // Korean: "김재원·이민지 기자" / "김재원 기자, 이민지 기자"
  body = body.replace(/\s*(?:기자|특파원)(?=\s*[,·/|]|\s+\S+\s*(?:기자|특파원))/gu, ' ,');
  const parts = body.split(/(\s*(?:,|;|\||·|•|\/|&|＆|、|\s+(?:and|und|et|e|y|og|och|en|ve|и|i|ja|sowie|with|mit|avec|con)\s+|\s+-\s+|\n)\s*)/iu);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const name = cleanAuthorName(parts[i] ?? '');
    if (!name) continue;
    const separator = (parts[i - 1] ?? '').trim();
    // "Kim Jae-won, Yonhap": an agency after a comma or slash is the person's employer.
    if (out.length > 0 && /^[,/|-]$/.test(separator) && isAgency(name)) continue;
    out.push(name);
  }
  return dedupeNames(out);
}

export function dedupeNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = comparable(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
