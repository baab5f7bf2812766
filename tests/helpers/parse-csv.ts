/**
 * RFC 4180 records, read independently of the exporter: quoted fields with doubled quote
 * marks and line breaks, CRLF between records. A field left open at the end is an error.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error(`CSV does not end with a complete record: ${JSON.stringify(text.slice(-40))}`);
  return rows;
}
