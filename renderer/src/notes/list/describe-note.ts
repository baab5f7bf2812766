/** "14:05" today, "3 Dec" this year, "3 Dec 2025" before: when a note last changed, as a row shows it. */
export function noteDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (date.toDateString() === now.toDateString()) return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const sameYear = date.getFullYear() === now.getFullYear();
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

export function citationCount(count: number): string {
  return count === 0 ? 'No citations' : `${count} ${count === 1 ? 'citation' : 'citations'}`;
}
