import type { ReactNode } from 'react';

/** Icons of the list and the search box, drawn like ui/icons (16px line, current colour); decorative only. */
function Icon({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <svg className={className ? `icon ${className}` : 'icon'} width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function StarIcon({ className, filled = false }: { className?: string; filled?: boolean }) {
  return (
    <Icon className={className}>
      <path d="M8 2.2l1.8 3.7 4 .6-2.9 2.8.7 4-3.6-1.9-3.6 1.9.7-4L2.2 6.5l4-.6z" fill={filled ? 'currentColor' : 'none'} />
    </Icon>
  );
}

export function SearchIcon() {
  return (
    <Icon>
      <circle cx="7" cy="7" r="4.2" />
      <path d="M10.2 10.2l3.3 3.3" />
    </Icon>
  );
}

export function FilterIcon() {
  return (
    <Icon>
      <path d="M2.5 3.5h11l-4.2 5v4l-2.6 1v-5z" />
    </Icon>
  );
}

export function SortArrow({ direction }: { direction: 'asc' | 'desc' }) {
  return (
    <Icon className="sort-arrow">
      <path d={direction === 'asc' ? 'M8 12.5v-9M4.5 7L8 3.5 11.5 7' : 'M8 3.5v9M4.5 9L8 12.5 11.5 9'} />
    </Icon>
  );
}

export function TagIcon() {
  return (
    <Icon>
      <path d="M2.5 2.5h5l6 6-5 5-6-6z" />
      <circle cx="5.5" cy="5.5" r="0.9" />
    </Icon>
  );
}
