import type { FormEvent } from 'react';
import { describeIsoDate } from './iso-date';
import { languageName } from './language-name';
import type { MetadataField as Field } from './metadata-draft';
import { MetadataField } from './metadata-field';
import { FIELD_MAX_LENGTH } from './metadata-limits';
import type { MetadataEditor } from './use-metadata-editor';

const DATE_PLACEHOLDER = '2025-03-31T11:10+09:00';

/** The editable metadata, in the order a citation reads it. */
export function MetadataForm({ id, editor }: { id: string; editor: MetadataEditor }) {
  const { values, errors, set } = editor;
  const field = (name: Field) => ({
    value: values[name],
    onChange: (value: string) => set(name, value),
    error: errors.fields[name],
    maxLength: FIELD_MAX_LENGTH[name],
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    editor.save();
  };

  return (
    <form id={id} className="info-form" onSubmit={submit} noValidate aria-label="Article metadata">
      <MetadataField label="Title" multiline="wrap" {...field('title')} />
      <MetadataField label="Subtitle" multiline="wrap" {...field('subtitle')} />
      <MetadataField label="Authors" multiline="lines" placeholder="One name per line" {...field('authors')} />
      <MetadataField label="Outlet" {...field('outlet')} />
      <MetadataField label="Site domain" {...field('siteDomain')} />
      <MetadataField label="Section" {...field('section')} />
      <MetadataField label="Published" mono placeholder={DATE_PLACEHOLDER} hint={dateHint(values.published)} {...field('published')} />
      <MetadataField label="Modified" mono placeholder={DATE_PLACEHOLDER} hint={dateHint(values.modified)} {...field('modified')} />
      <MetadataField label="Language" placeholder="en, ko, en-US" hint={languageName(values.lang)} {...field('lang')} />
      <MetadataField label="Canonical URL" multiline="wrap" type="url" placeholder="https://…" {...field('canonicalUrl')} />
      <MetadataField label="Dateline" {...field('dateline')} />
      <MetadataField label="Agency credit" {...field('credit')} />
    </form>
  );
}

function dateHint(value: string): string | null {
  return value.trim() ? describeIsoDate(value) : null;
}
