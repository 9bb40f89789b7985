// Near-duplicate sources: reprints of one wire story count as one source when agreement is counted.
//
// Two sources are near-duplicates when most of the word 5-grams of the shorter one occur in the other
// (containment, so a reprint with a cut ending or an added paragraph still matches).
//
// Sub-quadratic and exact (prefix filtering): every 5-gram is hashed to 53 bits; all 5-grams of all sources
// are put in one sorted index (5-gram → sources holding it). If at least `need` of the s 5-grams of the
// smaller source S occur in L, then any s − need + 1 of them include one that occurs in L. So each source
// looks up only its s − need + 1 rarest 5-grams (rarest first keeps common phrases out of the look-ups),
// and only the sources found there get the exact containment count. Pairs already in one group are
// skipped, and so are look-ups whose sources are all in one group already (the groups are the connected
// parts, so neither changes them): a story reprinted k times costs about k look-ups, not k². Word-for-word
// reprints (the same shingles) join their first copy before the index is built and are never looked up, and an
// exact count stops as soon as it is settled either way. What stays quadratic is rewrites of one story that are
// each below the threshold against the others: each such pair is counted once.
import { cmp } from '../core/spans.js';
import type { Source } from '../core/types.js';

export const SHINGLE_SIZE = 5;
/** Share of the shorter text's shingles found in the other text. */
export const DUPLICATE_CONTAINMENT = 0.6;
/** Texts with fewer shingles than this are never called duplicates (a headline is not a story). */
const MIN_SHINGLES = 20;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The words shingles are made of: lower case, compatibility-decomposed, letters and digits only. */
function words(text: string): IterableIterator<RegExpMatchArray> {
  return text.toLowerCase().normalize('NFKD').matchAll(WORD_RE);
}

/** The 5-grams of a text as strings (the definition; `shingleHashes` is what the index uses). */
export function shingles(text: string): Set<string> {
  const ws = [...words(text)].map((m) => m[0]);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= ws.length; i++) out.add(ws.slice(i, i + SHINGLE_SIZE).join(' '));
  return out;
}

/** Share of the smaller set found in the larger (0 when the smaller has fewer than MIN_SHINGLES). */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n / small.size;
}

// ---------- hashing ----------

/** 2^21: the low bits of an index entry hold the source number (up to 2,097,151 sources per run). */
const DOC_SPACE = 2 ** 21;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Per UTF-16 code unit of the Basic Multilingual Plane: 0 not known yet, 1 a letter or digit (WORD_RE), 2 not. */
const BMP_WORD = new Uint8Array(0x10000);
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
function isWordUnit(c: number): boolean {
  let k = BMP_WORD[c]!;
  if (k === 0) BMP_WORD[c] = k = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** The two 32-bit hashes of one word (what `wordHashes` computes for each word of `words(text)`). */
export function hashWord(w: string): [number, number] {
  let x = 0x811c9dc5;
  let y = 0x9747b28c;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    x = Math.imul(x ^ c, 0x01000193);
    y = Math.imul(y ^ c, 0x5bd1e995) ^ (y >>> 15);
  }
  return [fmix(x), fmix(y ^ w.length)];
}

/** `hashWord` of every word of `words(text)`, in order, without making the words. */
export function wordHashes(text: string): { a: number[]; b: number[] } {
  const a: number[] = [];
  const b: number[] = [];
  // the words of `words(text)`, read from character codes: a letter or digit (a code point of \p{L} or \p{N},
  // astral ones as their two code units) continues a word, anything else ends it
  const t = text.toLowerCase().normalize('NFKD');
  let x = 0;
  let y = 0;
  let len = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    let units = 0;
    if (c < 0) units = 0;
    else if (c < 128) units = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) units = WORD_CHAR_RE.test(t.slice(i, i + 2)) ? 2 : 0;
    else units = c >= 0xd800 && c <= 0xdfff ? 0 : isWordUnit(c) ? 1 : 0;
    if (units === 0) {
      if (len > 0) {
        a.push(fmix(x));
        b.push(fmix(y ^ len));
        len = 0;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++; // an astral non-word code point
      continue;
    }
    if (len === 0) {
      x = 0x811c9dc5;
      y = 0x9747b28c;
    }
    for (let u = 0; u < units; u++) {
      const cu = t.charCodeAt(i + u);
      x = Math.imul(x ^ cu, 0x01000193);
      y = Math.imul(y ^ cu, 0x5bd1e995) ^ (y >>> 15);
    }
    len += units;
    i += units - 1;
  }
  return { a, b };
}

