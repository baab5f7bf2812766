import type { MovedMarker as Marker } from './compare-layout';
import { useCompareModel } from './compare-model';
import { ordinal } from './source-names';

/**
 * In a source's column, where one of its passages would be in its own order but is not
 * (the rows follow the first source, so it is shown beside the passage it matches):
 * a link to it.
 */
export function MovedMarker({ marker, line }: { marker: Marker; line: number }) {
  const model = useCompareModel();
  const cell = model.result.rows[marker.row]!.cells[marker.source]!;
  const below = model.layout.lineOfRow[marker.row]! > line;
  return (
    <button
      type="button"
      className="cmp-moved-marker"
      onClick={() => model.reveal([{ row: marker.row, source: marker.source }])}
      title={`${model.names[marker.source]} has its ${ordinal(cell.blockStart + 1)} paragraph here; the rows follow the first source, so it is shown beside the passage it matches. Show it.`}
    >
      <span aria-hidden="true">{below ? '↓' : '↑'}</span> {marker.afterRow === null ? 'Opens with' : 'Next comes'} its {ordinal(cell.blockStart + 1)} paragraph, shown{' '}
      {below ? 'lower' : 'higher'} beside its match
    </button>
  );
}
