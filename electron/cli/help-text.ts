export const HELP_TEXT = `Dossier — a research notebook for news clippings.

Usage: dossier <command> [options]

Commands:
  add URL|FILE|FOLDER|-...           Clip web pages (fetched), saved pages (.html, .htm, .mhtml),
      [--title T] [--url U]          .txt or .md files, any of them gzipped, or stdin (-, with
      [--new-version]                --format html|text|markdown, default: guessed). Prints one
                                     JSON line per item with "status": created, version, or
                                     duplicate (already in the library; nothing stored unless
                                     --new-version keeps it as a new version of that article).
      [--tag PATH]...                Tag what is added (DPRK/youth), and put it in
      [--collection NAME]...         collections; both are created when new.
  extract [--url URL] FILE...        Extract articles without storing them: one JSON object
                                     per file (title, authors, outlet, dates, text, images…).
                                     .html, .htm, .mhtml, and any of them gzipped.
  list [--json] [--trash]            List clippings, newest first (--json: one object per line).
  search QUERY [--limit N] [--json]  Search the library: words, "a phrase", prefix*, -excluded,
                                     tag:DPRK/youth outlet:yonhap lang:ko after:2025-03-01
                                     before:… in:collection is:starred|unread. --json prints
                                     {total, items: [{id, title, snippet, …}], searched}.
  show ID [--json]                   Show one clipping (--json: metadata, document, text).
  annotate ID --quote TEXT           Highlight TEXT in clipping ID (--prefix/--suffix: the words
      [--prefix P] [--suffix S]      just before/after it, when it occurs more than once), with a
      [--comment C] [--tag T]...     comment, tags, a colour (1-5), a kind (quote, claim, fact,
      [--color N] [--kind K]         note) and who is quoted.
      [--speaker S] [--json]
  annotations [ID] [--json]          The annotations of clipping ID, or of the whole library.
  quotes FILE|ID [--json]            The quotations found in a file or a clipping, with their
                                     speakers: [{start, end, text, speaker}] on a clipping's
                                     canonical text, a .txt file's own text (as anchor counts), or
                                     the article of an .html or .md file (as add would store it).
  compare ID ID [ID ...] [--json]    Align 2–4 clippings: which passages each kept, moved or
                                     added, and the quotes they share. --json prints {sources,
                                     rows: [{cells: [{id, blockStart, blockEnd, text}|null],
                                     similarity}], quotes: [{text, speaker, occurrences}]}.
      [--format md|html] [--out F]   Export the comparison as Markdown or one standalone HTML
                                     page (sources, summary, aligned rows with diff marks,
                                     quotes): to stdout, or written to F (replaced whole).
  related ID [--limit N] [--json]    Other clippings about the same story, best first, labelled
                                     same story, near-copy or related (--json: [{id, score, label}]).
  anchor --text FILE --quote Q       Find Q in a plain text file as an annotation is re-anchored:
      [--prefix P] [--suffix S]      prints {start, end, exact}, or {orphan: true}. --start N is
      [--start N]                    where the quote was before the text changed.
  note add FILE.md [--title T]       Make a note of a Markdown file; [@12] in it cites clipping
      [--collection NAME]...         12. Prints {id, title, citations}. The title is the first
                                     heading unless --title sets it.
  notes [--json] [--trash]           List notes, newest change first (--json: one object per line,
                                     {id, title, updatedAt, citations, collections}).
  export note ID --format F          Export a note as md (front matter, footnotes), html, docx or
      [--out FILE|FOLDER]            pdf (needs Chromium). Citations are footnotes (Chicago, or APA
      [--bibliography chicago|apa]   with --bibliography apa, which adds a bibliography). Exporting
                                     into a folder again replaces the note's earlier file.
  export annotations ID              A clipping's or a collection's annotations as md (grouped by
      [--collection C]               clipping) or csv; md and csv go to stdout without --out.
      --format md|csv [--out F]
  trash ID                           Move a clipping to the trash.
  restore ID                         Restore a clipping from the trash.
  samples                            Add the sample dossier (fictional articles).
  serve [--port P] [--no-open]       Run Dossier in browser mode on 127.0.0.1, with the browser
      [--bridge-port B]              bridge's clipper endpoint on port B (default 47950).

Options for every command:
  --data-dir DIR                     The library folder (default: $DOSSIER_DATA_DIR, else
                                     the user data folder, e.g. ~/.config/Dossier).
  -h, --help                         Show this help.
  -v, --version                      Show the version.
`;
