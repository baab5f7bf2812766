import { AlignmentType, LevelFormat, type ILevelsOptions, type IParagraphStyleOptions } from 'docx';

/**
 * The exported document's own paragraph styles: Word's "Quote" for block and cited quotes
 * (indented, italic), the cited quote's source line under it, code, and bibliography
 * entries with a hanging indent.
 */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'Quote',
    name: 'Quote',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: true, color: '404040' },
    paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
  },
  {
    id: 'QuoteSource',
    name: 'Quote Source',
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: 18, color: '666666' },
    paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 200 } },
  },
  { id: 'Code', name: 'Code', basedOn: 'Normal', run: { font: 'Courier New', size: 19 }, paragraph: { spacing: { before: 0, after: 0 } } },
  { id: 'Bibliography', name: 'Bibliography', basedOn: 'Normal', paragraph: { indent: { left: 720, hanging: 720 }, spacing: { after: 120 } } },
];

/** The nine levels of a bullet list, or of a numbered list starting at `start`. */
export function listLevels(format: 'bullet' | 'decimal', start = 1): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level % 3]! : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}
