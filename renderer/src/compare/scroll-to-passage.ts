/**
 * After a windowed list has scrolled a line to the top, brings the passage itself
 * into view: a line of unmatched material can be taller than the window, and the
 * passage asked for may be far down in it. Waits a few frames for it to render.
 */
export function scrollToPassage(scroller: HTMLElement, key: string, frames = 12): void {
  const step = () => {
    const element = scroller.querySelector<HTMLElement>(`[data-passage="${key}"]`);
    if (!element) {
      if (--frames > 0) requestAnimationFrame(step);
      return;
    }
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.top > view.top + view.height * 0.6) scroller.scrollTop += box.top - view.top - 24;
  };
  requestAnimationFrame(() => requestAnimationFrame(step));
}
