/** One thing to clip in a bulk import: a web address or a file. */
export type CaptureItem = { kind: 'url'; url: string } | { kind: 'file'; file: File };

export function itemLabel(item: CaptureItem): string {
  if (item.kind === 'file') return (item.file as File & { webkitRelativePath?: string }).webkitRelativePath || item.file.name;
  return item.url;
}
