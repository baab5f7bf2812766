import { Icon } from '../ui/icons';

/** The sidebar's own line icons, drawn like the others in ui/icons. */
export function UnreadIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="5.5" />
      <circle cx="8" cy="8" r="2" fill="currentColor" stroke="none" />
    </Icon>
  );
}

export function StarIcon() {
  return (
    <Icon>
      <path d="M8 2.3l1.7 3.6 3.9.5-2.9 2.7.8 3.9L8 11.1 4.5 13l.8-3.9-2.9-2.7 3.9-.5z" />
    </Icon>
  );
}

export function FolderIcon() {
  return (
    <Icon>
      <path d="M2.5 4.5a1 1 0 0 1 1-1h3l1.5 1.5h4.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1z" />
    </Icon>
  );
}

export function SavedSearchIcon() {
  return (
    <Icon>
      <circle cx="7" cy="7" r="4" />
      <path d="M10 10l3.5 3.5" />
    </Icon>
  );
}

export function OutletIcon() {
  return (
    <Icon>
      <rect x="2.5" y="3" width="11" height="10" rx="1" />
      <path d="M5 6h6M5 8.5h6M5 11h3.5" />
    </Icon>
  );
}

export function ChevronRightIcon() {
  return (
    <Icon size={12}>
      <path d="M6 4l4 4-4 4" />
    </Icon>
  );
}

export function MoreIcon() {
  return (
    <Icon>
      <circle cx="4" cy="8" r="0.6" fill="currentColor" />
      <circle cx="8" cy="8" r="0.6" fill="currentColor" />
      <circle cx="12" cy="8" r="0.6" fill="currentColor" />
    </Icon>
  );
}
