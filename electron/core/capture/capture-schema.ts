import type { Schema } from '@tiptap/pm/model';
import type { DocNode } from '../../../shared/document/document-types';
import { clippingSchema } from '../../../shared/document/schema-extensions';

let schema: Schema | null = null;

/** The restricted clipping schema, built once. */
export function captureSchema(): Schema {
  schema ??= clippingSchema();
  return schema;
}

/** Throws unless the JSON is a valid document of the clipping schema. */
export function assertValidDocument(doc: DocNode): void {
  captureSchema().nodeFromJSON(doc).check();
}
