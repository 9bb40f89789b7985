import { describe, expect, it } from 'vitest';
import { cmp } from '../core/spans.js';
import type { Source } from '../core/types.js';
import { DUPLICATE_CONTAINMENT, containment, findDuplicates, findDuplicatesOf, hashWord, shingleHashes, shingles, wordHashes, type DuplicateStats } from './duplicates.js';

const source = (id: string, text: string): Source => ({ id, path: `${id}.txt`, text, title: null, published: null, publishedFrom: null, warnings: [] });

/** The definition, pair by pair: what the index must reproduce. */
function pairwise(sources: Source[]): string[][] {
  const list = [...sources].sort((a, b) => cmp(a.id, b.id));
  const sh = list.map((s) => shingles(s.text));
  const parent = list.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (containment(sh[i]!, sh[j]!) >= DUPLICATE_CONTAINMENT) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  }
  const groups = new Map<number, string[]>();
  list.forEach((s, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), s.id]));
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => cmp(a[0]!, b[0]!));
}

/** A small deterministic random source (no Math.random: failures must replay). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const VOCAB = (
  'the leaders of bloc summit trade minister said on tuesday talks economy expansion new members agreed declaration ' +
  'president prime foreign delegation host city week meeting currency payment bank development investment billion ' +
  'percent growth energy climate security council reform countries nations emerging markets officials statement'
).split(' ');

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 12);
  const ws = Array.from({ length: n }, () => VOCAB[Math.floor(r() * VOCAB.length)]!);
  return ws.join(' ') + '.';
}

function article(r: () => number, sentences: number): string[] {
  return Array.from({ length: sentences }, () => sentence(r));
}

describe('shingles', () => {
  it('hashes one value per distinct 5-gram, after the same word split as the strings', () => {
    const text = 'Leaders of the BRICS bloc met in Johannesburg; the leaders of the BRICS bloc met again, café-style.';
    expect(shingleHashes(text).length).toBe(shingles(text).size);
    expect(shingleHashes('The leaders of the bloc met')).toEqual(shingleHashes('the LEADERS, of the bloc — met!'));
    expect(shingleHashes('four words only here').length).toBe(0);
  });
  it('reads the words from character codes as the word regex splits them (any script, astral letters, marks)', () => {
    // letters and digits of several scripts, an astral letter and digit, an emoji, combining marks, lone surrogates
    const pieces = ['a', 'Z', '7', 'é', 'ß', 'İ', 'Ж', 'ж', 'ع', '中', '٣', 'ﬁ', '\u0301', ' ', '-', '’', '—', '.', '\n', '\u00a0', '𝐀', '𝟕', '😀', '_', ',', '\ud800', '\udc00', 'Ⅻ'];
    const seed = 20261203;
    console.log(`word split property test seed ${seed}`);
    const r = rng(seed);
    const WORD = /[\p{L}\p{N}]+/gu;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]!).join('');
      const expected = [...text.toLowerCase().normalize('NFKD').matchAll(WORD)].map((m) => hashWord(m[0]));
      const got = wordHashes(text);
      expect(got.a.map((h, i) => [h, got.b[i]!]), JSON.stringify(text)).toEqual(expected);
    }
  });
});

describe('findDuplicates', () => {
  it('groups wire reprints (new dateline, cut ending, added paragraph) and keeps distinct articles on the same topic apart', () => {
    const r = rng(7);
    const story = article(r, 20);
    const other = article(r, 20);
    const sources = [
      source('wire', story.join(' ')),
      source('reprint-cut', 'JOHANNESBURG (Reuters) - ' + story.slice(0, 14).join(' ') + '\n\nRead more: our live coverage of the summit.'),
      source('reprint-added', story.join(' ') + '\n\n' + article(r, 5).join(' ')),
      // the same topic, under a third of the wire's sentences quoted: not a reprint
      source('rewrite', [...story.slice(0, 6), ...article(r, 14)].join(' ')),
      source('distinct', other.join(' ')),
      source('headline', story[0]!),
    ];
    expect(findDuplicates(sources)).toEqual([['reprint-added', 'reprint-cut', 'wire']]);
    expect(findDuplicates(sources)).toEqual(pairwise(sources));
  });

  it('matches the pair-by-pair definition on random sets with containment near the threshold', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = rng(seed);
      const bases = Array.from({ length: 6 }, () => article(r, 10 + Math.floor(r() * 20)));
      const sources: Source[] = [];
      for (let i = 0; i < 60; i++) {
        const base = bases[Math.floor(r() * bases.length)]!;
        const keep = 0.4 + r() * 0.5; // share of the base's sentences kept, around the threshold
        const text = base.map((s) => (r() < keep ? s : sentence(r))).join(' ');
        sources.push(source(`s${String(i).padStart(3, '0')}`, text));
      }
      const got = findDuplicates(sources);
      expect(got).toEqual(pairwise(sources));
      expect(got.length).toBeGreaterThan(0);
    }
  });

  it('word-for-word reprints join their first copy outside the index: the pair-by-pair groups, and 4× the reprints cost at most 4.5× the work', () => {
    const works = [40, 160].map((k) => {
      const r = rng(20261203);
      const stories = Array.from({ length: 3 }, () => article(r, 14));
      const sources: Source[] = [];
      // a few rewrites that keep about half of a story (near the threshold, so the story's look-ups never settle) …
      for (let i = 0; i < 6; i++) sources.push(source(`e${i}`, stories[i % 3]!.map((x) => (r() < 0.5 ? x : sentence(r))).join(' ')));
      // … and k reprints, word for word
      for (let i = 0; i < k; i++) sources.push(source(`r${String(i).padStart(4, '0')}`, stories[i % 3]!.join(' ')));
      sources.push(source('short', 'Too short to be a story.'), source('short-copy', 'Too short to be a story.'));
      const stats: DuplicateStats = { checked: 0 };
      const got = findDuplicates(sources, stats);
      if (k === 40) expect(got).toEqual(pairwise(sources)); // the definition is quadratic: checked on the small run
      expect(got.flat()).not.toContain('short'); // fewer than 20 shingles: no duplicate, not even of its own copy
      expect(got).toHaveLength(3);
      return stats.work!;
    });
    expect(works[1]! / works[0]!).toBeLessThanOrEqual(4.5);
  });

  it('is independent of input order', () => {
    const r = rng(11);
    const story = article(r, 15);
    const sources = ['d', 'a', 'c', 'b'].map((id, i) => source(id, (i % 2 ? 'By a reporter. ' : '') + story.join(' ')));
    expect(findDuplicates(sources)).toEqual([['a', 'b', 'c', 'd']]);
    expect(findDuplicates([...sources].reverse())).toEqual([['a', 'b', 'c', 'd']]);
  });

  /** `n` sources: every 10th reprints one of n/100 wire stories (ten reprints each); the rest are distinct articles. */
  function wireCorpus(n: number, seed: number): Source[] {
    const r = rng(seed);
    const stories = Array.from({ length: n / 100 }, () => article(r, 12));
    return Array.from({ length: n }, (_, i) => {
      const text = i % 10 === 0 ? `Source ${i}. ` + stories[(i / 10) % stories.length]!.join(' ') : article(r, 12).join(' ');
      return source(`a${String(i).padStart(5, '0')}`, text);
    });
  }

  it('1,000 and 4,000 sources: every reprint group found, exact counts only for candidate pairs, work linear in the number of sources', () => {
    const runs = [1000, 4000].map((n) => {
      const sources = wireCorpus(n, 42);
      const stats: DuplicateStats = { checked: 0 };
      const groups = findDuplicates(sources, stats);
      expect(groups).toHaveLength(n / 100);
      expect(groups.every((g) => g.length === 10)).toBe(true);
      // each group is the ten reprints of one story: sources i, i + n/10, i + 2n/10 …
      for (const g of groups) {
        const first = Number(g[0]!.slice(1));
        expect(g).toEqual(Array.from({ length: 10 }, (_, k) => `a${String(first + (k * n) / 10).padStart(5, '0')}`));
      }
      expect(stats.checked).toBeLessThan(4 * n); // pairwise would be n(n-1)/2: 7,998,000 at 4,000
      return stats.work!;
    });
    expect(runs[0]).toBeGreaterThan(0);
    expect(runs[1]! / runs[0]!).toBeLessThanOrEqual(4.5); // four times the sources, at most 4.5 times the work
  });
});

describe('findDuplicatesOf', () => {
  it('gives from signatures made beforehand the groups findDuplicates gives from the texts', () => {
    const story = 'The ministers agreed on a new trade route across the northern sea, officials in both capitals said on Monday, and named a committee to plan the first shipments before the winter.';
    const other = 'A storm closed three harbours along the coast overnight, and the weather office warned fishing boats to stay in port until the wind falls below gale force on Thursday morning.';
    const sources = [['b', story], ['a', `${story} A spokesman gave no figures.`], ['c', other]].map(([id, text]) => ({ id: id!, text: text!, path: id!, title: null, published: null, publishedFrom: null, warnings: [] }));
    const fromTexts = findDuplicates(sources);
    expect(fromTexts).toEqual([['a', 'b']]);
    expect(findDuplicatesOf(sources.map((s) => ({ id: s.id, shingles: shingleHashes(s.text) })))).toEqual(fromTexts);
  });
});
