import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { KeyboardEvent } from 'react';
import { Hint } from '../ui/hint';
import { hasCommandKey, shortcut } from '../ui/platform';
import { themeChoices, type ThemeChoice } from '../ui/theme';
import {
  columnWidths,
  defaultReadingSettings,
  FONT_SIZES,
  fontSizeForKey,
  readingSettings,
  updateReadingSettings,
  useReadingSettings,
  type ColumnWidth,
} from './reading-settings';

const widthLabels: Record<ColumnWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };
const themeLabels: Record<ThemeChoice, string> = { system: 'Match system', light: 'Light', dark: 'Dark' };

/** Keeps the menu open on a choice, so its effect shows and the next choice is one key away. */
const stayOpen = (event: Event) => event.preventDefault();

/** "Aa" in the reader's toolbar: text size, column width and the window's theme. */
export function ReadingSettingsMenu() {
  const [settings, update] = useReadingSettings();
  const smallest = settings.fontSize <= FONT_SIZES[0]!;
  const largest = settings.fontSize >= FONT_SIZES[FONT_SIZES.length - 1]!;

  return (
    <DropdownMenu.Root>
      <Hint label="Text size, width and theme">
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button button-quiet reading-settings-trigger" aria-label="Reading settings">
            <span aria-hidden="true">Aa</span>
          </button>
        </DropdownMenu.Trigger>
      </Hint>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu reading-settings" align="end" sideOffset={4} collisionPadding={8} aria-label="Reading settings">
          <DropdownMenu.Group aria-label="Text size">
            <DropdownMenu.Label className="menu-label">Text size</DropdownMenu.Label>
            <div className="reading-size">
              <DropdownMenu.Item
                className="menu-item reading-size-step"
                aria-label={`Smaller text (${shortcut('−')})`}
                disabled={smallest}
                onSelect={(event) => {
                  stayOpen(event);
                  update({ fontSize: fontSizeForKey('-', settings.fontSize)! });
                }}
              >
                <span className="reading-size-glyph reading-size-glyph-small" aria-hidden="true">A</span>
              </DropdownMenu.Item>
              <DropdownMenu.Item
                className="menu-item reading-size-value"
                aria-label={
                  settings.fontSize === defaultReadingSettings.fontSize
                    ? `${settings.fontSize} px (default)`
                    : `${settings.fontSize} px — reset to ${defaultReadingSettings.fontSize} px (${shortcut('0')})`
                }
                onSelect={(event) => {
                  stayOpen(event);
                  update({ fontSize: defaultReadingSettings.fontSize });
                }}
              >
                <span aria-hidden="true">{settings.fontSize} px</span>
              </DropdownMenu.Item>
              <DropdownMenu.Item
                className="menu-item reading-size-step"
                aria-label={`Larger text (${shortcut('=')})`}
                disabled={largest}
                onSelect={(event) => {
                  stayOpen(event);
                  update({ fontSize: fontSizeForKey('=', settings.fontSize)! });
                }}
              >
                <span className="reading-size-glyph reading-size-glyph-large" aria-hidden="true">A</span>
              </DropdownMenu.Item>
            </div>
          </DropdownMenu.Group>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Label className="menu-label">Column width</DropdownMenu.Label>
          <DropdownMenu.RadioGroup aria-label="Column width" value={settings.width} onValueChange={(value) => update({ width: value as ColumnWidth })}>
            {columnWidths.map((width) => (
              <DropdownMenu.RadioItem key={width} value={width} className="menu-item reading-choice" onSelect={stayOpen}>
                <DropdownMenu.ItemIndicator className="menu-indicator">•</DropdownMenu.ItemIndicator>
                {widthLabels[width]}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Label className="menu-label">Theme</DropdownMenu.Label>
          <DropdownMenu.RadioGroup aria-label="Theme" value={settings.theme} onValueChange={(value) => update({ theme: value as ThemeChoice })}>
            {themeChoices.map((theme) => (
              <DropdownMenu.RadioItem key={theme} value={theme} className="menu-item reading-choice" onSelect={stayOpen}>
                <DropdownMenu.ItemIndicator className="menu-indicator">•</DropdownMenu.ItemIndicator>
                {themeLabels[theme]}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/**
 * Ctrl/⌘ + = / − / 0 in the reader: larger, smaller, default text. Returns whether the
 * key was handled (the browser's own page zoom is then prevented).
 */
export function onReadingSettingsKey(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.defaultPrevented || event.altKey || !hasCommandKey(event)) return false;
  const size = fontSizeForKey(event.key, readingSettings().fontSize);
  if (size === null) return false;
  event.preventDefault();
  updateReadingSettings({ fontSize: size });
  return true;
}
