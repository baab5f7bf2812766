import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { errorMessage } from '../api/error-message';
import { fullDate, words } from '../clippings/describe-clipping';
import { Hint } from '../ui/hint';
import { ChevronDownIcon, VersionsIcon } from '../ui/icons';
import { useClippingVersions } from './use-clipping-versions';

interface Props {
  clipping: Pick<ClippingSummary, 'id' | 'version' | 'versionCount'>;
  onShow(id: number): void;
}

/** "Version 2 of 3": the captures of this article, to read an earlier one. */
export function VersionsMenu({ clipping, onShow }: Props) {
  const versions = useClippingVersions(clipping.id, clipping.versionCount > 1);
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
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
