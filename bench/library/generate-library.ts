import type { PreparedClipping } from '../../electron/core/capture/prepared-clipping';
import type { Library } from '../../electron/core/library';
import { canonicalText } from '../../shared/document/canonical-text';
import type { DocNode } from '../../shared/document/document-types';
import { EMPTY_METADATA } from '../../shared/domain/article-metadata';
import type { Corpus } from './corpus';
import { Random } from './random';

export interface LibraryShape {
  clippings: number;
  tags: number;
  outlets: number;
  collections: number;
  seed: number;
}

/** Share of clippings per language; Korean is the users' own field. */
const LANGUAGE_WEIGHTS = { en: 55, ko: 15, ja: 6, zh: 6, de: 5, fr: 4, es: 3, it: 2, ru: 2, tr: 2 } as const;
type Lang = keyof typeof LANGUAGE_WEIGHTS;
const OFFSETS: Record<string, string> = { ko: '+09:00', ja: '+09:00', zh: '+08:00', de: '+01:00', fr: '+01:00', es: '+01:00', it: '+01:00', ru: '+03:00', tr: '+03:00' };
const TOPICS = [
  'DPRK', 'ROK', 'China', 'Japan', 'Russia', 'USA', 'EU', 'Economy', 'Energy', 'Climate', 'Health', 'Military', 'Nuclear', 'Trade',
  'Elections', 'Courts', 'Media', 'Education', 'Youth', 'Labour', 'Technology', 'Cyber', 'Space', 'Food', 'Water', 'Migration',
  'Religion', 'Culture', 'Sport', 'Finance', 'Diplomacy', 'Sanctions', 'Human rights', 'Agriculture', 'Transport', 'Housing',
  'Science', 'Security', 'Propaganda', 'Leadership',
];
const SUBTOPICS = ['policy', 'people', 'events', 'statements', 'analysis', 'statistics', 'regions', 'history'];

const BATCH = 1000;

/**
 * Fills an empty library with `shape.clippings` articles recombined from real
 * paragraphs, spread over outlets, dates, a tag hierarchy and collections, through the
 * same repositories the app uses (so triggers keep the indexes and counts).
 */
export function generateLibrary(library: Library, corpus: Corpus, shape: LibraryShape, progress: (done: number) => void): void {
  const random = new Random(shape.seed);
  const outlets = makeOutlets(library, random, shape.outlets);
  const tagIds = makeTags(library, shape.tags);
  const collectionIds = makeCollections(library, random, shape.collections);
  const languages = (Object.keys(LANGUAGE_WEIGHTS) as Lang[]).filter((lang) => (corpus.paragraphs.get(lang)?.length ?? 0) > 0);
  const weights = Object.fromEntries(languages.map((lang) => [lang, LANGUAGE_WEIGHTS[lang]])) as Record<Lang, number>;
  const tagClipping = library.db.prepare('INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)');
  const collect = library.db.prepare('INSERT OR IGNORE INTO collection_clippings (collection_id, clipping_id, added_at) VALUES (?, ?, ?)');
  const flags = library.db.prepare('UPDATE clippings SET read_at = ?, starred = ? WHERE id = ?');
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 9, 1) - start;

  for (let done = 0; done < shape.clippings; ) {
    library.db.transaction(() => {
      for (const end = Math.min(shape.clippings, done + BATCH); done < end; done++) {
        const lang = random.weighted(weights);
        const outlet = outlets[random.skewed(outlets.length)]!;
        const published = new Date(start + random.int(span));
        const captured = new Date(published.getTime() + random.int(3 * 86_400_000));
        const prepared = articleOf(corpus, random, lang, outlet, published);
        const { id } = library.clippings.insert(prepared, { origin: 'url', sourceUrl: `https://${outlet.domain}/news/${done}` }, { now: captured });
        for (let t = 1 + random.int(4); t > 0; t--) tagClipping.run(id, tagIds[random.skewed(tagIds.length)]);
        if (random.next() < 0.4) collect.run(collectionIds[random.skewed(collectionIds.length)], id, captured.toISOString());
        flags.run(random.next() < 0.7 ? captured.toISOString() : null, random.next() < 0.05 ? 1 : 0, id);
      }
    })();
    progress(done);
  }
}

function articleOf(corpus: Corpus, random: Random, lang: Lang, outlet: { domain: string; name: string }, published: Date): PreparedClipping {
  const pool = corpus.paragraphs.get(lang)!;
  const paragraphs = Array.from({ length: 4 + random.int(8) }, () => random.pick(pool));
  const titles = corpus.titles.get(lang);
  const title = titles?.length ? random.pick(titles) : paragraphs[0]!.slice(0, 80);
  const doc: DocNode = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  const text = canonicalText(doc);
  const offset = OFFSETS[lang] ?? 'Z';
  return {
    title,
    format: 'html',
    doc,
    text,
    snapshot: { contentType: 'text/html; charset=utf-8', bytes: new TextEncoder().encode(`<html><body><h1>${title}</h1><p>${paragraphs.join('</p><p>')}</p></body></html>`) },
    metadata: {
      ...EMPTY_METADATA,
      title,
      authors: [`Reporter ${random.int(2000)}`],
      outlet: outlet.name,
      siteDomain: outlet.domain,
      published: offset === 'Z' ? published.toISOString().replace('.000', '') : localTime(published, offset),
      lang,
    },
  };
}

/** `2025-03-31T11:10:00+09:00` for a UTC instant and an offset. */
function localTime(instant: Date, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  const local = new Date(instant.getTime() + sign * (hours * 60 + minutes) * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

function makeOutlets(library: Library, random: Random, count: number): Array<{ domain: string; name: string }> {
  const known = [
    ['en.yna.co.kr', 'Yonhap News Agency', 'wire'],
    ['kcna.kp', 'Korean Central News Agency', 'state'],
    ['koreajoongangdaily.joins.com', 'Korea JoongAng Daily', 'newspaper'],
    ['nknews.org', 'NK News', 'magazine'],
  ] as const;
  const kinds = ['wire', 'state', 'newspaper', 'broadcaster', 'magazine', 'blog', 'other'] as const;
  return Array.from({ length: count }, (_, i) => {
    const [domain, name, kind] = known[i] ?? [`outlet-${i}.example`, `Outlet ${i} ${random.pick(['Daily', 'Times', 'Herald', 'News', 'Post', 'Radio'])}`, random.pick(kinds)];
    const outlet = library.outlets.ensure(domain, name, null);
    library.outlets.update(outlet.id, { kind });
    return { domain, name };
  });
}

/** A three-level hierarchy: topics, their sub-topics, and leaves, `count` tags in all. */
function makeTags(library: Library, count: number): number[] {
  const ids: number[] = [];
  const leavesPerSub = Math.max(1, Math.round(count / (TOPICS.length * SUBTOPICS.length)) - 1);
  for (const topic of TOPICS) {
    ids.push(library.tags.ensure(topic).id);
    for (const sub of SUBTOPICS) {
      ids.push(library.tags.ensure(`${topic}/${sub}`).id);
      for (let leaf = 0; leaf < leavesPerSub && ids.length < count; leaf++) ids.push(library.tags.ensure(`${topic}/${sub}/item ${leaf}`).id);
    }
  }
  return ids;
}

function makeCollections(library: Library, random: Random, count: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const parent = i >= 20 && random.next() < 0.5 ? random.pick(ids) : null;
    ids.push(library.collections.create(`Dossier ${i}`, parent).id);
  }
  return ids;
}
