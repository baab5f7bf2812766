import type { ReactNode } from 'react';

/** Small line icons drawn at 16px in the current text colour; decorative only. */
export function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
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

export function InfoIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 7.2v3.6M8 5.2v.1" />
    </Icon>
  );
}

export function OriginalIcon() {
  return (
    <Icon>
      <rect x="2.5" y="3" width="11" height="10" rx="1.5" />
      <path d="M2.5 5.5h11M4.5 4.25h.01M6 4.25h.01" />
    </Icon>
  );
}

export function VersionsIcon() {
  return (
    <Icon>
      <path d="M5 4.5V3.5a1 1 0 0 1 1-1h6.5a1 1 0 0 1 1 1V10a1 1 0 0 1-1 1h-1" />
      <rect x="2.5" y="5" width="8.5" height="8.5" rx="1" />
    </Icon>
  );
}

export function ChevronDownIcon() {
  return (
    <Icon>
      <path d="M4.5 6.5L8 10l3.5-3.5" />
    </Icon>
  );
}

export function CopyIcon() {
  return (
    <Icon>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.2" />
      <path d="M10.5 5.5V3.7a1.2 1.2 0 0 0-1.2-1.2H3.7a1.2 1.2 0 0 0-1.2 1.2v5.6a1.2 1.2 0 0 0 1.2 1.2h1.8" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="M3.5 8.5l3 3 6-7" />
    </Icon>
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

export function HighlighterIcon() {
  return (
    <Icon>
      <path d="M9.5 3.5l3 3-5.5 5.5H4v-3l5.5-5.5zM3 14h10" />
    </Icon>
  );
}

export function EditTextIcon() {
  return (
    <Icon>
      <path d="M3 4h7M3 7h5M3 10h3M11.5 7.5l2 2-4.5 4.5H7v-2l4.5-4.5z" />
    </Icon>
  );
}

export function RelatedIcon() {
  return (
    <Icon>
      <path d="M2.5 3.5h5v9h-5zM8.5 5.5h5v7h-5M4 6h2M4 8h2M10 8h2M10 10h2" />
    </Icon>
  );
}

export function CompareIcon() {
  return (
    <Icon>
      <path d="M2.5 2.5h4.5v11H2.5zM9 2.5h4.5v11H9M4 5h1.5M4 7.5h1.5M10.5 7.5h1.5M10.5 10h1.5" />
    </Icon>
  );
}
