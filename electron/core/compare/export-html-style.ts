/**
 * The exported comparison's only styling: calm, serif text on white, light rules,
 * columns that share the page width, and a print layout (landscape, no page break
 * inside a row). No font, image or anything else is loaded.
 */
export const EXPORT_CSS = `
:root { color-scheme: light; --ink: #1f1f1f; --muted: #6b6b6b; --rule: #d9d6cf; --paper: #fff; --tint: #f6f4ef;
  --ins: #e3f1e0; --ins-ink: #1d5a22; --del: #f8e3e1; --del-ink: #8a2a20; --accent: #5b4a1f; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; padding: 2rem 2.5rem 3rem; max-width: 1600px;
  font: 15px/1.55 Charter, "Iowan Old Style", "Source Serif Pro", Georgia, "Noto Serif", "Noto Serif CJK KR", serif; }
h1, h2, .outlet, .made, .facts, .url, table.summary, thead th, .rowhead, .badge, .legend, .notice, .quoted-by {
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", sans-serif; }
h1 { font-size: 1.55rem; font-weight: 600; margin: 0 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.05rem; font-weight: 600; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
.made, .muted, .facts, .url { color: var(--muted); }
.made { margin: 0; font-size: .85rem; }
a { color: #24508f; text-decoration: underline; text-decoration-color: #a9bbd6; overflow-wrap: anywhere; }
ol.sources { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(2, minmax(0, 1fr)); }
ol.sources.cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
ol.sources.cols-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.source { border-top: 2px solid var(--ink); padding-top: .5rem; }
.outlet { font-weight: 600; font-size: .95rem; }
.headline { font-size: 1.05rem; margin: .2rem 0 .35rem; line-height: 1.35; }
.facts, .url { font-size: .8rem; line-height: 1.45; }
.url { margin-top: .2rem; }
.tag { font-variant-numeric: tabular-nums; color: var(--accent); font-weight: 600; }
.notice { margin: 1rem 0 0; padding: .5rem .75rem; background: var(--tint); border-left: 3px solid #b9a878; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; }
table.summary { font-size: .85rem; width: auto; min-width: 60%; }
table.summary th, table.summary td { padding: .35rem .6rem; border-bottom: 1px solid var(--rule); text-align: right; font-variant-numeric: tabular-nums; }
table.summary th:first-child { text-align: left; font-weight: 500; }
table.summary thead th { font-weight: 600; color: var(--muted); font-size: .78rem; vertical-align: bottom; }
.legend { font-size: .85rem; color: var(--muted); }
table.rows { table-layout: fixed; }
table.rows col.rowcol { width: 3.6rem; }
table.rows thead th { text-align: left; font-size: .9rem; padding: .4rem .75rem; border-bottom: 2px solid var(--ink); }
table.rows td, table.rows th.rowhead { vertical-align: top; padding: .6rem .75rem; border-bottom: 1px solid var(--rule); }
table.rows td + td, table.rows th + td, table.rows thead th + th { border-left: 1px solid var(--rule); }
table.rows td p { margin: 0 0 .55rem; overflow-wrap: break-word; }
table.rows td p:last-child { margin-bottom: 0; }
table.rows td.absent { background: repeating-linear-gradient(135deg, transparent 0 6px, #f3f1ec 6px 7px); }
table.rows td.only { background: #fbf8ef; }
th.rowhead { text-align: left; font-weight: 400; font-size: .75rem; color: var(--muted); }
.rownum { display: block; font-weight: 600; color: var(--ink); font-size: .85rem; }
.similarity { display: block; font-variant-numeric: tabular-nums; }
.badges { margin-bottom: .35rem; }
.badge { display: inline-block; font-size: .68rem; letter-spacing: .02em; text-transform: uppercase; padding: .05rem .4rem;
  margin-right: .3rem; border: 1px solid var(--rule); border-radius: 3px; color: var(--muted); background: var(--paper); }
.badge.only { border-color: #c9b66f; color: #6b5514; background: #fff8df; }
.badge.moved { border-color: #9db4d8; color: #24508f; background: #eef3fb; }
.badge.earliest { border-color: #9fc79f; color: #1d5a22; background: #eef7ec; }
ins { text-decoration: none; background: var(--ins); color: var(--ins-ink); border-bottom: 1px solid #9fc79f; }
del { text-decoration: line-through; text-decoration-color: #c0665c; background: var(--del); color: var(--del-ink); }
del + ins { margin-left: .15em; }
ul.quotes { list-style: none; padding: 0; margin: 0; max-width: 62rem; }
ul.quotes > li { padding: .5rem 0; border-bottom: 1px solid var(--rule); }
q { quotes: "“" "”" "‘" "’"; font-style: italic; }
.speaker { color: var(--muted); }
.quoted-by { font-size: .8rem; color: var(--muted); margin-top: .15rem; }
ul.forms { list-style: none; margin: .25rem 0 0; padding-left: 1.1rem; font-size: .9rem; }
ul.forms li { margin-top: .15rem; }
@media print {
  @page { size: landscape; margin: 14mm; }
  body { padding: 0; max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, .source, ul.quotes > li { break-inside: avoid; }
  thead { display: table-header-group; }
  ins, del, .badge, td.only, td.absent { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
