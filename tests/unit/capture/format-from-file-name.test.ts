import { describe, expect, it } from 'vitest';
import { fileStemOf } from '../../../electron/core/capture/capture-source';
import { formatFromFileName } from '../../../electron/core/capture/format-from-file-name';
import { thrownBy } from './capture-test-helpers';

describe('formatFromFileName', () => {
  it('maps the supported extensions, in any case', () => {
    expect(formatFromFileName('a.html')).toBe('html');
    expect(formatFromFileName('A.HTM')).toBe('html');
    expect(formatFromFileName('notes.txt')).toBe('text');
    expect(formatFromFileName('notes.md')).toBe('markdown');
    expect(formatFromFileName('notes.Markdown')).toBe('markdown');
    expect(formatFromFileName('C:\\clips\\page.v2.html')).toBe('html');
  });

  it('refuses anything else with the list of supported files', () => {
    for (const name of ['a.pdf', 'a.docx', 'a.html.exe', 'noextension', 'trailing.']) {
      expect(thrownBy(() => formatFromFileName(name), 'unsupported_file')).toContain(
        'Dossier can clip .html, .htm, .mhtml, .txt and .md files, and any of them gzipped.',
      );
    }
  });
});

describe('fileStemOf', () => {
  it('drops the extension and any directory', () => {
    expect(fileStemOf('joongang-red-necktie-2025-03-31.txt')).toBe('joongang-red-necktie-2025-03-31');
    expect(fileStemOf('/tmp/x/page.v2.html')).toBe('page.v2');
    expect(fileStemOf('.md')).toBe('.md');
    expect(fileStemOf('   ')).toBeNull();
  });
});
