import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { ChevronDownIcon } from './icons';

/** One file format an Export menu offers. */
export interface ExportFormatChoice<F extends string> {
  format: F;
  label: string;
  hint: string;
}

interface Props<F extends string> {
  formats: ReadonlyArray<ExportFormatChoice<F>>;
  onChoose: (format: F) => void;
  /** An export is running: the button says so and takes no other. */
  busy: boolean;
  disabled?: boolean;
  /** The button's tooltip: what gets saved. */
  title: string;
  /** Extra classes for the button (its size, its place in a toolbar). */
  className?: string;
  /** A heading over the formats, when the menu holds more than formats. */
  formatsHeading?: string;
  /** Menu content after the formats (a note's bibliography style). */
  children?: ReactNode;
}

/** The Export button and its menu of formats, as the note, the comparison and the annotations have it. */
export function ExportMenu<F extends string>({ formats, onChoose, busy, disabled = false, title, className, formatsHeading, children }: Props<F>) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className={`button button-quiet${className ? ` ${className}` : ''}`} disabled={disabled || busy} title={title} aria-busy={busy}>
          {busy ? <span className="spinner spinner-small" aria-hidden="true" /> : null}
          {busy ? 'Exporting…' : 'Export'}
          <ChevronDownIcon />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          {formatsHeading ? <DropdownMenu.Label className="menu-label">{formatsHeading}</DropdownMenu.Label> : null}
          {formats.map(({ format, label, hint }) => (
            <DropdownMenu.Item key={format} className="menu-item" title={hint} onSelect={() => onChoose(format)}>
              {label}
            </DropdownMenu.Item>
          ))}
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
