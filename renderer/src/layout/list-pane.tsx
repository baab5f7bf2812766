import { BulkBar } from '../clippings/bulk-bar';
import { ClippingList } from '../clippings/clipping-list';
import { SortBar } from '../clippings/sort-bar';
import { useListParams } from '../clippings/use-list-params';
import { useListHead } from '../clippings/use-list-window';
import { useSelectionShortcuts } from '../clippings/use-selection-shortcuts';
import { scopeKey, scopeTitle } from '../library/library-scope';
import { useLibraryCounts } from '../library/use-library-queries';
import { SearchBox } from '../search/search-box';
import { SearchedLine } from '../search/searched-line';
import { CollectionNotes } from '../notes/collection-notes';
import { ListHeader } from './list-header';
import { useSelection } from './selection-context';
import { useSavedSearchOrder } from './use-saved-search-order';

/** The middle column: heading, search box, sort header, the list, and the bulk bar. */
export function ListPane() {
  const { scope, searchText } = useSelection();
  const { params, words } = useListParams();
  const head = useListHead(params);
  const counts = useLibraryCounts();
  useSelectionShortcuts();
  useSavedSearchOrder();
  const total = head.data?.total;

  return (
    <section className="list-pane" aria-label={scopeTitle(scope)}>
      {/* While searching, the count is under the search box (results), not here. */}
      <ListHeader scope={scope} total={searchText.trim() ? undefined : total} trashCount={counts.data?.trash} />
      <SearchBox key={scopeKey(scope)} />
      {searchText.trim() !== '' && (
        <SearchedLine searched={head.data?.searched} total={total ?? 0} pending={head.isPlaceholderData || head.isFetching} />
      )}
      {scope.kind === 'collection' && <CollectionNotes collectionId={scope.id} searchText={searchText} />}
      <SortBar shown={params.sort} direction={params.direction} words={words} />
      {total === 0 && !head.isPlaceholderData ? (
        <div className="list-message">
          <p>{searchText.trim() ? 'No clippings match this search.' : 'No clippings here yet.'}</p>
        </div>
      ) : (
        <ClippingList params={params} />
      )}
      <BulkBar />
    </section>
  );
}
