/**
 * The page's elements in document order, listed in one walk. Readers filter this
 * list (by tag first, then attributes) instead of each running selectors over the
 * page: on linkedom every selector query walks every node of the page, and metadata
 * alone needs about twenty of them. The page must not change while the list is used.
 */
export class PageElements {
  private readonly elements: Element[] = [];
  /** For each element, the index after its last descendant. */
  private readonly ends: number[] = [];
  private readonly positions = new Map<Element, number>();

  constructor(document: Document) {
    this.list(document);
  }

  /** The elements inside root, root excluded, in document order; every element for the document. */
  under(root: ParentNode | null | undefined): readonly Element[] {
    if (!root) return [];
    if (root.nodeType === 9) return this.elements;
    const i = this.positions.get(root as Element);
    if (i === undefined) return Array.from(root.querySelectorAll('*'));
    return this.elements.slice(i + 1, this.ends[i]);
  }

  /** The element's index in document order, or undefined when it was not listed. */
  positionOf(el: Element): number | undefined {
    return this.positions.get(el);
  }

  /** The element's index and the index after its last descendant. */
  spanOf(el: Element): { start: number; end: number } | null {
    const start = this.positions.get(el);
    return start === undefined ? null : { start, end: this.ends[start]! };
  }

  /**
   * From the document itself, not its root element: a malformed page can leave
   * elements beside <html>. Like querySelectorAll, a <template>'s content is left
   * out. Iterative: pages can nest deeply.
   */
  private list(document: Document): void {
    const open: number[] = [];
    const leave = (): void => {
      this.ends[open.pop()!] = this.elements.length;
    };
    let node: Element | null = document.firstElementChild;
    while (node) {
      this.positions.set(node, this.elements.length);
      open.push(this.elements.length);
      this.elements.push(node);
      this.ends.push(0);
      const child: Element | null = node.localName === 'template' ? null : node.firstElementChild;
      if (child) {
        node = child;
        continue;
      }
      let next: Element | null = null;
      for (let up: Element | null = node; up && !next; up = up.parentElement) {
        leave();
        next = up.nextElementSibling;
      }
      node = next;
    }
    while (open.length > 0) leave();
  }
}