/** Distinct 5-grams of a text as sorted 53-bit hashes: the upper 32 bits are the index key. */
export function shingleHashes(text: string): Float64Array {
  const { a, b } = wordHashes(text);
  const n = a.length - SHINGLE_SIZE + 1;
  if (n <= 0) return new Float64Array(0);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let h1 = 0x2545f491;
    let h2 = 0x6a09e667;
    for (let k = i; k < i + SHINGLE_SIZE; k++) {
      h1 = Math.imul((h1 ^ a[k]!) >>> 0, 0xcc9e2d51);
      h1 = (h1 << 13) | (h1 >>> 19);
      h2 = Math.imul((h2 ^ b[k]!) >>> 0, 0x1b873593);
      h2 = (h2 << 15) | (h2 >>> 17);
    }
    out[i] = fmix(h1) * DOC_SPACE + (fmix(h2) >>> 11);
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[u - 1]) out[u++] = out[i]!;
  return out.slice(0, u);
}

/**
 * Whether two sorted arrays share at least `need` values, and the steps taken to tell (`steps`). The walk stops as
 * soon as it is settled: `need` shared values found, or too few values left on either side to reach it.
 */
let steps = 0;
function shareAtLeast(a: Float64Array, b: Float64Array, need: number): boolean {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (n >= need) break;
    if (n + Math.min(a.length - i, b.length - j) < need) break;
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  steps = i + j;
  return n >= need;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The smallest shared count that reaches DUPLICATE_CONTAINMENT for a smaller side of `size` (same float test as `containment`). */
function needed(size: number): number {
  let t = Math.ceil(size * DUPLICATE_CONTAINMENT);
  while (t > 0 && (t - 1) / size >= DUPLICATE_CONTAINMENT) t--;
  while (t / size < DUPLICATE_CONTAINMENT) t++;
  return t;
}

// ---------- index ----------

interface ShingleIndex {
  /** key · 2^21 + source number, sorted: the sources holding one key are one run */
  entries: Float64Array;
  /** per source, per shingle (in hash order): where its key's run starts, and the run's length */
  runStart: Int32Array[];
  runLength: Int32Array[];
}

function buildIndex(sets: Float64Array[]): ShingleIndex {
  let total = 0;
  for (const s of sets) total += s.length;
  const entries = new Float64Array(total);
  let at = 0;
  sets.forEach((s, d) => {
    for (let i = 0; i < s.length; i++) entries[at++] = Math.floor(s[i]! / DOC_SPACE) * DOC_SPACE + d;
  });
  entries.sort();
  const runStart = sets.map((s) => new Int32Array(s.length));
  const runLength = sets.map((s) => new Int32Array(s.length));
  const cursor = new Int32Array(sets.length);
  for (let i = 0; i < total; ) {
    const key = Math.floor(entries[i]! / DOC_SPACE);
    let j = i;
    while (j < total && Math.floor(entries[j]! / DOC_SPACE) === key) j++;
    for (let k = i; k < j; k++) {
      // a source's shingles are sorted by hash, so by key: its entries come in its own order
      const d = entries[k]! - key * DOC_SPACE;
      const c = cursor[d]!++;
      runStart[d]![c] = i;
      runLength[d]![c] = j - i;
    }
    i = j;
  }
  return { entries, runStart, runLength };
}

/** Positions (into the source's shingles) of its `count` rarest shingles, ties by hash. */
function rarest(runLength: Int32Array, count: number): number[] {
  const order = new Float64Array(runLength.length);
  for (let i = 0; i < runLength.length; i++) order[i] = runLength[i]! * 2 ** 31 + i;
  order.sort();
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(order[i]! % 2 ** 31);
  return out;
}

/** Work done by `findDuplicates`, for tests and benchmarks. */
export interface DuplicateStats {
  /** exact containment counts made */
  checked: number;
  /** index entries read and shingles compared: grows with the input, not its square */
  work?: number;
}

/** Groups of near-duplicate sources (each sorted, groups sorted by first id); only groups of two or more. */
export function findDuplicates(sources: Source[], stats?: DuplicateStats): string[][] {
  return findDuplicatesOf(sources.map((s) => ({ id: s.id, shingles: shingleHashes(s.text) })), stats);
}

/** `findDuplicates` from each source's `shingleHashes`, made beforehand (at extraction): no text needed. */
export function findDuplicatesOf(items: ReadonlyArray<{ id: string; shingles: Float64Array }>, stats?: DuplicateStats): string[][] {
  const list = [...items].sort((a, b) => cmp(a.id, b.id));
  if (list.length >= DOC_SPACE) throw new RangeError(`near-duplicate search takes at most ${DOC_SPACE - 1} sources`);
  const sets = list.map((s) => (s.shingles.length >= MIN_SHINGLES ? s.shingles : new Float64Array(0)));
  const parent = list.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  // exact reprints (the same shingles) join the first of them here and stay out of the index: whatever is a
  // duplicate of one is a duplicate of all, so the groups are the same, and a story reprinted word for word
  // k times adds nothing to the look-ups of the others
  const firstWith = new Map<string, number[]>();
  let work = 0;
  for (let d = 0; d < sets.length; d++) {
    const s = sets[d]!;
    if (s.length === 0) continue;
    const k = `${s.length}|${s[0]}|${s[s.length >> 1]}|${s[s.length - 1]}`;
    const firsts = firstWith.get(k) ?? firstWith.set(k, []).get(k)!;
    const same = firsts.find((f) => sameValues(sets[f]!, s));
    work += firsts.length * s.length;
    if (same === undefined) firsts.push(d);
    else {
      parent[d] = same;
      sets[d] = new Float64Array(0);
    }
  }
  const index = buildIndex(sets);
  const seen = new Int32Array(list.length).fill(-1);
  // runs whose sources are all in one group already (groups only grow: they stay so), by run start
  const settled = new Uint8Array(index.entries.length);
  const sourceAt = (k: number): number => {
    const e = index.entries[k]!;
    return e - Math.floor(e / DOC_SPACE) * DOC_SPACE;
  };
  let checked = 0;
  work += index.entries.length;
  for (let d = 0; d < list.length; d++) {
    const size = sets[d]!.length;
    if (size === 0) continue;
    const need = needed(size);
    for (const p of rarest(index.runLength[d]!, size - need + 1)) {
      const from = index.runStart[d]![p]!;
      if (settled[from]) continue;
      const to = from + index.runLength[d]![p]!;
      work += 2 * (to - from);
      for (let k = from; k < to; k++) {
        const o = sourceAt(k);
        const other = sets[o]!;
        // each pair once, from its smaller side (ties: the lower number)
        if (o === d || seen[o] === d || other.length < size || (other.length === size && o < d)) continue;
        seen[o] = d;
        const a = root(d);
        const b = root(o);
        if (a === b) continue;
        checked++;
        const same = shareAtLeast(sets[d]!, other, need);
        work += steps;
        if (same) parent[Math.max(a, b)] = Math.min(a, b);
      }
      const r = root(d);
      let one = true;
      for (let k = from; k < to && one; k++) one = root(sourceAt(k)) === r;
      if (one) settled[from] = 1;
    }
  }
  if (stats) {
    stats.checked += checked;
    stats.work = (stats.work ?? 0) + work;
  }
  const groups = new Map<number, string[]>();
  for (let i = 0; i < list.length; i++) {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(list[i]!.id);
    else groups.set(r, [list[i]!.id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => cmp(a[0]!, b[0]!));
}

/** source id → the id that stands for its group (itself when it has no duplicate). */
export function representatives(groups: string[][]): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of groups) for (const id of g) m.set(id, g[0]!);
  return m;
}

/** One source per group of reprints, the first (by id) of each group among `sources`. */
export function independentSources(sources: readonly string[], reps: Map<string, string>): string[] {
  const first = new Map<string, string>();
  for (const s of [...sources].sort()) {
    const k = reps.get(s) ?? s;
    if (!first.has(k)) first.set(k, s);
  }
  return [...first.values()].sort();
}

/** How many independent sources a list of source ids holds. */
export function independentCount(sources: Iterable<string>, reps: Map<string, string>): number {
  const seen = new Set<string>();
  for (const s of sources) seen.add(reps.get(s) ?? s);
  return seen.size;
}
