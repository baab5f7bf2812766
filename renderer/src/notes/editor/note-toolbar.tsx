import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { isSafeLinkHref } from '../../../../shared/document/safe-url';
import { Icon } from '../../ui/icons';
import { shortcut } from '../../ui/platform';

function LinkIcon() {
  return (
    <Icon size={14}>
      <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.1-2.1a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.4 8.9a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
    </Icon>
  );
}

interface Tool {
  id: string;
  label: string;
  keys?: string;
  glyph: ReactNode;
  run(editor: Editor): void;
  active?(editor: Editor): boolean;
}

const TOOLS: Tool[][] = [
  [
    { id: 'bold', label: 'Bold', keys: 'B', glyph: <b>B</b>, run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { id: 'italic', label: 'Italic', keys: 'I', glyph: <i>I</i>, run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { id: 'underline', label: 'Underline', keys: 'U', glyph: <u>U</u>, run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive('underline') },
    { id: 'strike', label: 'Strikethrough', glyph: <s>S</s>, run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive('strike') },
  ],
  [
    { id: 'bullet', label: 'Bulleted list', glyph: '•≡', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { id: 'ordered', label: 'Numbered list', glyph: '1≡', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
    { id: 'task', label: 'Task list', glyph: '☑', run: (e) => e.chain().focus().toggleTaskList().run(), active: (e) => e.isActive('taskList') },
    { id: 'quote', label: 'Quote', glyph: '❝', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
    { id: 'table', label: 'Table', glyph: '▦', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), active: (e) => e.isActive('table') },
  ],
  [
    { id: 'undo', label: 'Undo', keys: 'Z', glyph: '↶', run: (e) => e.chain().focus().undo().run() },
    { id: 'redo', label: 'Redo', keys: '⇧Z', glyph: '↷', run: (e) => e.chain().focus().redo().run() },
  ],
];

/** The note's formatting buttons; each names its key. The slash menu has the rest. */
export function NoteToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const on: Record<string, boolean> = { link: current.isActive('link') };
      for (const tool of TOOLS.flat()) if (tool.active) on[tool.id] = tool.active(current);
      return on;
    },
  });
  const [linking, setLinking] = useState(false);
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      {TOOLS.map((group, index) => (
        <div className="note-toolbar-group" key={index}>
          {group.map((tool) => (
            <button
              key={tool.id}
              type="button"
              className="note-tool"
              aria-label={tool.label}
              aria-pressed={tool.active ? Boolean(active[tool.id]) : undefined}
              title={tool.keys ? `${tool.label} (${shortcut(tool.keys)})` : tool.label}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => tool.run(editor)}
            >
              {tool.glyph}
            </button>
          ))}
          {index === 0 && (
            <button
              type="button"
              className="note-tool"
              aria-label="Link"
              aria-pressed={Boolean(active.link)}
              title="Link"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => (active.link ? editor.chain().focus().extendMarkRange('link').unsetLink().run() : setLinking(true))}
            >
              <LinkIcon />
            </button>
          )}
        </div>
      ))}
      {linking && <LinkField editor={editor} onDone={() => setLinking(false)} />}
    </div>
  );
}

function LinkField({ editor, onDone }: { editor: Editor; onDone(): void }) {
  const [href, setHref] = useState('https://');
  const valid = isSafeLinkHref(href.trim());
  return (
    <form
      className="note-link-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
        onDone();
      }}
    >
      <input
        autoFocus
        className="field"
        aria-label="Link address"
        aria-invalid={!valid}
        value={href}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), onDone(), editor.commands.focus())}
      />
      <button type="submit" className="button" disabled={!valid}>
        Link
      </button>
    </form>
  );
}
