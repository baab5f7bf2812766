import { describe, expect, it } from 'vitest';
import { fileSource } from '../../../electron/core/capture/capture-source';
import { declaredHtmlCharset } from '../../../electron/core/capture/declared-charset';
import { decodeText } from '../../../electron/core/capture/decode-text';
import { fixtureBytes, thrownBy } from './capture-test-helpers';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('declaredHtmlCharset', () => {
  it('reads <meta charset> and http-equiv declarations through TextDecoder labels', () => {
    expect(declaredHtmlCharset(ascii('<meta charset="EUC-KR">'))).toBe('euc-kr');
    expect(declaredHtmlCharset(ascii("<meta charset='shift-jis'/>"))).toBe('shift_jis');
    expect(declaredHtmlCharset(ascii('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">'))).toBe('gbk');
    expect(declaredHtmlCharset(ascii('<meta content="text/html;charset=iso-8859-1" http-equiv="content-type">'))).toBe('windows-1252');
    expect(declaredHtmlCharset(ascii('<?xml version="1.0" encoding="windows-1251"?><html>'))).toBe('windows-1251');
  });

  it('ignores unknown labels, UTF-16 claims and declarations past the first 4 KB', () => {
    expect(declaredHtmlCharset(ascii('<meta charset="klingon">'))).toBeNull();
    expect(declaredHtmlCharset(ascii('<meta charset="klingon"><meta charset="koi8-r">'))).toBe('koi8-r');
    expect(declaredHtmlCharset(ascii('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredHtmlCharset(ascii(`${' '.repeat(5000)}<meta charset="euc-kr">`))).toBeNull();
  });
});

describe('decodeText', () => {
  const source = fileSource('page.html');

  it('decodes an EUC-KR page that declares its charset', () => {
    const { text, charset } = decodeText(fixtureBytes('euc-kr-page.html'), 'html', source);
    expect(charset).toBe('euc-kr');
    expect(text).toContain('북한, 소년단 지도원 강습 개최');
    expect(text).toContain('조선중앙통신이 31일 보도했다.');
  });

  it('decodes a Shift_JIS page declared with http-equiv', () => {
    const { text, charset } = decodeText(fixtureBytes('shift-jis-page.html'), 'html', source);
    expect(charset).toBe('shift_jis');
    expect(text).toContain('港の防潮堤、議会が承認');
  });

  it('decodes a page declared iso-8859-1 as windows-1252, like a browser', () => {
    const { text, charset } = decodeText(fixtureBytes('windows-1252-page.html'), 'html', source);
    expect(charset).toBe('windows-1252');
    expect(text).toContain('“We cannot pay €400 a month for three tables,” said Renée Dupré — owner of the Étoile café');
  });

  it('lets a byte order mark win and strips it', () => {
    const le = decodeText(fixtureBytes('utf-16le-bom.html'), 'html', source);
    expect(le.charset).toBe('utf-16le');
    expect(le.text.startsWith('<html>')).toBe(true);
    expect(le.text).toContain('été schedule');
    const be = decodeText(fixtureBytes('utf-16be-bom.txt'), 'text', fileSource('notice.txt'));
    expect(be.charset).toBe('utf-16be');
    expect(be.text).toBe('Harbour notice\n\nThe north quay is closed on Sunday for repairs — café access stays open.\n');
    const utf8 = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="euc-kr">ok')]), 'html', source);
    expect(utf8).toEqual({ text: '<meta charset="euc-kr">ok', charset: 'utf-8' });
  });

  it('reads UTF-16 without a byte order mark when the NUL pattern is unmistakable', () => {
    const bytes = new Uint8Array(Buffer.from('<p>Plain UTF-16 without a mark</p>', 'utf16le'));
    expect(decodeText(bytes, 'html', source)).toEqual({ text: '<p>Plain UTF-16 without a mark</p>', charset: 'utf-16le' });
  });

  it('prefers valid non-ASCII UTF-8 over a stale legacy declaration', () => {
    const bytes = ascii('<meta charset="iso-8859-1"><p>Café</p>');
    expect(decodeText(bytes, 'html', source)).toEqual({ text: '<meta charset="iso-8859-1"><p>Café</p>', charset: 'utf-8' });
  });

  it('refuses invalid UTF-8 with no declared charset instead of garbling it', () => {
    const message = thrownBy(() => decodeText(fixtureBytes('latin1-undeclared.html'), 'html', source), 'encoding');
    expect(message).toBe(
      '“page.html” is not UTF-8 and declares no character set, so Dossier can\'t tell how to read it. Save it as UTF-8 and try again.',
    );
    const text = thrownBy(() => decodeText(fixtureBytes('latin1-undeclared.txt'), 'text', fileSource('a.txt')), 'encoding');
    expect(text).toContain('not UTF-8');
  });

  it('does not honour a meta charset in a text file', () => {
    const bytes = new Uint8Array([...ascii('<meta charset="windows-1252">'), 0xe9]);
    thrownBy(() => decodeText(bytes, 'text', fileSource('a.txt')), 'encoding');
    expect(decodeText(bytes, 'html', source).text.endsWith('é')).toBe(true);
  });

  it('refuses bytes that are invalid in the declared charset', () => {
    const bytes = new Uint8Array([...ascii('<meta charset="euc-kr"><p>'), 0xc7, 0xff]);
    const message = thrownBy(() => decodeText(bytes, 'html', source), 'encoding');
    expect(message).toContain('declares EUC-KR but contains bytes that are not valid EUC-KR');
  });

  it('refuses bytes declared as UTF-8 that are not', () => {
    const bytes = new Uint8Array([...ascii('<meta charset="utf-8"><p>'), 0xe9]);
    expect(thrownBy(() => decodeText(bytes, 'html', source), 'encoding')).toContain('declares UTF-8');
  });
});
