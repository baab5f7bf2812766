/**
 * The exported note's only styling: a calm page of serif text, quotes set off by a rule,
 * notes and bibliography in smaller type, and a print layout (A4 or Letter margins, no
 * break inside a quote, a table row or a heading's first lines). Nothing is loaded.
 */
export const NOTE_CSS = `
:root { color-scheme: light; --ink: #1f1f1f; --muted: #666; --rule: #d9d6cf; --tint: #f6f4ef; --link: #24508f; }
* { box-sizing: border-box; }
html { background: #fff; color: var(--ink); }
body { margin: 0 auto; padding: 2.5rem 2rem 3rem; max-width: 44rem;
  font: 17px/1.6 Charter, "Iowan Old Style", "Source Serif Pro", Georgia, "Noto Serif", "Noto Serif CJK KR", serif; }
h1, h2, h3, h4, h5, h6, .made, .source, .footnotes, .bibliography h2, table {
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .4rem; font-weight: 650; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; font-weight: 600; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; font-weight: 600; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; font-weight: 600; }
.made { color: var(--muted); font-size: .8rem; margin: 0 0 2rem; }
p { margin: .6rem 0; }
a { color: var(--link); text-decoration-color: #a9bbd6; overflow-wrap: anywhere; }
blockquote { margin: 1rem 0; padding: .1rem 0 .1rem 1.1rem; border-left: 3px solid var(--rule); color: #333; }
figure.cited-quote { margin: 1.2rem 0; }
figure.cited-quote blockquote { margin: 0; border-left-color: #8a7a4f; font-style: italic; }
figure.cited-quote figcaption { margin: .3rem 0 0 1.4rem; color: var(--muted); font-size: .85rem; }
sup.fn { line-height: 0; font-size: .72em; }
sup.fn a { text-decoration: none; padding: 0 .1em; }
code { font: .88em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; background: var(--tint); padding: .05em .25em; border-radius: 3px; }
pre { background: var(--tint); padding: .8rem 1rem; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .35rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--tint); font-weight: 600; }
td p, th p { margin: 0; }
ul.tasks { list-style: none; padding-left: 1.2rem; }
ul.tasks .box { display: inline-block; width: 1.3em; margin-left: -1.3em; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
section.footnotes, section.bibliography { margin-top: 2.5rem; border-top: 1px solid var(--rule); font-size: .85rem; }
section.footnotes h2, section.bibliography h2 { font-size: 1rem; }
section.bibliography p { padding-left: 2em; text-indent: -2em; }
a.backref { text-decoration: none; margin-left: .3em; }
@page { margin: 22mm 20mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; }
  figure.cited-quote, tr, pre { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
}
`;
