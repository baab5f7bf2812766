import type { ReactNode } from 'react';

/** Line icons for Settings, drawn like ui/icons.tsx: 16px, current colour, decorative. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function GearIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.8v1.6M8 12.6v1.6M14.2 8h-1.6M3.4 8H1.8M12.4 3.6l-1.1 1.1M4.7 11.3l-1.1 1.1M12.4 12.4l-1.1-1.1M4.7 4.7L3.6 3.6" />
      <circle cx="8" cy="8" r="4.6" />
    </Icon>
  );
}

export function EyeIcon() {
  return (
    <Icon>
      <path d="M1.8 8s2.3-4.2 6.2-4.2S14.2 8 14.2 8s-2.3 4.2-6.2 4.2S1.8 8 1.8 8z" />
      <circle cx="8" cy="8" r="1.8" />
    </Icon>
  );
}

export function EyeOffIcon() {
  return (
    <Icon>
      <path d="M6.3 4a6.4 6.4 0 0 1 1.7-.2c3.9 0 6.2 4.2 6.2 4.2a11 11 0 0 1-1.6 2.1M9.6 11.9a6.6 6.6 0 0 1-1.6.3C4.1 12.2 1.8 8 1.8 8a11 11 0 0 1 2.4-2.8M2.5 2.5l11 11" />
    </Icon>
  );
}
