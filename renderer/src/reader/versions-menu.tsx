import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import type { ClippingVersion } from '../../../shared/domain/clipping';
import { MAX_COMPARED } from '../../../shared/domain/comparison';
import { errorMessage } from '../api/error-message';
import { useCompare } from '../compare/compare-context';
import { fullDate, words } from '../clippings/describe-clipping';
import { Hint } from '../ui/hint';
import { ChevronDownIcon, VersionsIcon } from '../ui/icons';
import { useClippingVersions } from './use-clipping-versions';

interface Props {
  clipping: Pick<ClippingSummary, 'id' | 'version' | 'versionCount'>;
  onShow(id: number): void;
}

/**
 * Comparisons of captures, to see what the outlet changed after publication: this one
 * with the one before it (the first with the second), and all of them when they fit.
 */
function compareChoices(versions: ClippingVersion[], id: number): Array<{ label: string; ids: number[] }> {
  const at = Math.max(0, versions.findIndex((v) => v.id === id));
  const other = at === 0 ? versions[1]! : versions[at - 1]!;
  const pair = at === 0 ? [versions[0]!.id, other.id] : [other.id, versions[at]!.id];
  const choices = [{ label: `Compare with version ${other.version}`, ids: pair }];
  if (versions.length > 2) {
    const last = versions.slice(-MAX_COMPARED);
    const label = last.length === versions.length ? `Compare all ${versions.length} captures` : `Compare the last ${last.length} captures`;
    choices.push({ label, ids: last.map((v) => v.id) });
  }
  return choices;
}

/** "Version 2 of 3": the captures of this article, to read an earlier one or compare them. */
export function VersionsMenu({ clipping, onShow }: Props) {
  const versions = useClippingVersions(clipping.id, clipping.versionCount > 1);
  const compare = useCompare();
  const label = `Version ${clipping.version} of ${clipping.versionCount}`;

  return (
    <DropdownMenu.Root>
      <Hint label="Other captures of this article">
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button button-quiet">
            <VersionsIcon />
            {label}
            <ChevronDownIcon />
          </button>
        </DropdownMenu.Trigger>
      </Hint>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu versions-menu" align="end" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Label className="menu-label">Captures of this article</DropdownMenu.Label>
          {versions.isError ? (
            <div className="menu-message" role="alert">
              {errorMessage(versions.error)}
            </div>
          ) : !versions.data ? (
            <div className="menu-message">Loading…</div>
          ) : (
            <DropdownMenu.RadioGroup value={String(clipping.id)} onValueChange={(value) => onShow(Number(value))}>
              {versions.data.map((version, index) => (
                <DropdownMenu.RadioItem key={version.id} value={String(version.id)} className="menu-item version-item">
                  <DropdownMenu.ItemIndicator className="menu-indicator">•</DropdownMenu.ItemIndicator>
                  <span className="version-item-name">
                    Version {version.version}
                    {index === versions.data.length - 1 && <span className="version-item-tag">newest</span>}
                  </span>
                  <span className="version-item-detail">
                    <time dateTime={version.createdAt}>{fullDate(version.createdAt)}</time> · {words(version.wordCount)}
                  </span>
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
          )}
          {versions.data && versions.data.length > 1 && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              {compareChoices(versions.data, clipping.id).map((choice) => (
                <DropdownMenu.Item key={choice.label} className="menu-item" onSelect={() => compare.open(choice.ids)}>
                  {choice.label}
                </DropdownMenu.Item>
              ))}
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
