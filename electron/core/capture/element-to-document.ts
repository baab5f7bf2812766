import { DOMParser } from '@tiptap/pm/model';
import type { DocNode } from '../../../shared/document/document-types';
import { captureSchema } from './capture-schema';
import { removeForbiddenElements } from './forbidden-elements';
import { hardenDocument } from './harden-document';
import { resolveReferences } from './resolve-references';
import { restructureDom } from './restructure-dom';
import { tidyDocument } from './tidy-document';

/**
 * An article element (from any DOM implementation) as a clipping document. The
 * element is reshaped in place, then ProseMirror reads it into the restricted
 * schema, which keeps only the nodes, marks and attributes the schema defines.
 */
export function elementToDocument(root: Element, sourceUrl: string | null): DocNode {
  removeForbiddenElements(root);
  restructureDom(root as HTMLElement);
  resolveReferences(root as HTMLElement, sourceUrl);
  const parsed = DOMParser.fromSchema(captureSchema()).parse(root);
  return hardenDocument(tidyDocument(parsed.toJSON() as DocNode));
}
