import type { Editor } from '@tiptap/core';

/** The blocks the `/` menu makes, in the order shown; `words` are what typing after `/` matches. */
export interface SlashItem {
  id: string;
  label: string;
  words: string;
  hint: string;
}

export const SLASH_ITEMS: readonly SlashItem[] = [
  { id: 'h1', label: 'Heading 1', words: 'heading title h1 #', hint: '#' },
  { id: 'h2', label: 'Heading 2', words: 'heading subtitle h2 ##', hint: '##' },
  { id: 'h3', label: 'Heading 3', words: 'heading h3 ###', hint: '###' },
  { id: 'bullet', label: 'Bulleted list', words: 'bullet list unordered ul', hint: '-' },
  { id: 'ordered', label: 'Numbered list', words: 'numbered ordered list ol', hint: '1.' },
  { id: 'task', label: 'Task list', words: 'task todo checkbox list', hint: '[ ]' },
  { id: 'quote', label: 'Quote', words: 'quote blockquote', hint: '>' },
  { id: 'table', label: 'Table', words: 'table grid', hint: '' },
  { id: 'rule', label: 'Divider', words: 'rule divider horizontal line hr', hint: '---' },
  { id: 'code', label: 'Code block', words: 'code block pre', hint: '```' },
  { id: 'cite', label: 'Cite a clipping', words: 'cite citation source clipping reference', hint: '@' },
  { id: 'bibliography-chicago', label: 'Bibliography (Chicago)', words: 'bibliography references sources chicago', hint: '' },
  { id: 'bibliography-apa', label: 'Bibliography (APA)', words: 'bibliography references sources apa', hint: '' },
];

/** Items whose label or words start with what was typed (word by word), in menu order. */
export function filterSlashItems(query: string): SlashItem[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [...SLASH_ITEMS];
  return SLASH_ITEMS.filter((item) =>
    `${item.label} ${item.words}`
      .toLowerCase()
      .split(/\s+/)
      .some((word) => word.startsWith(wanted)),
  );
}

/** Runs a block item on the editor (the trigger text is already removed). Citations and bibliographies are the editor's. */
export function runBlockItem(editor: Editor, id: string): boolean {
  const chain = editor.chain().focus();
  switch (id) {
    case 'h1':
    case 'h2':
    case 'h3':
      return chain.setHeading({ level: Number(id[1]) as 1 | 2 | 3 }).run();
    case 'bullet':
      return chain.toggleBulletList().run();
    case 'ordered':
      return chain.toggleOrderedList().run();
    case 'task':
      return chain.toggleTaskList().run();
    case 'quote':
      return chain.toggleBlockquote().run();
    case 'table':
      return chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
    case 'rule':
      return chain.setHorizontalRule().run();
    case 'code':
      return chain.toggleCodeBlock().run();
    default:
      return false;
  }
}
