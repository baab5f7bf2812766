/** A mistake in the command line itself: reported with exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}
