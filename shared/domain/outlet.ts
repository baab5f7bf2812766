/** What kind of publisher an outlet is. */
export const outletKinds = ['wire', 'state', 'newspaper', 'broadcaster', 'magazine', 'blog', 'other'] as const;
export type OutletKind = (typeof outletKinds)[number];

export const outletKindLabels: Record<OutletKind, string> = {
  wire: 'Wire agency',
  state: 'State media',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  magazine: 'Magazine',
  blog: 'Blog',
  other: 'Other',
};

/**
 * A publisher, created at capture from the site's domain (the name from the page's
 * metadata, else the domain); every attribute but the domain is the user's to edit.
 */
export interface Outlet {
  id: number;
  /** Host name without `www.`, e.g. `en.yna.co.kr`. */
  domain: string;
  name: string;
  kind: OutletKind;
  /** ISO 3166 code or a name, as the user writes it. */
  country: string | null;
  /** BCP 47 code, e.g. `ko`. */
  language: string | null;
  notes: string | null;
  /** Clippings in the library from this outlet. */
  count: number;
}
