import * as Tooltip from '@radix-ui/react-tooltip';
import type { ReactElement } from 'react';

/** A tooltip naming what a control does and its shortcut, e.g. "Add clipping  Ctrl+N". */
export function Hint({ label, keys, children, side = 'bottom' }: { label: string; keys?: string; children: ReactElement; side?: Tooltip.TooltipContentProps['side'] }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="hint" side={side} sideOffset={6} collisionPadding={8}>
          {label}
          {keys && <kbd className="hint-keys">{keys}</kbd>}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
