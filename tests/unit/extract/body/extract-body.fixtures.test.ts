import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../../electron/core/extract/body/block-text';
import { extractBody } from '../../../../electron/core/extract/body/extract-body';
import { parseHtml } from '../../../../electron/core/extract/parse-html';
import { shingleScore } from './shingle-f1';

const FIXTURES = join(__dirname, '../../../fixtures/extraction');
const truth = JSON.parse(readFileSync(join(FIXTURES, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;

interface Case {
  prefix: string;
  what: string;
  /** Measured F1 minus a margin. */
  minF1: number;
  contains: string[];
  omits: string[];
}

// Pages from the Scrapinghub/Zyte article-extraction-benchmark (MIT), with their hand-made bodies.
const CASES: Case[] = [
  {
    prefix: '3f65af7b',
    what: 'embedded tweets kept, tip line and newsletter prompt dropped',
    minF1: 0.92, // measured 0.954
    contains: ['Yes this is real and yes the state spent nearly half a million dollars on it', 'Enter South Dakota to throw down the gauntlet.'],
    omits: ['Subscribe to NJ.com’s newsletters', 'Have a tip?', 'Her new anti-meth campaign is raising eyebrows'],
  },
  {
    prefix: '2f42ef1d',
    what: 'a "More Great Stories" heading and its link list dropped',
    minF1: 0.96, // measured 0.990
    contains: ['So-called neo-banks, or challenger banks, have been all the rage in Europe and Australia'],
    omits: ['More Great WIRED Stories', 'YouTubers must unionize'],
  },
  {
    prefix: '6ebac05f',
    what: 'hover cards inside links and the site footer dropped',
    minF1: 0.93, // measured 0.966
    contains: ['Patrick Carlineo Jr., 55, could face up to 10 years in prison'],
    omits: ['Hillicon Valley', 'Capitol Hill Publishing Corp', 'By Justine Coleman'],
  },
  {
    prefix: '374ac9a5',
    what: 'inline image captions and credits dropped',
    minF1: 0.96, // measured 1.000
    contains: ['The deal sets up for a reduction to a prior commitment of 777x jets'],
    omits: ['Natalie Naccache', 'passes a Boeing Co. 787-10 passenger aircraft'],
  },
  {
    prefix: '70cb2d5b',
    what: 'image copyright lines and social prompts dropped',
    minF1: 0.96, // measured 1.000
    contains: ['The group that owns most of her music, Big Machine, says she will be allowed to play'],
    omits: ['Image copyright', 'Follow Newsbeat on Instagram'],
  },
  {
    prefix: '11ea381a',
    what: 'a Portuguese results table kept',
    minF1: 0.94, // measured 0.979
    contains: ['Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR!', 'Kyle Busch'],
    omits: ['sexta-feira, 22 de outubro de 2010'],
  },
  {
    prefix: '0ec95c72',
    what: 'a Korean article',
    minF1: 0.96, // measured 0.997
    contains: ['그래서 처음 이러한 사진 공개에 대한 대중들의 반응은'],
    omits: [],
  },
  {
    prefix: '624fcd90',
    what: 'captions in "(Image: …)" and "DON\'T MISS" promos dropped',
    minF1: 0.96, // measured 1.000
    contains: ['Many of the protesters wear masks to shield their identities for protection.'],
    omits: ['China has warned they will cease control of Hong Kong', "DON'T MISS", 'PUBLISHED:'],
  },
];

function extractFixture(prefix: string): { text: string; expected: string; firstParagraph: string | null } {
  const id = Object.keys(truth).find((key) => key.startsWith(prefix));
  if (!id) throw new Error(`no fixture ${prefix}`);
  const html = gunzipSync(readFileSync(join(FIXTURES, `${id}.html.gz`))).toString('utf8');
  const result = extractBody(parseHtml(html), truth[id]!.url);
  return { text: result ? blockText(result.root) : '', expected: truth[id]!.articleBody, firstParagraph: result?.firstParagraph ?? null };
}

describe('extractBody on benchmark pages', () => {
  for (const c of CASES) {
    it(`${c.prefix}: ${c.what}`, () => {
      const { text, expected, firstParagraph } = extractFixture(c.prefix);
      const score = shingleScore(expected, text);
      expect(score.f1).toBeGreaterThanOrEqual(c.minF1);
      const flat = text.replace(/\s+/g, ' ');
      for (const sentence of c.contains) expect(flat).toContain(sentence);
      for (const junk of c.omits) expect(flat).not.toContain(junk);
      expect(firstParagraph).toBeTruthy();
    });
  }
});
