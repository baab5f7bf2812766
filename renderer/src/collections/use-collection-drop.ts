import { useState, type DragEvent } from 'react';
import type { Collection } from '../../../shared/domain/collection';
import type { DropHandlers } from '../sidebar/tree-item';
import { carriesClippings, CLIPPINGS_DRAG_TYPE, parseDraggedClippings } from './dragged-clippings';
import { useAddToCollection } from './use-collection-mutations';

/** Rows of the list dragged onto a collection are added to it; the row under the pointer is highlighted. */
export function useCollectionDrop() {
  const add = useAddToCollection();
  const [over, setOver] = useState<number | null>(null);

  const handlersFor = (collection: Collection): DropHandlers => {
    const accept = (event: DragEvent<HTMLElement>) => {
      if (!carriesClippings([...event.dataTransfer.types])) return false;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      return true;
    };
    return {
      onDragEnter: (event) => accept(event) && setOver(collection.id),
      onDragOver: (event) => accept(event) && over !== collection.id && setOver(collection.id),
      onDragLeave: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver((current) => (current === collection.id ? null : current));
      },
      onDrop: (event) => {
        if (!accept(event)) return;
        setOver(null);
        const clippingIds = parseDraggedClippings(event.dataTransfer.getData(CLIPPINGS_DRAG_TYPE));
        if (clippingIds.length > 0) add.mutate({ id: collection.id, name: collection.name, clippingIds });
      },
    };
  };

  return { over, handlersFor };
}
