/**
 * The bookmarklet's program. It runs inside the page the user is reading and is
 * serialised with Function.prototype.toString, so it is self-contained: no imports, no
 * outer names. Helpers are object methods because transpilers that keep function names
 * (tsx's keepNames) wrap named arrows and function declarations in a `__name` helper
 * that does not exist in the page. What it adds to the page (a notice, a hidden form)
 * is built with createElement and textContent, never from markup.
 */
export function clipToDossier(endpoint: string, key: string): void {
  const doc = document;
  const selection = getSelection();
  let selectionHtml = '';
  if (selection && !selection.isCollapsed && selection.toString().trim() !== '') {
    const holder = doc.createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) holder.appendChild(selection.getRangeAt(i).cloneContents());
    selectionHtml = holder.innerHTML;
  }
  // Read before the notice is added, so the page is sent as the user saw it.
  const page: Record<string, string> = { url: location.href, title: doc.title, html: doc.documentElement.outerHTML, selectionHtml };
  const ui = {
    show(text: string): void {
      doc.getElementById('dossier-clip-notice')?.remove();
      const box = doc.createElement('div');
      box.id = 'dossier-clip-notice';
      box.setAttribute('role', 'status');
      box.style.cssText =
        'all:initial;position:fixed;z-index:2147483647;top:16px;right:16px;max-width:360px;padding:10px 14px;' +
        'border-radius:6px;background:#1f2937;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 12px #0006';
      box.textContent = text;
      (doc.body ?? doc.documentElement).appendChild(box);
      setTimeout(() => box.remove(), 4000);
    },
    // A page whose CSP forbids connecting to 127.0.0.1 may still navigate there.
    postForm(): void {
      const form = doc.createElement('form');
      form.method = 'post';
      form.action = endpoint + '/clip/form';
      form.target = '_blank';
      form.enctype = 'multipart/form-data';
      // Otherwise a page in a legacy encoding would send its own.
      form.acceptCharset = 'utf-8';
      form.style.display = 'none';
      const fields: Record<string, string> = { key, ...page };
      for (const name of Object.keys(fields)) {
        const input = doc.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = fields[name] ?? '';
        form.appendChild(input);
      }
      (doc.body ?? doc.documentElement).appendChild(form);
      form.submit();
      setTimeout(() => form.remove(), 1000);
      ui.show('Sending to Dossier in a new tab. If none opens, this site blocks clipping: save the page and import the file.');
    },
  };
  ui.show('Clipping to Dossier…');
  fetch(endpoint + '/clip', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Pairing-Key': key },
    body: JSON.stringify(page),
    credentials: 'omit',
  }).then(
    (response) =>
      response
        .json()
        .catch(() => null)
        .then((reply) => {
          if (response.ok && reply) {
            const done = reply.status === 'duplicate' ? 'Already in Dossier: ' : reply.status === 'version' ? 'New version in Dossier: ' : 'Clipped to Dossier: ';
            ui.show(done + reply.title);
          } else {
            ui.show('Dossier: ' + (reply?.error?.message ?? 'the page was not clipped (HTTP ' + response.status + ').'));
          }
        }),
    () => ui.postForm(),
  );
}
