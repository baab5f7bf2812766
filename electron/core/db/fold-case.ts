/** Names that differ only in case are one name, in every script (`Économie`, `économie`; `Россия`, `россия`). */
export function foldCase(value: string): string {
  return value.normalize('NFC').toLowerCase();
}
