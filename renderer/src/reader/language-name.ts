/** "Korean" for `ko`, "American English" for `en-US`; null for a code the platform does not know. */
export function languageName(code: string, locale?: string): string | null {
  const trimmed = code.trim();
  if (!trimmed) return null;
  try {
    const name = new Intl.DisplayNames(locale, { type: 'language' }).of(trimmed);
    return name && name.toLowerCase() !== trimmed.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}
