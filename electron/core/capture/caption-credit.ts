/**
 * A photo credit at the end of a caption: "… [YONHAP]", "… (AP Photo/Ahn Young-joon)",
 * "… Photo: A. Reader", "… Foto: dpa", "… © Reuters", "… 사진=연합뉴스".
 */
const TRAILING_CREDIT =
  /\s*(?:\[([^\]]{2,60})\]|\(((?:[^()]*\b(?:photo|foto|bild)\b|yonhap|afp|ap|reuters|xinhua|kcna|epa|getty)[^()]{0,60})\)|(?:(?:Photo(?:graph)?|Foto|Bild|Credit|Source|사진|写真)\s*[:=]|©)\s*([^()[\]]{2,60}?))\.?$/iu;

/** The caption without its trailing credit, and the credit without its label; null when there is none. */
export function splitCaptionCredit(caption: string): { caption: string; credit: string } | null {
  const match = TRAILING_CREDIT.exec(caption);
  if (!match || match.index === 0) return null;
  const credit = (match[1] ?? match[2] ?? match[3] ?? '').replace(/^(?:photo|foto|bild|credit|source|사진|写真)\s*[:=]\s*/iu, '').replace(/^©\s*/, '').trim();
  if (!credit) return null;
  return { caption: caption.slice(0, match.index).trim(), credit };
}
