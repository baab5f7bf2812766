import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';

/** The sidebar's one scrolling area: every windowed tree in it scrolls with it. */
export const SidebarScrollContext = createContext<HTMLElement | null>(null);

export function useSidebarScroll(): HTMLElement | null {
  return useContext(SidebarScrollContext);
}

/**
 * How far below the top of the scrolling content `ref` starts: a windowed tree's
 * `scrollMargin`. Sections above open and close, so it is measured again whenever
 * the content changes size.
 */
export function useScrollMargin(scrollElement: HTMLElement | null, ref: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!scrollElement || !element) return;
    const measure = () => {
      const next = element.getBoundingClientRect().top - scrollElement.getBoundingClientRect().top + scrollElement.scrollTop;
      setMargin((previous) => (Math.abs(previous - next) < 0.5 ? previous : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scrollElement.firstElementChild ?? scrollElement);
    return () => observer.disconnect();
  }, [scrollElement, ref]);
  return margin;
}
