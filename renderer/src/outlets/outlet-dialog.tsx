import { useEffect, useState } from 'react';
import { outletKindLabels, outletKinds, type Outlet, type OutletKind } from '../../../shared/domain/outlet';
import { useClient } from '../api/client-context';
import { SmallDialog } from '../ui/small-dialog';
import { useOrganiseMutation } from '../sidebar/use-organise-mutation';

interface Draft {
  name: string;
  kind: OutletKind;
  country: string;
  language: string;
  notes: string;
}

function draftOf(outlet: Outlet | null): Draft {
  return { name: outlet?.name ?? '', kind: outlet?.kind ?? 'other', country: outlet?.country ?? '', language: outlet?.language ?? '', notes: outlet?.notes ?? '' };
}

interface Props {
  outlet: Outlet | null;
  onClose(): void;
  returnFocus(): HTMLElement | null;
}

/** What an analyst knows about a publisher: its name, kind, country, language and notes. */
export function OutletDialog({ outlet, onClose, returnFocus }: Props) {
  const client = useClient();
  const save = useOrganiseMutation({
    run: (input: Draft & { id: number }) => client.outlets.update(input),
    done: (saved) => `Saved “${saved.name}”`,
  });
  const [draft, setDraft] = useState(() => draftOf(outlet));
  useEffect(() => setDraft(draftOf(outlet)), [outlet]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  return (
    <SmallDialog
      open={outlet !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Edit outlet"
      description={outlet ? `Clippings from ${outlet.domain}` : undefined}
      confirmLabel="Save"
      canConfirm={draft.name.trim().length > 0}
      pending={save.isPending}
      returnFocus={returnFocus}
      className="outlet-dialog"
      onConfirm={() =>
        outlet &&
        save.mutate({ id: outlet.id, ...draft }, { onSuccess: onClose })
      }
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input className="input" value={draft.name} autoFocus onChange={(event) => set('name', event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Kind</span>
        <select className="input select" value={draft.kind} onChange={(event) => set('kind', event.target.value as OutletKind)}>
          {outletKinds.map((kind) => (
            <option key={kind} value={kind}>
              {outletKindLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Country</span>
          <input className="input" value={draft.country} placeholder="e.g. KR" onChange={(event) => set('country', event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Language</span>
          <input className="input" value={draft.language} placeholder="e.g. ko" onChange={(event) => set('language', event.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea className="input outlet-notes" rows={3} value={draft.notes} onChange={(event) => set('notes', event.target.value)} />
      </label>
    </SmallDialog>
  );
}
