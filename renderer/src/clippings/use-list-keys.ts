import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import type { ClippingPage } from '../../../shared/domain/clipping';
import { focusReader } from '../layout/focus-reader';
import { useSelection } from '../layout/selection-context';
import { targetIds } from '../layout/scope-selection';
import { ROW_HEIGHT } from './clipping-row';
import { indexOfRow } from './list-pages';
import { listCommandFor, type MoveHow } from './list-keys';
import { useTrashSelection } from './use-trash-selection';

interface Options {
  pages: ReadonlyMap<number, ClippingPage>;
  total: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  moveTo(index: number, how: MoveHow): Promise<void>;
  /** Scrolls a row into view, loaded or not (its page loads as it comes into view). */
  scrollTo(index: number): void;
  toggleCurrent(): void;
  selectEverything(): Promise<void>;
}

/** The list's own keys (see list-keys.ts); T and S work app-wide (use-selection-shortcuts.ts). */
export function useListKeys({ pages, total, scrollRef, moveTo, scrollTo, toggleCurrent, selectEverything }: Options) {
  const { selectedId, selectedIds, clearSelection, requestRename } = useSelection();
  const trash = useTrashSelection();

  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const command = listCommandFor(event);
      if (!command || total === 0) return;
      event.preventDefault();
      const index = selectedId === null ? -1 : indexOfRow(pages, selectedId);
      switch (command.type) {
        case 'move': {
          const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
          const target = index === -1 ? 0 : command.to(index, total, page);
          scrollTo(target);
          void moveTo(target, command.how);
          break;
        }
        case 'open':
          if (selectedId !== null) focusReader();
          break;
        case 'toggle':
          toggleCurrent();
          break;
        case 'selectAll':
          void selectEverything();
          break;
        case 'clear':
          clearSelection();
          break;
        case 'trash':
          trash(targetIds({ currentId: selectedId, selectedIds }));
          break;
        case 'rename':
          if (selectedId !== null) requestRename();
          break;
      }
    },
    [pages, total, selectedId, selectedIds, scrollRef, moveTo, scrollTo, toggleCurrent, selectEverything, clearSelection, requestRename, trash],
  );
}
