import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { DocMark, DocNode } from '../../../shared/document/document-types';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import type { Run } from './citations/formatted-text';

/** A note's text marks as Word run properties (code in a monospace font). */
export function runFormat(marks: DocMark[]) {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  return {
    ...(has('bold') ? { bold: true } : {}),
    ...(has('italic') ? { italics: true } : {}),
    ...(has('underline') ? { underline: {} } : {}),
    ...(has('strike') ? { strike: true } : {}),
    ...(has('code') ? { font: 'Courier New' } : {}),
  };
}

export function link(text: string, href: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] });
}

/** Citation text as runs: the outlet in italics, the address a hyperlink. */
export function runsDocx(runs: Run[]): ParagraphChild[] {
  return runs.map((run) =>
    run.href && isSafeLinkHref(run.href) ? link(run.text, run.href) : new TextRun({ text: run.text, ...(run.italic ? { italics: true } : {}) }),
  );
}

/** A node's text, hard breaks as line breaks (a code block's lines). */
export function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}
