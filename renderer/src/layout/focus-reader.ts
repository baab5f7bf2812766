/** The reader's element id: Enter in the list moves focus there to read. */
export const READER_ID = 'reader';

export function focusReader(): void {
  document.getElementById(READER_ID)?.focus();
}
