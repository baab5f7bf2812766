/**
 * The buffers of the byte arrays in `value` (and its properties, two levels deep) that
 * can be moved to another thread: each array must span its whole ArrayBuffer, or moving
 * it would take bytes that are not ours (Node's Buffer pool) or detach a larger buffer.
 */
export function ownedBuffers(value: unknown, depth = 2): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (item: unknown, level: number) => {
    if (item instanceof Uint8Array) {
      const { buffer } = item;
      if (buffer instanceof ArrayBuffer && item.byteOffset === 0 && item.byteLength === buffer.byteLength) found.add(buffer);
    } else if (item && typeof item === 'object' && level < depth) {
      for (const child of Object.values(item)) visit(child, level + 1);
    }
  };
  visit(value, 0);
  return [...found];
}
