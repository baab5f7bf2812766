import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CaptureOutcome, Clipping, ClippingSummary, SourceFormat } from '../../../shared/domain/clipping';
import { isWebUrl } from '../../../shared/document/safe-url';
import { formatBytes, MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { ApiError } from '../../../shared/api/errors';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';

const CLIPPABLE = /\.(html?|mht(ml)?|txt|md)(\.gz)?$/i;

export interface AddOptions {
  targets: string[];
  title?: string;
  url?: string;
  format?: string;
  /** Keep a capture of an article already in the library as its new version. */
  newVersion?: boolean;
  /** Tag paths to put on what is added (created when new). */
  tags?: string[];
  /** Collection names to put what is added in (created when new). */
  collections?: string[];
}

/**
 * Adds each target in turn — a web address, a file, or - for standard input — and
 * prints one JSON line per target: the clipping with `status` (created, version, or
 * duplicate: nothing stored, the existing clipping shown). A target that fails is
 * reported on stderr and the others go on; the command fails if any did.
 */
export async function addCommand(context: CliContext, options: AddOptions): Promise<void> {
  if (options.targets.length === 0) throw new UsageError('add needs a URL, a FILE, or - to read from standard input.');
  const targets = await expandFolders(options.targets);
  if (targets.length > 1 && (options.title || options.url)) throw new UsageError('--title and --url apply to a single target.');
  const failures: string[] = [];
  const collectionIds = await collectionsNamed(context, options.collections ?? []);
  for (const target of targets) {
    try {
      const outcome = await addOne(context, target, options);
      if (outcome.status !== 'duplicate') await label(context, outcome.clipping.id, options.tags ?? [], collectionIds);
      context.stdout(JSON.stringify(describe(outcome.status === 'duplicate' ? outcome : { ...outcome, clipping: await context.call('clippings.get', { id: outcome.clipping.id }).then(summaryOf) })));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      failures.push(target);
      context.stderr(targets.length > 1 ? `dossier: ${target}: ${error.message}` : `dossier: ${error.message}`);
    }
  }
  if (failures.length === 0) return;
  // One target: its message was the whole story. Several: say how many failed.
  const total = targets.length;
  throw new ApiError('invalid_input', total === 1 ? '' : `${failures.length} of ${total} could not be added.`);
}

/** A folder stands for the pages in it and its subfolders (files Dossier clips, by extension), in name order. */
async function expandFolders(targets: string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const target of targets) {
    const info = target === '-' || isWebUrl(target) ? null : await stat(target).catch(() => null);
    if (!info?.isDirectory()) {
      expanded.push(target);
      continue;
    }
    const entries = await readdir(target, { recursive: true, withFileTypes: true });
    const pages = entries
      .filter((entry) => entry.isFile() && CLIPPABLE.test(entry.name))
      .map((entry) => join(entry.parentPath ?? target, entry.name))
      .sort();
    if (pages.length === 0) throw new ApiError('empty', `There are no pages to clip in ${target} (.html, .htm, .mhtml, .txt, .md, or gzipped).`);
    expanded.push(...pages);
  }
  return expanded;
}

/** The ids of the named collections, creating those that do not exist yet. */
export async function collectionsNamed(context: CliContext, names: string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const existing = await context.call('collections.list', {});
  const ids: number[] = [];
  for (const name of names) {
    const found = existing.find((collection) => collection.name.toLowerCase() === name.trim().toLowerCase());
    ids.push(found ? found.id : (await context.call('collections.create', { name })).id);
  }
  return ids;
}

async function label(context: CliContext, id: number, tags: string[], collectionIds: number[]): Promise<void> {
  if (tags.length > 0) await context.call('tags.apply', { clippingIds: [id], add: tags });
  for (const collectionId of collectionIds) await context.call('collections.addClippings', { id: collectionId, clippingIds: [id] });
}

/** A clipping without its document, as the summary line prints it. */
function summaryOf({ doc: _doc, text: _text, capture: _capture, ...summary }: Clipping): ClippingSummary {
  return summary;
}

function addOne(context: CliContext, target: string, options: AddOptions): Promise<CaptureOutcome> {
  const common = { title: options.title, duplicates: options.newVersion ? ('newVersion' as const) : ('report' as const) };
  if (target === '-') return readStdin(options.format).then((input) => context.call('clippings.create', { ...common, url: options.url, ...input }));
  if (isWebUrl(target)) return context.call('clippings.createFromUrl', { ...common, url: target });
  return readClippingFile(target).then((file) => context.call('clippings.importFile', { ...common, url: options.url, ...file }));
}

function describe(outcome: CaptureOutcome) {
  return outcome.status === 'duplicate'
    ? { status: outcome.status, match: outcome.match, ...outcome.existing }
    : { status: outcome.status, imagesSkipped: outcome.imagesSkipped, ...outcome.clipping };
}

async function readClippingFile(path: string): Promise<{ fileName: string; dataBase64: string }> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new ApiError('not_found', `There is no file at ${path}.`);
  if (info.size > MAX_CLIPPING_BYTES) {
    throw new ApiError('too_large', `"${basename(path)}" is ${formatBytes(info.size)}; Dossier clips pages up to ${formatBytes(MAX_CLIPPING_BYTES)}.`);
  }
  return { fileName: basename(path), dataBase64: (await readFile(path)).toString('base64') };
}

async function readStdin(formatFlag: string | undefined): Promise<{ format: SourceFormat; content: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError('encoding', 'Standard input is not UTF-8 text. Save it to a file and add the file instead.');
  }
  return { format: parseFormat(formatFlag) ?? guessFormat(content), content };
}

function parseFormat(flag: string | undefined): SourceFormat | undefined {
  if (flag === undefined) return undefined;
  if (flag === 'html' || flag === 'text' || flag === 'markdown') return flag;
  throw new UsageError(`--format must be html, text or markdown, not "${flag}".`);
}

function guessFormat(content: string): SourceFormat {
  return /^\s*</.test(content) && /<\/?[a-z][\s\S]*>/i.test(content) ? 'html' : 'text';
}
