import { memo } from 'react';
import type { GhostPiece, MarkedParagraph, TextPiece } from './cell-marks';

const GHOST_WORDS = 6;

/**
 * A passage's text, paragraph by paragraph. Each text piece carries its offset in the
 * clipping's canonical text (`data-s`), which is how a selection becomes a range of
 * it (use-passage-selection.ts). Ghosts — the first passage's words that this one
 * lacks — are `<del>` with the words drawn by CSS: outside the text and its offsets.
 */
export const PassageText = memo(function PassageText({
  paragraphs,
  row,
  source,
  baseName,
}: {
  paragraphs: MarkedParagraph[];
  row: number;
  source: number;
  baseName: string;
}) {
  return (
    <div className="cmp-text" data-row={row} data-source={source}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.pieces.map((piece, i) => (piece.kind === 'ghost' ? <Ghost key={i} piece={piece} baseName={baseName} /> : <Text key={i} piece={piece} />))}
        </p>
      ))}
    </div>
  );
});

function Text({ piece }: { piece: TextPiece }) {
  const Tag = piece.diff ? 'ins' : 'span';
  const className = [
    piece.diff && `cmp-${piece.diff}`,
    piece.quote && (piece.quote.exclusive ? 'cmp-quote cmp-quote-only' : 'cmp-quote'),
    piece.highlight && 'annotation-mark',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Tag
      data-s={piece.start}
      className={className || undefined}
      data-quote={piece.quote?.index}
      data-color={piece.highlight?.color}
      data-annotation-id={piece.highlight?.id}
      tabIndex={piece.quoteFirst ? 0 : undefined}
      title={piece.highlight?.comment || undefined}
    >
      {piece.text}
    </Tag>
  );
}

function Ghost({ piece, baseName }: { piece: GhostPiece; baseName: string }) {
  const words = piece.text.split(/\s+/);
  const shown = words.length > GHOST_WORDS ? `${words.slice(0, GHOST_WORDS - 2).join(' ')} …` : piece.text;
  const what = piece.op === 'removed' ? `Only in ${baseName}` : `${baseName} has`;
  // The words are drawn by CSS (::before): not in the passage's text, so never selected, copied or counted.
  return <del className="cmp-ghost" data-ghost="" data-op={piece.op} data-text={shown} title={`${what}: “${piece.text}”`} />;
}
