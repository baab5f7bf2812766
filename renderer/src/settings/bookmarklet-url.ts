/**
 * The bookmarklet is a `javascript:` URL from the core. React refuses such URLs in
 * `href`, so the link sets it directly — after this check that it is one, and only one.
 */
export function isBookmarkletUrl(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('javascript:') && value.length > 'javascript:'.length && !/[\r\n]/.test(value);
}
