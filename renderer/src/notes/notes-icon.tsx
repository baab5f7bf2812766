import { Icon } from '../ui/icons';

/** A page with a folded corner and lines of writing. */
export function NotesIcon() {
  return (
    <Icon>
      <path d="M4 2.5h5.5l2.5 2.5v8.5H4z" />
      <path d="M9.5 2.5V5H12M6 7.5h4M6 9.5h4M6 11.5h2.5" />
    </Icon>
  );
}

/** A page docked at the right of another. */
export function DockIcon() {
  return (
    <Icon>
      <rect x="2" y="3" width="12" height="10" rx="1.5" />
      <path d="M9.5 3v10M11 6h1.5M11 8h1.5" />
    </Icon>
  );
}
