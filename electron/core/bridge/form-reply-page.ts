import type { BridgeClipResult } from './clip-request';

/** The tab the form fallback opens: a plain page, every piece of text escaped. */
export function clippedPage(result: BridgeClipResult): string {
  const title = `“${escapeHtml(result.title)}”`;
  const headline =
    result.status === 'duplicate'
      ? `${title} is already in Dossier`
      : result.status === 'version'
        ? `Saved a new version of ${title} in Dossier`
        : `Clipped ${title} to Dossier`;
  return page(headline, 'You can close this tab.');
}

export function clipErrorPage(message: string): string {
  return page('Dossier did not clip this page', escapeHtml(message));
}

function page(headline: string, detail: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:36rem;padding:0 1rem;color:#1f2937}h1{font-size:1.25rem}</style>
</head>
<body>
<h1>${headline}</h1>
<p>${detail}</p>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
