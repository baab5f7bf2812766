/**
 * Hands a file the app made to the user: the browser's download (browser mode) or
 * Electron's save dialog (desktop, which answers a download with one). Nothing is
 * written anywhere the user did not choose.
 */
export function saveFile(file: { fileName: string; mediaType: string; content: string | Uint8Array }): void {
  const blob = new Blob([file.content as BlobPart], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
