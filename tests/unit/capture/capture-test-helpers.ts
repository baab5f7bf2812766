import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ApiError, type ErrorCode } from '../../../shared/api/errors';
import type { DocMark, DocNode } from '../../../shared/document/document-types';
import { clippingSchema } from '../../../shared/document/schema-extensions';

const schema = clippingSchema();

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/capture/${name}`, import.meta.url))));
}

export function hostileArticleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL('../../fixtures/hostile-article.html', import.meta.url))));
}

/** The document must be valid for the restricted schema. */
export function expectValidDoc(doc: DocNode): void {
  expect(() => schema.nodeFromJSON(doc).check()).not.toThrow();
}

export function nodesOfType(doc: DocNode, type: string): DocNode[] {
  const found: DocNode[] = [];
  const walk = (node: DocNode) => {
    if (node.type === type) found.push(node);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

export function marksOfType(doc: DocNode, type: string): Array<{ mark: DocMark; text: string }> {
  return nodesOfType(doc, 'text').flatMap((node) =>
    (node.marks ?? []).filter((mark) => mark.type === type).map((mark) => ({ mark, text: node.text ?? '' })),
  );
}

export function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

/** Awaits a rejection and checks it is an ApiError with this code; returns its message. */
export async function rejectionOf(promise: Promise<unknown>, code: ErrorCode): Promise<string> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, 'expected the promise to reject').toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  return (error as ApiError).message;
}

export function thrownBy(run: () => unknown, code: ErrorCode): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    return (error as ApiError).message;
  }
  throw new Error('expected an ApiError to be thrown');
}
