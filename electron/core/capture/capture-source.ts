/**
 * Where a clipping's content came from, worded for the messages a user reads:
 * `“page.html” is 30.0 MB…` or `The pasted content is 30.0 MB…`.
 */
export interface CaptureSource {
  /** Starts a sentence: `“page.html”` or `The pasted content`. */
  subject: string;
  /** Ends a sentence: `“page.html”` or `the pasted content`. */
  object: string;
  /** The file name without its extension, when the content came from a file. */
  fileStem: string | null;
}

export function fileSource(fileName: string): CaptureSource {
  const shown = `“${displayName(fileName)}”`;
  return { subject: shown, object: shown, fileStem: fileStemOf(fileName) };
}

export function pasteSource(): CaptureSource {
  return { subject: 'The pasted content', object: 'the pasted content', fileStem: null };
}

/** The name as shown in a message: no directories, no control characters, not absurdly long. */
function displayName(fileName: string): string {
  const base = baseName(fileName).replace(/[\u0000-\u001f\u007f]/g, '');
  return base.length > 80 ? `${base.slice(0, 77)}…` : base;
}

function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? fileName;
}

/** `joongang-2025.txt` → `joongang-2025`; null when nothing is left. */
export function fileStemOf(fileName: string): string | null {
  const base = baseName(fileName).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim();
  return stem === '' ? null : stem;
}
