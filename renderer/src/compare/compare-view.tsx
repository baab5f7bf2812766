import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison } from '../../../shared/domain/comparison';
import { errorMessage } from '../api/error-message';
import { AlignedGrid, type Revealer } from './aligned-grid';
import { CompareAnnotator } from './compare-annotator';
import { CompareLegend } from './compare-legend';
import { useCompare } from './compare-context';
import { buildLayout } from './compare-layout';
import { CompareModelContext, passageKey, quoteSpansOf, type CompareModel, type PassageRef } from './compare-model';
import { CompareToolbar } from './compare-toolbar';
import { QuoteHover, useQuoteHover, type ActiveQuote } from './quote-hover';
import { QuotesPanel } from './quotes-panel';
import { SourceColumns } from './source-columns';
import { SourceHeaders } from './source-headers';
import { sourceNames } from './source-names';
import { useComparison, useSourceHighlights } from './use-comparison';
import { useCompareKeys } from './use-compare-keys';
import { useOpenInReader } from './use-open-in-reader';

const FLASH_MS = 1400;

/**
 * The Compare view (issue 6): 2–4 clippings side by side, in place of the list and the
 * reader while `useCompare().ids` is set. The alignment runs in the core, off the main
 * thread; this view lays it out, windowed, so no comparison can freeze the window.
 */
export function CompareView({ ids }: { ids: readonly number[] }) {
  const { open, close } = useCompare();
  const query = useComparison(ids);
  const [synced, setSynced] = useState(true);
  const [quotesOpen, setQuotesOpen] = useState(false);
  const [fullText, setFullText] = useState(false);
  const toggleSynced = useCallback(() => setSynced((on) => !on), []);
  useCompareKeys({ onClose: close, onToggleSynced: toggleSynced });

  // Keys work at once, and focus goes back where it was when the view closes.
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    rootRef.current?.focus();
    return () => {
      if (before?.isConnected) requestAnimationFrame(() => before.focus());
    };
  }, []);

  const data = query.data;
  return (
    <section ref={rootRef} className="compare-view" aria-label="Compare" tabIndex={-1} aria-busy={query.isFetching}>
      <CompareToolbar
        comparison={data}
        count={ids.length}
        busy={query.isFetching}
        synced={synced}
        onToggleSynced={toggleSynced}
        quotesOpen={quotesOpen}
        onToggleQuotes={() => setQuotesOpen((on) => !on)}
        fullText={fullText}
        onToggleFullText={() => setFullText((on) => !on)}
        onClose={close}
      />
      {query.isError ? (
        <div className="cmp-message" role="alert">
          <p>{errorMessage(query.error)}</p>
          <button type="button" className="button" onClick={close}>
            Back to the list
          </button>
        </div>
      ) : !data ? (
        <div className="cmp-message" role="status">
          <span className="spinner" aria-hidden="true" />
          <p>Comparing {ids.length} clippings…</p>
        </div>
      ) : (
        <CompareBody
          // A new comparison (a column moved or removed) starts afresh: bands and scroll belong to the old lines.
          key={data.sources.map((source) => source.id).join(',')}
          comparison={data}
          synced={synced}
          fullText={fullText}
          quotesOpen={quotesOpen}
          onCloseQuotes={() => setQuotesOpen(false)}
          onReorder={open}
        />
      )}
    </section>
  );
}

function CompareBody({
  comparison,
  synced,
  fullText,
  quotesOpen,
  onCloseQuotes,
  onReorder,
}: {
  comparison: Comparison;
  synced: boolean;
  fullText: boolean;
  quotesOpen: boolean;
  onCloseQuotes(): void;
  onReorder(ids: number[]): void;
}) {
  const { result } = comparison;
  const layout = useMemo(() => buildLayout(result), [result]);
  const names = useMemo(() => sourceNames(comparison.sources, comparison.versions), [comparison]);
  const quoteSpans = useMemo(() => quoteSpansOf(result), [result]);
  const highlights = useSourceHighlights(useMemo(() => comparison.sources.map((s) => s.id), [comparison]));
  const openClipping = useOpenInReader();

  const revealRef = useRef<Revealer | null>(null);
  const anchorRef = useRef<number | null>(null);
  const [flashing, setFlashing] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (flashing.size === 0) return;
    const timer = setTimeout(() => setFlashing(new Set()), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashing]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggleBand = useCallback(
    (line: number) =>
      setExpanded((open) => {
        const next = new Set(open);
        if (!next.delete(line)) next.add(line);
        return next;
      }),
    [],
  );
  const reveal = useCallback(
    (targets: PassageRef[]) => {
      // A passage in a band cut short: the band opens, and the grid scrolls once it has.
      const bands = targets.flatMap((t) => layout.lines[layout.lineOfRow[t.row]!]!.band ?? []);
      if (bands.some((band) => !expanded.has(band))) setExpanded((open) => new Set([...open, ...bands]));
      revealRef.current?.(targets);
      setFlashing(new Set(targets.map(passageKey)));
    },
    [layout, expanded],
  );

  const model = useMemo(
    (): CompareModel => ({
      comparison,
      result,
      layout,
      names,
      quoteSpans,
      highlights,
      reveal,
      flashing,
      expanded,
      // With nothing aligned there is nothing to bring into view: no band is cut short.
      fullText: fullText || !layout.lines.some((line) => line.kind === 'aligned'),
      toggleBand,
      openInReader: (source, range) => openClipping(comparison.sources[source]!.id, range),
    }),
    [comparison, result, layout, names, quoteSpans, highlights, reveal, flashing, expanded, fullText, toggleBand, openClipping],
  );

  const bodyRef = useRef<HTMLDivElement>(null);
  const [activeQuote, setActiveQuote] = useState<ActiveQuote | null>(null);
  useQuoteHover(bodyRef, setActiveQuote);

  return (
    <CompareModelContext.Provider value={model}>
      {comparison.notices.length > 0 && (
        <div className="cmp-notices" role="status">
          {comparison.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
      <div className="cmp-body" ref={bodyRef}>
        <div className="cmp-main" data-synced={synced ? '' : undefined} style={{ ['--cmp-columns' as string]: comparison.sources.length }}>
          <SourceHeaders onReorder={onReorder} />
          {synced ? <AlignedGrid revealRef={revealRef} anchorRef={anchorRef} /> : <SourceColumns revealRef={revealRef} anchorRef={anchorRef} />}
        </div>
        {quotesOpen && <QuotesPanel onActive={setActiveQuote} onClose={onCloseQuotes} />}
      </div>
      <CompareLegend />
      <QuoteHover active={activeQuote} />
      <CompareAnnotator rootRef={bodyRef} />
    </CompareModelContext.Provider>
  );
}
