import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SourceFormat } from '../../../shared/domain/clipping';
import { formatBytes, MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { ApiError } from '../../../shared/api/errors';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';

export interface AddOptions {
  target: string | undefined;
  title?: string;
  url?: string;
  format?: string;
}

export async function addCommand(context: CliContext, options: AddOptions): Promise<void> {
  if (!options.target) throw new UsageError('add needs a FILE, or - to read from standard input.');
  const meta = { title: options.title, url: options.url };
  const created =
    options.target === '-'
      ? await context.call('clippings.create', { ...meta, ...(await readStdin(options.format)) })
      : await context.call('clippings.importFile', { ...meta, ...(await readClippingFile(options.target)) });
  context.stdout(JSON.stringify(created));
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
