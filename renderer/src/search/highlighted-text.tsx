import { highlightParts } from './highlight-parts';

/** A snippet with its search matches in <mark>: built from offsets, never from HTML. */
export function HighlightedText({ text, highlights }: { text: string; highlights: ReadonlyArray<readonly [number, number]> }) {
  return (
    <>
      {highlightParts(text, highlights).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
