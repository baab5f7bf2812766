import { useMemo, useState } from 'react';
import type { Clipping } from '../../../shared/domain/clipping';
import { errorMessage } from '../api/error-message';
import { formErrorsFrom, type FormErrors } from './field-errors';
import { isImpossibleDate } from './iso-date';
import { draftOf, updateFrom, type MetadataDraft, type MetadataField } from './metadata-draft';
import { useUpdateMetadata } from './use-update-metadata';

const NO_ERRORS: FormErrors = { fields: {}, general: null };

/**
 * The Info panel's edit state. Nothing is a draft until a field changes; Save sends
 * only the changed fields, Cancel (Escape) drops the draft and any errors.
 */
export function useMetadataEditor(clipping: Clipping) {
  const saved = useMemo(() => draftOf(clipping), [clipping]);
  const [draft, setDraft] = useState<MetadataDraft | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const update = useUpdateMetadata();
  const values = draft ?? saved;
  const dirty = draft !== null && updateFrom(clipping, draft) !== null;

  const set = (field: MetadataField, value: string) => {
    setDraft({ ...values, [field]: value });
    if (errors.fields[field]) setErrors({ ...errors, fields: { ...errors.fields, [field]: undefined } });
  };

  const cancel = () => {
    update.reset();
    setErrors(NO_ERRORS);
    setDraft(null);
  };

  const save = () => {
    if (update.isPending || draft === null) return;
    const change = updateFrom(clipping, draft);
    if (change === null) return cancel();
    const impossible = (['published', 'modified'] as const).filter((field) => isImpossibleDate(draft[field]));
    if (impossible.length > 0) {
      return setErrors({ fields: Object.fromEntries(impossible.map((field) => [field, 'There is no such date.'])), general: null });
    }
    setErrors(NO_ERRORS);
    update.mutate(change, {
      onSuccess: () => setDraft(null),
      onError: (error) => setErrors(formErrorsFrom(errorMessage(error))),
    });
  };

  return { values, dirty, errors, saving: update.isPending, set, save, cancel };
}

export type MetadataEditor = ReturnType<typeof useMetadataEditor>;
