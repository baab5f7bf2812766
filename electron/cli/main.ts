import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { openCliContext, VERSION, type CliContext } from './cli-context';
import { addCommand } from './commands/add';
import { anchorCommand } from './commands/anchor';
import { annotateCommand, annotationsCommand } from './commands/annotate';
import { compareCommand } from './commands/compare';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { listCommand } from './commands/list';
import { noteCommand, notesCommand } from './commands/notes';
import { quotesCommand } from './commands/quotes';
import { relatedCommand } from './commands/related';
import { samplesCommand } from './commands/samples';
import { searchCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { showCommand } from './commands/show';
import { restoreCommand, trashCommand } from './commands/trash';
import { HELP_TEXT } from './help-text';
import { UsageError } from './usage-error';

const OPTIONS = {
  'data-dir': { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  bibliography: { type: 'string' },
  port: { type: 'string' },
  'bridge-port': { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  tag: { type: 'string', multiple: true },
  collection: { type: 'string', multiple: true },
  trash: { type: 'boolean' },
  'no-open': { type: 'boolean' },
  'new-version': { type: 'boolean' },
  text: { type: 'string' },
  quote: { type: 'string' },
  prefix: { type: 'string' },
  suffix: { type: 'string' },
  start: { type: 'string' },
  comment: { type: 'string' },
  color: { type: 'string' },
  kind: { type: 'string' },
  speaker: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/** Runs one CLI invocation; resolves to the process exit code. */
export async function main(argv: string[], stdout = (line: string) => console.log(line), stderr = (line: string) => console.error(line)): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    stderr(`dossier: ${(error as Error).message}\nRun "dossier --help" for usage.`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) return stdout(VERSION), 0;
  if (values.help || !command || command === 'help') return stdout(HELP_TEXT), 0;

  let context: CliContext | undefined;
  try {
    // extract stores nothing, so it never opens (or creates) a library.
    if (command === 'extract') return (await extractCommand(rest, values.url, stdout)) ? 0 : 1;
    if (command === 'anchor') {
      await anchorCommand({ textFile: values.text, quote: values.quote, prefix: values.prefix, suffix: values.suffix, start: values.start }, stdout);
      return 0;
    }
    // Capturing commands extract on worker threads, so a hostile page cannot take the process down.
    const capture = command === 'serve' || command === 'add' ? 'workers' : 'in-process';
    context = openCliContext(values['data-dir'], command === 'serve' ? 'browser' : 'cli', stdout, stderr, capture);
    await run(context, command, rest, values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`dossier: ${error.message}\nRun "dossier --help" for usage.`);
      return 2;
    }
    const message = error instanceof ApiError ? error.message : String((error as Error)?.stack ?? error);
    // An empty message: the command already reported the failure itself.
    if (message) stderr(`dossier: ${message}`);
    return 1;
  } finally {
    context?.library.close();
  }
}

async function run(context: CliContext, command: string, args: string[], values: Values): Promise<void> {
  switch (command) {
    case 'add':
      return addCommand(context, {
        targets: args,
        title: values.title,
        url: values.url,
        format: values.format,
        newVersion: values['new-version'],
        tags: values.tag ?? [],
        collections: values.collection ?? [],
      });
    case 'search':
      return searchCommand(context, { words: args, limit: values.limit, json: values.json === true });
    case 'annotate':
      return annotateCommand(context, {
        id: args[0],
        quote: values.quote,
        prefix: values.prefix,
        suffix: values.suffix,
        comment: values.comment,
        tags: values.tag ?? [],
        color: values.color,
        kind: values.kind,
        speaker: values.speaker,
        json: values.json === true,
      });
    case 'annotations':
      return annotationsCommand(context, { id: args[0], json: values.json === true });
    case 'compare':
      return compareCommand(context, { ids: args, json: values.json === true, format: values.format, out: values.out });
    case 'export':
      return exportCommand(context, args, { format: values.format, out: values.out, bibliography: values.bibliography, collections: values.collection ?? [] });
    case 'related':
      return relatedCommand(context, { id: args[0], limit: values.limit, json: values.json === true });
    case 'quotes':
      return quotesCommand(context, { target: args[0], json: values.json === true });
    case 'list':
      return listCommand(context, { json: values.json === true, view: values.trash ? 'trash' : 'library' });
    case 'note':
      return noteCommand(context, args, { title: values.title, collections: values.collection ?? [] });
    case 'notes':
      return notesCommand(context, { json: values.json === true, trash: values.trash === true });
    case 'show':
      return showCommand(context, { id: args[0], json: values.json === true });
    case 'trash':
      return trashCommand(context, args[0]);
    case 'restore':
      return restoreCommand(context, args[0]);
    case 'samples':
      return samplesCommand(context);
    case 'serve':
      return serveCommand(context, { port: values.port, bridgePort: values['bridge-port'], open: values['no-open'] !== true });
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}
