const MAX_FILE_NAME = 100;

/**
 * `<prefix>-<title-slug>[-<yyyy-mm-dd>].<ext>`: letters and digits in any script, dashes,
 * at most 100 characters, cut at a word when one is near (as the comparison export's
 * names are made).
 */
export function exportFileName(title: string, extension: string, options: { prefix?: string; day?: Date } = {}): string {
  const slug =
    title
      .normalize('NFKD')
      // Accents off Latin, Greek and Cyrillic letters only: elsewhere marks are part of the letter.
      .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'untitled';
  const prefix = options.prefix ? `${options.prefix}-` : '';
  const suffix = options.day ? `-${options.day.toISOString().slice(0, 10)}` : '';
  const room = MAX_FILE_NAME - `${prefix}${suffix}.${extension}`.length;
  let cut = '';
  for (const char of slug) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  const boundary = cut.lastIndexOf('-');
  if (cut.length < slug.length && slug[cut.length] !== '-' && boundary > room / 2) cut = cut.slice(0, boundary);
  cut = cut.replace(/-+$/, '') || 'untitled';
  return `${prefix}${cut}${suffix}.${extension}`;
}
