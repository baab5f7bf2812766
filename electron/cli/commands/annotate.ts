import { reanchor } from '../../../shared/annotations/reanchor';
import { ApiError } from '../../../shared/api/errors';
import { annotationKinds, highlightColors, type Annotation, type AnnotationKind, type HighlightColor } from '../../../shared/domain/annotation';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';
import { parseId } from './parse-id';

export interface AnnotateOptions {
  id: string | undefined;
  quote: string | undefined;
  prefix?: string;
  suffix?: string;
  comment?: string;
  tags: string[];
  color?: string;
  kind?: string;
  speaker?: string;
  json: boolean;
}

/**
 * `dossier annotate ID --quote TEXT …`: highlights the quote in the clipping's text
 * (found the way a stored annotation is re-anchored, prefix and suffix deciding between
 * repeats) with a comment, tags, a colour, a kind and a speaker.
 */
export async function annotateCommand(context: CliContext, options: AnnotateOptions): Promise<void> {
  const clippingId = parseId(options.id, 'annotate');
  if (!options.quote) throw new UsageError('annotate needs --quote TEXT (the words to highlight, as in the clipping).');
  const color = parseColor(options.color);
  const kind = parseKind(options.kind);
  const { text } = await context.call('clippings.get', { id: clippingId });
  const found = reanchor(text, { exact: options.quote, prefix: options.prefix, suffix: options.suffix });
  if ('orphan' in found) {
    throw new ApiError('not_found', `The quote was not found in clipping ${clippingId}${options.prefix || options.suffix ? '' : ', or it occurs more than once: add --prefix or --suffix'}.`);
  }
  const annotation = await context.call('annotations.create', {
    clippingId,
    range: { start: found.start, end: found.end, exact: found.exact },
    color,
    kind,
    speaker: options.speaker ?? null,
    comment: options.comment ?? '',
    tags: options.tags,
  });
  if (options.json) return context.stdout(JSON.stringify(annotation));
  context.stdout(`Annotation ${annotation.id} on clipping ${clippingId}: ${describe(annotation)}`);
}

/** `dossier annotations [ID] --json`: one clipping's annotations, or every live one in the library. */
export async function annotationsCommand(context: CliContext, options: { id: string | undefined; json: boolean }): Promise<void> {
  const annotations = options.id === undefined ? await allAnnotations(context) : await context.call('annotations.list', { clippingId: parseId(options.id, 'annotations') });
  if (options.json) return context.stdout(JSON.stringify(annotations));
  if (annotations.length === 0) return context.stdout('No annotations.');
  for (const annotation of annotations) context.stdout(`${String(annotation.id).padStart(6)}  [${annotation.clippingId}] ${describe(annotation)}`);
}

async function allAnnotations(context: CliContext): Promise<Annotation[]> {
  const all: Annotation[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await context.call('annotations.search', { limit: 500, offset });
    all.push(...page.items);
    if (page.items.length < 500) return all;
  }
}

function describe(annotation: Annotation): string {
  const quote = annotation.target ? `“${annotation.target.exact.replace(/\s+/g, ' ')}”` : '(page note)';
  const details = [
    annotation.kind,
    annotation.speaker && `speaker: ${annotation.speaker}`,
    annotation.orphaned && 'orphan',
    annotation.tags.length > 0 && `tags: ${annotation.tags.map((tag) => tag.path).join(', ')}`,
  ].filter(Boolean);
  return `${quote}${details.length ? ` (${details.join('; ')})` : ''}${annotation.comment ? ` — ${annotation.comment.replace(/\s+/g, ' ')}` : ''}`;
}

function parseColor(value: string | undefined): HighlightColor {
  if (value === undefined) return 1;
  const color = Number(value);
  if (!(highlightColors as readonly number[]).includes(color)) throw new UsageError('--color takes a number from 1 to 5.');
  return color as HighlightColor;
}

function parseKind(value: string | undefined): AnnotationKind | null {
  if (value === undefined) return null;
  if (!(annotationKinds as readonly string[]).includes(value)) throw new UsageError(`--kind is one of ${annotationKinds.join(', ')}.`);
  return value as AnnotationKind;
}
