import type { ReactNode } from 'react';

/** Small line icons drawn at 16px in the current text colour; decorative only. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function LibraryIcon() {
  return (
    <Icon>
      <rect x="2.5" y="2.5" width="11" height="11" rx="1.5" />
      <path d="M5 5.5h6M5 8h6M5 10.5h3.5" />
    </Icon>
  );
}

export function TrashIcon() {
  return (
    <Icon>
      <path d="M2.5 4.5h11M6.5 4.5V3h3v1.5M4 4.5l.7 8.2a1 1 0 0 0 1 .8h4.6a1 1 0 0 0 1-.8l.7-8.2" />
    </Icon>
  );
}

export function PlusIcon() {
  return (
    <Icon>
      <path d="M8 3.5v9M3.5 8h9" />
    </Icon>
  );
}

export function RestoreIcon() {
  return (
    <Icon>
      <path d="M3.5 6.5h6.5a3 3 0 0 1 0 6H7M5.5 4.5l-2 2 2 2" />
    </Icon>
  );
}

export function PencilIcon() {
  return (
    <Icon>
      <path d="M10.5 3l2.5 2.5L6 12.5H3.5V10z" />
    </Icon>
  );
}

export function CloseIcon() {
  return (
    <Icon>
      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
    </Icon>
  );
}
