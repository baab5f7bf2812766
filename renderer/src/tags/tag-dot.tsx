import type { TagColor } from '../../../shared/domain/tag';

export const tagColorLabels: Record<TagColor, string> = {
  red: 'Red',
  orange: 'Orange',
  yellow: 'Yellow',
  green: 'Green',
  teal: 'Teal',
  blue: 'Blue',
  purple: 'Purple',
  pink: 'Pink',
  gray: 'Grey',
};

/** The CSS colour of a tag colour (tags.css defines the palette). */
export function tagColorVar(color: string | null): string | undefined {
  return color ? `var(--tag-${color})` : undefined;
}

/** A tag's colour as a small dot; a ring when it has none, so names line up. */
export function TagDot({ color }: { color: string | null }) {
  return <span className="tag-dot" data-color={color ?? undefined} style={{ background: tagColorVar(color) }} aria-hidden="true" />;
}
