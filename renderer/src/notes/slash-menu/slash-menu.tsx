import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { CitationStyleName } from '../../../../shared/domain/export';
import { CaretPopup } from '../editor/caret-popup';
import { menuKey, type MenuKeyHandler } from '../editor/menu-keys';
import type { ActiveTrigger } from '../editor/use-trigger';
import { filterSlashItems, runBlockItem } from './slash-items';

interface Props {
  editor: Editor;
  trigger: ActiveTrigger;
  onClose(): void;
  onBibliography(style: CitationStyleName): void;
  setKeys(handler: MenuKeyHandler | null): void;
}

/** `/` in the editor: the blocks a note can hold, filtered by what follows the slash. */
export function SlashMenu({ editor, trigger, onClose, onBibliography, setKeys }: Props) {
  const items = filterSlashItems(trigger.query);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [trigger.query]);

  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    editor.chain().focus().deleteRange({ from: trigger.from, to: trigger.to }).run();
    if (item.id === 'cite') editor.commands.insertContent('@');
    else if (item.id === 'bibliography-chicago') onBibliography('chicago');
    else if (item.id === 'bibliography-apa') onBibliography('apa');
    else runBlockItem(editor, item.id);
  };

  useEffect(() => {
    setKeys((event) => menuKey(event, active, items.length, { move: setActive, choose, close: onClose }));
    return () => setKeys(null);
  });

  if (items.length === 0) return null;
  return (
    <CaretPopup left={trigger.left} top={trigger.top} label="Insert a block" id="note-slash-menu" activeId={`note-slash-${items[active]?.id}`}>
      {items.map((item, index) => (
        <div
          key={item.id}
          id={`note-slash-${item.id}`}
          role="option"
          aria-selected={index === active}
          className="note-popup-item"
          onMouseEnter={() => setActive(index)}
          onClick={() => choose(index)}
        >
          <span className="note-popup-label">{item.label}</span>
          {item.hint && <kbd className="note-popup-hint">{item.hint}</kbd>}
        </div>
      ))}
    </CaretPopup>
  );
}
