import type { ClippingSummary } from '../../../shared/domain/clipping';
import { describeIsoDate } from './iso-date';

/**
 * What the page says about the article: the dek, then who wrote it, for which
 * outlet and section, and when it was published (or last changed) — as distinct
 * from when it was captured, which the meta line shows.
 */
export function ReaderByline({ clipping }: { clipping: ClippingSummary }) {
  const { subtitle, authors, outlet, section, published, modified, dateline, credit } = clipping.meta;
  const parts = [
    authors.length > 0 ? `By ${joinNames(authors)}` : null,
    // An agency story credited to the agency itself names it once.
    authors.length === 1 && authors[0] === outlet ? null : outlet,
    section,
    dateline ?? credit,
  ].filter((part): part is string => Boolean(part));
  if (!subtitle && parts.length === 0 && !published) return null;
  return (
    <>
      {subtitle && <p className="reader-dek">{subtitle}</p>}
      <div className="reader-byline">
        {parts.map((part) => (
          <span key={part}>{part}</span>
        ))}
        {published && (
          <span>
            Published <time dateTime={published}>{describeIsoDate(published) ?? published}</time>
          </span>
        )}
        {modified && modified !== published && (
          <span>
            Updated <time dateTime={modified}>{describeIsoDate(modified) ?? modified}</time>
          </span>
        )}
      </div>
    </>
  );
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
