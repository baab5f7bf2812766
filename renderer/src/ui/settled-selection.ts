/**
 * Calls `onSettled` once per frame after the page's selection changes — but not while
 * the mouse is down, so a toolbar appears when the drag ends, not under the pointer.
 * Returns the function that stops listening.
 */
export function watchSettledSelection(onSettled: () => void): () => void {
  let pointerDown = false;
  let frame = 0;
  const read = () => {
    frame = 0;
    if (!pointerDown) onSettled();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(read);
  };
  const down = () => {
    pointerDown = true;
  };
  const up = () => {
    pointerDown = false;
    schedule();
  };
  document.addEventListener('selectionchange', schedule);
  document.addEventListener('pointerdown', down, true);
  document.addEventListener('pointerup', up, true);
  schedule();
  return () => {
    document.removeEventListener('selectionchange', schedule);
    document.removeEventListener('pointerdown', down, true);
    document.removeEventListener('pointerup', up, true);
    if (frame) cancelAnimationFrame(frame);
  };
}
