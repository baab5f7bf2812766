/** A generated news page of about `megabytes` MB: one long article among some navigation. */
export function bigArticlePage(megabytes: number): string {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i} of the long report: the council met again on Tuesday and <a href="/notes/${i}">noted</a> that the <em>budget</em> for the harbour works was <strong>still</strong> under review, pending the auditors' findings.</p>\n`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long report | Example News</title>
<meta property="og:title" content="The long report"><meta name="author" content="A. Reporter"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>The long report</h1>\n`;
  const tail = '</article></main><footer>© Example News</footer></body></html>\n';
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}
