import type { Page } from '@playwright/test';

/**
 * Calls the core the way the renderer's client does in browser mode (same route, same
 * session token), for setting up a test's library; the result, or an Error with the
 * core's message.
 */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': sessionStorage.getItem('dossier.token') ?? '' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
    },
    { method, input },
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error?.message}`);
  return envelope.result as T;
}
