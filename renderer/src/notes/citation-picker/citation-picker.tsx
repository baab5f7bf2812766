import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { ClippingSummary } from '../../../../shared/domain/clipping';
import { useClient } from '../../api/client-context';
import { queryKeys } from '../../api/query-keys';
import { citationNode, citedSource } from '../cited-quote/quote-content';
import { CaretPopup } from '../editor/caret-popup';
import { menuKey, type MenuKeyHandler } from '../editor/menu-keys';
import type { ActiveTrigger } from '../editor/use-trigger';

interface Props {
  editor: Editor;
  trigger: ActiveTrigger;
  onClose(): void;
  setKeys(handler: MenuKeyHandler | null): void;
}

const LIMIT = 8;

/** `@` or `[[` in the editor: clippings matching the words typed after it (newest first with none); the choice becomes an inline citation. */
export function CitationPicker({ editor, trigger, onClose, setKeys }: Props) {
  const client = useClient();
  const words = trigger.query.trim();
  const found = useQuery({
    queryKey: [...queryKeys.all, 'cite-picker', words],
    queryFn: async (): Promise<ClippingSummary[]> =>
      words ? (await client.clippings.search({ query: words, limit: LIMIT })).items : (await client.clippings.list({ limit: LIMIT })).items,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const items = found.data ?? [];
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [words]);

  const choose = (index: number) => {
    const clipping = items[index];
    if (!clipping) return;
    editor
      .chain()
      .focus()
      .insertContentAt({ from: trigger.from, to: trigger.to }, [citationNode(clipping), { type: 'text', text: ' ' }])
      .run();
  };

  useEffect(() => {
    setKeys((event) => menuKey(event, active, items.length, { move: setActive, choose, close: onClose }));
    return () => setKeys(null);
  });

  return (
    <CaretPopup left={trigger.left} top={trigger.top} label="Cite a clipping" id="note-cite-picker" activeId={items[active] ? `note-cite-${items[active]!.id}` : undefined}>
      {items.length === 0 && (
        <div className="note-popup-empty">{found.isFetching ? 'Searching…' : found.isError ? 'The search failed.' : words ? `No clippings match “${words}”.` : 'No clippings yet.'}</div>
      )}
      {items.map((clipping, index) => {
        const source = citedSource(clipping);
        return (
          <div
            key={clipping.id}
            id={`note-cite-${clipping.id}`}
            role="option"
            aria-selected={index === active}
            className="note-popup-item note-popup-clipping"
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(index)}
          >
            <span className="note-popup-label">{source.headline}</span>
            <span className="note-popup-meta">{[source.outlet, source.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
          </div>
        );
      })}
    </CaretPopup>
  );
}
