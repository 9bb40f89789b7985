// Comparing personal names: folding, particles, short forms and transliterations.
import { fold } from '../core/text.js';
import { NICKNAMES } from '../extract/lexicon/people.js';
import { spellingKey } from '../extract/entities/spelling.js';
const PARTICLE_FOLD: Record<string, string> = { da: 'd', de: 'd', do: 'd', dos: 'd', das: 'd', di: 'd', del: 'd', du: 'd' };

/** A name is compared with many others: its folded form and person key are remembered (pure; the cache is
 *  emptied past MEMO_MAX names, so it stays small). */
const MEMO_MAX = 50_000;
const foldMemo = new Map<string, string>();
const keyMemo = new Map<string, string | null>();

/** Lower case, accents and possessives removed, apostrophes and hyphens unified: the key two forms share. */
export function foldName(s: string): string {
  let v = foldMemo.get(s);
  if (v === undefined) {
    if (foldMemo.size >= MEMO_MAX) foldMemo.clear();
    foldMemo.set(s, (v = foldNameOf(s)));
  }
  return v;
}

function foldNameOf(s: string): string {
  return fold(s)
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameWords(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

const folded = (s: string) => nameWords(foldName(s)).map((w) => PARTICLE_FOLD[w] ?? w);

/** `a` is `b` with words left out, keeping `b`'s last word and at least two words ("Lula da Silva" ⊂
 *  "Luiz Inácio Lula da Silva"). */
export function subName(a: string, b: string): boolean {
  const x = folded(a);
  const y = folded(b);
  if (x.length >= y.length || x.length < 2 || x[x.length - 1] !== y[y.length - 1]) return false;
  let i = 0;
  for (const w of y) if (w === x[i]) i++;
  return i === x.length;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export { spellingKey } from '../extract/entities/spelling.js';

/** The key two spellings of one person's full name share: words split at spaces and hyphens, each word's
 *  spelling key, an English short first name as its full form (Mike / Michael); null for a single word, which
 *  alone cannot tell two people apart. "Kim Jong Un", "Kim Jong-un" and "Kim Jung-un" share a key; "Kim Yo Jong"
 *  and "Li Qiang" / "Li Keqiang" do not. */
export function personKey(name: string): string | null {
  let v = keyMemo.get(name);
  if (v === undefined) {
    if (keyMemo.size >= MEMO_MAX) keyMemo.clear();
    keyMemo.set(name, (v = personKeyOf(name)));
  }
  return v;
}

function personKeyOf(name: string): string | null {
  const ws = foldName(name).split(/[\s-]+/).filter(Boolean);
  if (ws.length < 2) return null;
  const first = NICKNAMES[ws[0]!] ?? ws[0]!;
  return [first, ...ws.slice(1)].map(spellingKey).join('');
}

/** Two spellings of one name: the same words but one first name spelt one letter apart (Sergei / Sergey), or the
 *  same person key (transliterations and short first names: "Kim Jung-un" / "Kim Jong Un", "Mike" / "Michael"). */
export function sameName(a: string, b: string): boolean {
  const ka = personKey(a);
  if (ka !== null && ka === personKey(b)) return true;
  const x = folded(a);
  const y = folded(b);
  if (x.length !== y.length || x.length < 2) return false;
  if (x.slice(1).join(' ') !== y.slice(1).join(' ')) return false;
  return x[0] !== y[0] && x[0]!.length >= 4 && y[0]!.length >= 4 && editDistanceAtMostOne(x[0]!, y[0]!);
}

/** Two writings of one name that differ only in spaces, hyphens and case ("Kim Jong Un" / "Kim Jong-un"). */
export function sameLetters(a: string, b: string): boolean {
  const x = foldName(a).replace(/[\s-]+/g, '');
  return x.length >= 4 && x === foldName(b).replace(/[\s-]+/g, '') && Math.max(nameWords(a).length, nameWords(b).length) >= 2;
}

/** Joins the full names that share a person key (one pass, indexed by key): `union` is called once per name with
 *  the first name of its key. Linear in the number of names. */
export function unionSpellings(fulls: readonly string[], union: (a: string, b: string) => void): void {
  const firstOf = new Map<string, string>();
  for (const f of fulls) {
    const k = personKey(f);
    if (k === null) continue;
    const first = firstOf.get(k);
    if (first === undefined) firstOf.set(k, f);
    else union(first, f);
  }
}
