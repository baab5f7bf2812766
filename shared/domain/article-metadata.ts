/** An image of an article: where it came from, and what the page says about it. */
export interface ArticleImage {
  /** Absolute http(s) URL as found on the page (before any local copy). */
  src: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

/**
 * What Dossier knows about a news article besides its body. Every field is
 * editable by the user later; null means "not found on the page".
 */
export interface ArticleMetadata {
  /** The headline as shown on the page. */
  title: string | null;
  /** The dek / standfirst. */
  subtitle: string | null;
  /** One entry per person or agency: "By Kim Jae-won and Lee Min-ji" is two. */
  authors: string[];
  /** The publication's name, e.g. "Yonhap News Agency". */
  outlet: string | null;
  /** Host name without "www.", e.g. "koreajoongangdaily.joins.com". */
  siteDomain: string | null;
  section: string | null;
  /** ISO 8601 with offset when the page gives a time zone, e.g. 2025-03-31T11:10:00+09:00; a date alone as 2025-03-31. */
  published: string | null;
  modified: string | null;
  /** BCP 47, e.g. "ko", "en-US". */
  lang: string | null;
  canonicalUrl: string | null;
  /** "PYONGYANG —", "SEOUL, March 31 (Yonhap) —" */
  dateline: string | null;
  /** Agency credit: "(AP)", "[YONHAP]", "(Yonhap)". */
  credit: string | null;
  leadImage: ArticleImage | null;
}

export const EMPTY_METADATA: ArticleMetadata = {
  title: null,
  subtitle: null,
  authors: [],
  outlet: null,
  siteDomain: null,
  section: null,
  published: null,
  modified: null,
  lang: null,
  canonicalUrl: null,
  dateline: null,
  credit: null,
  leadImage: null,
};
