import { METADATA_FIELDS, type MetadataField } from './metadata-draft';

export interface FormErrors {
  fields: Partial<Record<MetadataField, string>>;
  /** What could not be tied to one field. */
  general: string | null;
}

const PREFIX = /^Invalid input\s*[—-]\s*/;
const FIELD_AT = new RegExp(`(?:^|;\\s+)(?:meta\\.)?(${METADATA_FIELDS.join('|')})(?:\\.\\d+)?:\\s+`, 'g');

/**
 * Puts the core's validation message beside the field it is about. The core writes
 * `Invalid input — meta.published: Dates are written like …; meta.lang: …`; each
 * part goes to its field as the core worded it. Anything else stays whole.
 */
export function formErrorsFrom(message: string): FormErrors {
  if (!PREFIX.test(message)) return { fields: {}, general: message };
  const body = message.replace(PREFIX, '');
  const starts = [...body.matchAll(FIELD_AT)];
  if (starts.length === 0 || starts[0]!.index !== 0) return { fields: {}, general: message };
  const fields: FormErrors['fields'] = {};
  starts.forEach((start, i) => {
    const field = start[1] as MetadataField;
    const end = starts[i + 1]?.index ?? body.length;
    const text = body.slice(start.index! + start[0].length, end).trim();
    fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
  });
  return { fields, general: null };
}
