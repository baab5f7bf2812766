import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../renderer/src/add/detect-format';
import { aboutFile, fileProblem } from '../../../renderer/src/add/file-checks';

describe('detectFormat', () => {
  it('recognises markup, Markdown and plain text', () => {
    expect(detectFormat('  <article><h1>KCNA</h1><p>Text</p></article>')).toBe('html');
    expect(detectFormat('# Brief\n\nThe **ministry** said.')).toBe('markdown');
    expect(detectFormat('- one\n- two')).toBe('markdown');
    expect(detectFormat('North Korea rallies instructors\nPublished: 31 Mar. 2025, 11:10')).toBe('text');
  });

  it('does not take a stray angle bracket for HTML', () => {
    expect(detectFormat('<3 years of reporting')).toBe('text');
    expect(detectFormat('Prices rose 3% < inflation')).toBe('text');
  });
});

describe('fileProblem', () => {
  it('accepts the four clippable extensions in any case', () => {
    for (const name of ['a.html', 'b.HTM', 'c.txt', 'd.md', 'e.mhtml', 'f.html.gz']) expect(fileProblem({ name, size: 10 })).toBeNull();
  });

  it('refuses other kinds of file by name, before reading them', () => {
    expect(fileProblem({ name: 'scan.pdf', size: 10 })).toMatchObject({ code: 'unsupported_file', message: expect.stringContaining('scan.pdf') });
  });

  it('refuses files over the limit with their size', () => {
    expect(fileProblem({ name: 'big.html', size: 30 * 1024 * 1024 })).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/big\.html.*30\.0 MB.*20 MB/),
    });
  });

  it('names the file in every error', () => {
    expect(aboutFile('x.html', 'No readable text was found.')).toContain('x.html');
    expect(aboutFile('x.html', '“x.html” is empty.')).toBe('“x.html” is empty.');
  });
});
