import type { DiffOp } from '../../../shared/compare/types';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';

/** A wire story and an outlet's rewrite of it: reordered, trimmed, a paragraph split in two, one quotation cut short, passages of its own. */
export const WIRE = [
  'The finance ministry announced on Tuesday a sweeping overhaul of the national pension scheme, raising the retirement age to sixty-seven over a decade.',
  'Minister Aldona Kwiatkowska told parliament the reform would “save billions and protect younger contributors,” and that premiums would stay flat.',
  'Opposition deputies called the plan a betrayal of miners and nurses, and trade unions in Gdańsk and Katowice promised strikes next month.',
  '“We will not let pensioners pay for this,” said Marek Zieliński, who leads the miners’ union.',
  'The ministry said the new rules would take effect in January after parliament approves the budget, and that pensions already being paid would be protected in full by law.',
];
export const REWRITE = [
  'Opposition deputies called the plan a betrayal of miners and nurses; unions in Gdańsk and Katowice promised strikes.',
  'The finance ministry on Tuesday announced an overhaul of the national pension scheme, raising the retirement age to sixty-seven.',
  'Kwiatkowska said the reform would “save billions,” according to the ministry.',
  'A spokesman for the central bank declined to comment on the plan. <script>alert("row")</script>',
  // The wire's last paragraph, split in two: one cell of two paragraphs.
  'The ministry said the new rules would take effect in January after parliament approves the budget.',
  'Pensions already being paid would be protected by law, it added.',
];
/** Only in the wire, one paragraph each: what Markdown would read as markup, and what HTML would. */
export const MARKUP = [
  '1. Ministers *must* read _all_ [the annex] #3 <b>before</b> `voting` | see &copy; and \\ the ~~rules~~ {braces}.',
  '- A dash at the start, + a plus, > a quote mark, = an equals sign.',
  '# Not a heading',
  '***',
];
export const WIRE_URL = 'https://meridianwire.example/business/pension-overhaul';
export const REWRITE_URL = 'https://harborledger.example/news?id=42&ref=(front)';
export const HOSTILE_TITLE = 'Unions threaten strikes <img src=x onerror=alert(1)>';

export interface ExportFixture {
  library: TestLibrary;
  wire: number;
  rewrite: number;
}

export function openExportFixture(): ExportFixture {
  const library = openTestLibrary();
  const wire = library.add('Pension overhaul', {
    paragraphs: [...WIRE, ...MARKUP],
    sourceUrl: 'https://meridianwire.example/p/123',
    meta: {
      title: 'Pension overhaul',
      outlet: 'Meridian Wire',
      authors: ['Jan Nowak', 'Ewa Lis'],
      published: '2024-03-05T09:00:00Z',
      canonicalUrl: WIRE_URL,
    },
  });
  const rewrite = library.add(HOSTILE_TITLE, {
    paragraphs: REWRITE,
    sourceUrl: REWRITE_URL,
    meta: { title: HOSTILE_TITLE, siteDomain: 'harborledger.example', published: '2024-03-05T14:00:00+01:00' },
  });
  return { library, wire, rewrite };
}

/** The cell's text from its marked-up form: additions and changes taken, removals dropped. */
export function acceptCriticMarkup(text: string): string {
  return text
    .replace(/\{--[\s\S]*?--\}/g, '')
    .replace(/\{~~[\s\S]*?~>([\s\S]*?)~~\}/g, '$1')
    .replace(/\{\+\+([\s\S]*?)\+\+\}/g, '$1');
}

export function opsOf(diffs: Array<DiffOp[] | null>): DiffOp[] {
  return diffs.flatMap((ops) => ops ?? []);
}
