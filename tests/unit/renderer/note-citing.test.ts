import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import type { NoteBacklink } from '../../../shared/domain/note';
import { citedInLabel, citesOnlyOtherVersions, notesCitingAnnotation, quoteRequestFor } from '../../../renderer/src/annotations/note-citing';

const highlight: Annotation = {
  id: 7,
  clippingId: 3,
  color: 4,
  kind: 'quote',
  speaker: 'the harbour master',
  comment: '',
  tags: [],
  target: { exact: 'We did not expect so many', prefix: '“', suffix: ',”', start: 120, end: 145, block: 2 },
  orphaned: false,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

const link = (noteId: number, annotationIds: number[], citesClipping = false, otherVersionIds: number[] = []): NoteBacklink => ({
  noteId,
  title: `Note ${noteId}`,
  updatedAt: '2026-12-02T10:00:00Z',
  citesClipping,
  annotationIds,
  otherVersionIds,
});

describe('quoteRequestFor', () => {
  it('hands a highlight’s exact words, speaker and ids to the note', () => {
    expect(quoteRequestFor(highlight)).toEqual({ clippingId: 3, annotationId: 7, text: 'We did not expect so many', speaker: 'the harbour master' });
  });

  it('offers nothing for a page note, an orphan or an empty quote', () => {
    expect(quoteRequestFor({ ...highlight, target: null })).toBeNull();
    expect(quoteRequestFor({ ...highlight, orphaned: true })).toBeNull();
    expect(quoteRequestFor({ ...highlight, target: { ...highlight.target!, exact: '  ' } })).toBeNull();
  });
});

describe('notesCitingAnnotation', () => {
  it('keeps the notes quoting that annotation, in order, and not those citing only the clipping or others', () => {
    const links = [link(1, [7, 9]), link(2, [], true), link(3, [9]), link(4, [7])];
    expect(notesCitingAnnotation(links, 7).map((l) => l.noteId)).toEqual([1, 4]);
    expect(notesCitingAnnotation(links, 8)).toEqual([]);
  });
});

describe('citedInLabel', () => {
  it('counts notes in words', () => {
    expect(citedInLabel(1)).toBe('Cited in 1 note');
    expect(citedInLabel(3)).toBe('Cited in 3 notes');
  });
});

describe('citesOnlyOtherVersions', () => {
  it('is true only for a note that cites another capture and nothing of this one', () => {
    expect(citesOnlyOtherVersions(link(1, [], false, [12]))).toBe(true);
    expect(citesOnlyOtherVersions(link(2, [7], false, [12]))).toBe(false);
    expect(citesOnlyOtherVersions(link(3, [], true, [12]))).toBe(false);
    expect(citesOnlyOtherVersions(link(4, [7]))).toBe(false);
  });
});
