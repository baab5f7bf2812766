import type { LibraryView } from '../../../shared/domain/clipping';
import { formatValue } from '../../../shared/search/parse-query';

/**
 * What the sidebar has chosen for the list: a fixed view, or a tag, collection,
 * outlet or saved search. Each is a query in the search syntax, so the list, the
 * search box and `clippings.list` speak one language.
 */
export type LibraryScope =
  | { kind: 'library' }
  | { kind: 'unread' }
  | { kind: 'starred' }
  | { kind: 'trash' }
  | { kind: 'tag'; path: string }
  | { kind: 'collection'; id: number; name: string; /** `Project A/2025`; names may repeat, paths seldom do. */ path?: string }
  | { kind: 'outlet'; id: number; name: string; domain: string }
  | { kind: 'saved'; id: number; name: string; query: string }
  /** The Quotes & annotations view: not a list of clippings; AppShell shows its own pane (annotation-list/). */
  | { kind: 'annotations' }
  /** Research notes: not a list of clippings; AppShell shows the notes list and the editor (notes/). */
  | { kind: 'notes' };

export const LIBRARY_SCOPE: LibraryScope = { kind: 'library' };

/** A stable key per scope: selections and query caches are kept per scope. */
export function scopeKey(scope: LibraryScope): string {
  switch (scope.kind) {
    case 'tag':
      return `tag:${scope.path.toLowerCase()}`;
    case 'collection':
    case 'outlet':
    case 'saved':
      return `${scope.kind}:${scope.id}`;
    default:
      return scope.kind;
  }
}

export function scopeView(scope: LibraryScope): LibraryView {
  return scope.kind === 'trash' ? 'trash' : 'library';
}

/** The scope as search filters, to which the search box's words are added. */
export function scopeQuery(scope: LibraryScope): string {
  switch (scope.kind) {
    case 'unread':
      return 'is:unread';
    case 'starred':
      return 'is:starred';
    case 'tag':
      return `tag:${formatValue(scope.path)}`;
    case 'collection':
      return `in:${formatValue(scope.path ?? scope.name)}`;
    case 'outlet':
      return `outlet:${formatValue(scope.domain)}`;
    case 'saved':
      return scope.query;
    default:
      return '';
  }
}

export function scopeTitle(scope: LibraryScope): string {
  switch (scope.kind) {
    case 'library':
      return 'Library';
    case 'unread':
      return 'Unread';
    case 'starred':
      return 'Starred';
    case 'trash':
      return 'Trash';
    case 'tag':
      return scope.path;
    case 'annotations':
      return 'Quotes & annotations';
    case 'notes':
      return 'Notes';
    default:
      return scope.name;
  }
}

/** The whole query a list asks for: the scope's filters, then the user's words. */
export function listQueryOf(scope: LibraryScope, searchText: string): string {
  return [scopeQuery(scope), searchText.trim()].filter(Boolean).join(' ');
}
