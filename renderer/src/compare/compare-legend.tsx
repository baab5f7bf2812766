/** What the marks in the passages mean, in one calm line under them. */
export function CompareLegend() {
  return (
    <footer className="cmp-legend" aria-label="What the marks mean">
      <span>
        Each passage is marked against the first one in its row: <ins className="cmp-added">added</ins> <ins className="cmp-changed">changed</ins>{' '}
        <del className="cmp-ghost" data-text="left out" />
      </span>
      <span>
        <span className="cmp-quote">“quoted in several”</span> <span className="cmp-quote cmp-quote-only">“quoted here only”</span>
      </span>
      <span>
        <span className="cmp-legend-bar" aria-hidden="true" /> how alike a row is
      </span>
    </footer>
  );
}
