import type { ClippingSummary } from '../../../shared/domain/clipping';
import { sourceLabel } from '../clippings/describe-clipping';

/**
 * What the view calls each source in its labels ("Only in Fox News"): the outlet, or
 * the site; captures of one article by their version; two sources of one outlet that
 * are not versions by their position (left to right).
 */
export function sourceNames(sources: readonly ClippingSummary[], versions: boolean): string[] {
  if (versions) return sources.map((source) => `Version ${source.version}`);
  const names = sources.map((source) => source.meta.outlet ?? source.outletName ?? sourceLabel(source));
  return names.map((name, i) => (names.filter((other) => other === name).length > 1 ? `${name} (${i + 1})` : name));
}

/** Percent, rounded, for the summary and the labels. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** "1st", "2nd", "3rd", "4th" … for the paragraph a moved passage has in its source. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
