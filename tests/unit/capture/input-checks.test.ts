import { describe, expect, it, vi } from 'vitest';
import { prepareFromFile, prepareFromPaste } from '../../../electron/core/capture/prepare-clipping';
import { MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { fixtureBytes, rejectionOf } from './capture-test-helpers';

// None of these inputs may get as far as parsing: loading the parser fails the test.
vi.mock('linkedom', () => {
  throw new Error('the HTML parser was loaded for input that should have been refused first');
});
vi.mock('markdown-it', () => {
  throw new Error('markdown-it was loaded for input that should have been refused first');
});

const encode = (text: string) => new TextEncoder().encode(text);

describe('size limit', () => {
  it('refuses a 21 MB file before sniffing or parsing it', async () => {
    const bytes = new Uint8Array(21 * 1024 * 1024);
    bytes.set(fixtureBytes('photo-renamed.html'));
    const message = await rejectionOf(prepareFromFile({ fileName: 'big.html', bytes }), 'too_large');
    expect(message).toBe('“big.html” is 21.0 MB; Dossier clips pages up to 20 MB.');
  });

  it('refuses 21 MB of pasted content', async () => {
    const content = `<p>${'a'.repeat(21 * 1024 * 1024)}</p>`;
    const message = await rejectionOf(prepareFromPaste({ format: 'html', content }), 'too_large');
    expect(message).toBe('The pasted content is 21.0 MB; Dossier clips pages up to 20 MB.');
  });

  it('measures pasted content in UTF-8 bytes, not characters', async () => {
    const content = '한'.repeat(Math.floor(MAX_CLIPPING_BYTES / 3) + 1);
    await rejectionOf(prepareFromPaste({ format: 'text', content }), 'too_large');
  });
});

describe('empty input', () => {
  it('refuses an empty file and a whitespace-only file', async () => {
    expect(await rejectionOf(prepareFromFile({ fileName: 'a.html', bytes: new Uint8Array() }), 'empty')).toBe(
      '“a.html” is empty; there is nothing to clip.',
    );
    expect(await rejectionOf(prepareFromFile({ fileName: 'a.txt', bytes: encode(' \n\t\u00a0\r\n') }), 'empty')).toBe(
      '“a.txt” contains only blank space; there is nothing to clip.',
    );
    const utf16Blank = new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]);
    await rejectionOf(prepareFromFile({ fileName: 'b.txt', bytes: utf16Blank }), 'empty');
  });

  it('refuses empty and whitespace-only pastes in every format', async () => {
    for (const format of ['html', 'text', 'markdown'] as const) {
      await rejectionOf(prepareFromPaste({ format, content: '' }), 'empty');
      await rejectionOf(prepareFromPaste({ format, content: '  \n\n  ' }), 'empty');
    }
  });
});

describe('unsupported files', () => {
  it('names what a renamed binary file looks like', async () => {
    expect(await rejectionOf(prepareFromFile({ fileName: 'photo.html', bytes: fixtureBytes('photo-renamed.html') }), 'unsupported_file')).toBe(
      'This file is not HTML or text (it looks like a PNG image).',
    );
    expect(await rejectionOf(prepareFromFile({ fileName: 'statement.html', bytes: fixtureBytes('statement-renamed.html') }), 'unsupported_file')).toBe(
      'This file is not HTML or text (it looks like a PDF document).',
    );
    expect(await rejectionOf(prepareFromFile({ fileName: 'report.txt', bytes: fixtureBytes('report-renamed.txt') }), 'unsupported_file')).toBe(
      'This file is not HTML or text (it looks like a Word document).',
    );
    expect(await rejectionOf(prepareFromFile({ fileName: 'archive.zip', bytes: fixtureBytes('archive.zip') }), 'unsupported_file')).toBe(
      'This file is not HTML or text (it looks like a ZIP archive).',
    );
    expect(await rejectionOf(prepareFromFile({ fileName: 'x.md', bytes: encode('abc\u0000def') }), 'unsupported_file')).toBe(
      'This file is not HTML or text (it looks like a binary file).',
    );
  });

  it('refuses text files with an extension Dossier does not clip', async () => {
    const message = await rejectionOf(prepareFromFile({ fileName: 'data.csv', bytes: encode('a,b\n1,2\n') }), 'unsupported_file');
    expect(message).toBe("Dossier can't clip .csv files. Dossier can clip .html, .htm, .mhtml, .txt and .md files, and any of them gzipped.");
    const none = await rejectionOf(prepareFromFile({ fileName: 'README', bytes: encode('hello') }), 'unsupported_file');
    expect(none).toContain('files without an extension');
  });

  it('refuses undecodable text with an encoding error', async () => {
    const message = await rejectionOf(prepareFromFile({ fileName: 'old.txt', bytes: fixtureBytes('latin1-undeclared.txt') }), 'encoding');
    expect(message).toContain('“old.txt” is not UTF-8 and declares no character set');
    expect(message).toContain('Save it as UTF-8');
  });
});
