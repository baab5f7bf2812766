export const HELP_TEXT = `Dossier — a research notebook for news clippings.

Usage: dossier <command> [options]

Commands:
  add [--title T] [--url U] FILE|-   Clip an .html, .htm, .txt or .md file (- reads stdin;
                                     --format html|text|markdown for stdin, default: guessed)
                                     and print the new clipping as JSON.
  extract [--url URL] FILE...        Extract articles without storing them: one JSON object
                                     per file (title, authors, outlet, dates, text, images…).
                                     .html, .htm, .mhtml, and any of them gzipped.
  list [--json] [--trash]            List clippings, newest first (--json: one object per line).
  show ID [--json]                   Show one clipping (--json: metadata, document, text).
  trash ID                           Move a clipping to the trash.
  restore ID                         Restore a clipping from the trash.
  samples                            Add the sample dossier (fictional articles).
  serve [--port P] [--no-open]       Run Dossier in browser mode on 127.0.0.1.

Options for every command:
  --data-dir DIR                     The library folder (default: $DOSSIER_DATA_DIR, else
                                     the user data folder, e.g. ~/.config/Dossier).
  -h, --help                         Show this help.
  -v, --version                      Show the version.
`;
