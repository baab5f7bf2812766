/**
 * Lead image: og:image / twitter:image / JSON-LD image, with the caption and
 * credit the page states (JSON-LD caption, og:image:alt, or the <figure> that
 * shows the same picture).
 */
import type { ArticleImage } from '../../../../shared/domain/article-metadata';
import type { JsonLdImage } from './json-ld';
import type { MetaTags } from './meta-tags';
import { inFurniture } from './scope';
import type { PageElements } from '../page-elements';
import { attr, clean, cleanOrNull, textOf } from './text';

function absolute(src: string, base: string | null): string | null {
  try {
    const url = base ? new URL(src, base) : new URL(src);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** File name without size/query decorations, to find the same picture in the page. */
function stem(src: string): string {
  const file = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return file.replace(/[-_.]?\d{2,4}x\d{2,4}/, '').replace(/\.\w{3,4}$/, '').toLowerCase();
}

export function leadImage(page: PageElements, document: Document, scope: Element | null, meta: MetaTags, jsonLd: JsonLdImage | null, baseUrl: string | null): ArticleImage | null {
  const rawSrc = meta.first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? jsonLd?.src ?? null;
  if (!rawSrc) return null;
  const src = absolute(rawSrc, baseUrl);
  if (!src) return null;
  let alt = cleanOrNull(meta.first('og:image:alt', 'twitter:image:alt'));
  let caption = jsonLd && stem(jsonLd.src) === stem(src) ? jsonLd.caption : null;
  let credit = jsonLd && stem(jsonLd.src) === stem(src) ? jsonLd.credit : null;

  const key = stem(src);
  let figure: Element | null = null;
  if (key.length >= 4) {
    for (const img of page.under(document)) {
      if (img.localName !== 'img') continue;
      const imgSrc = attr(img, 'src') ?? attr(img, 'data-src') ?? '';
      if (stem(imgSrc) !== key) continue;
      alt ??= cleanOrNull(attr(img, 'alt'));
      figure = img.closest('figure');
      break;
    }
  }
  // Same picture in another size: the article's first captioned figure shows it.
  figure ??= page.under(scope).find((f) => f.localName === 'figure' && !inFurniture(f) && f.querySelector('img, picture') && f.querySelector('figcaption')) ?? null;
  if (figure) {
    const cap = figure.querySelector('figcaption');
    const creditEl = figure.querySelector('[class*=credit i], [class*=copyright i], [class*=source i], [class*=author i], [itemprop=copyrightHolder]');
    const creditText = textOf(creditEl);
    let capText = textOf(cap);
    if (creditText && capText.endsWith(creditText)) capText = clean(capText.slice(0, -creditText.length));
    caption ??= cleanOrNull(capText);
    credit ??= cleanOrNull(creditText);
  }
  if (caption && !credit) {
    // "… [Photo: Yonhap]" / "(AP Photo/Ahn Young-joon)" / "Foto: dpa" at the end of a caption.
    const m = /\s*(?:\[([^\]]{2,60})\]|\(((?:[^()]*\bphoto\b|foto|bild)[^()]{0,60})\)|(?:Foto|Photo|Bild|Credit|사진)\s*[:=]\s*([^.]{2,60}))$/iu.exec(caption);
    if (m) {
      credit = clean(m[1] ?? m[2] ?? m[3] ?? '');
      caption = clean(caption.slice(0, m.index)) || caption;
    }
  }
  if (credit) credit = clean(credit.replace(/^(?:foto|photo|bild|credit|quelle|source|사진|写真|©)\s*[:=©]?\s*/iu, '').replace(/^©\s*/, '')) || null;
  return { src, alt, caption, credit };
}
