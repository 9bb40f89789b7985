// Links inside one document: a name's other forms point to its canonical name.
//   "Asian Infrastructure Investment Bank, also called the Beijing bank" → its other name ~ the full name
//   "Ministry of Foreign Affairs" after "Brazilian Ministry of Foreign Affairs"; "The Times" after "The New York Times"
//   "SABC" ~ "South African Broadcasting Corporation" (initials)
import type { Cand } from './candidates.js';
import { pushTo } from '../../core/maps.js';

const KNOWN_AS_RE = /(?:known as|dubbed|also called|referred to as|\(formerly|\(previously)\s+(?:the\s+)?$/;
const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);
const words = (s: string) => s.split(/\s+/).filter((w) => w !== 'The');

function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w)).map((w) => w[0]!.toUpperCase()).join('');
}

/** `short` is `long` with words left out, keeping the last word ("The Times" ⊂ "The New York Times"). */
function shortForm(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  if (s.length >= l.length || s[s.length - 1] !== l[l.length - 1]) return false;
  let i = 0;
  for (const w of l) if (w === s[i]) i++;
  return i === s.length;
}

export function linkInDocument(cands: Cand[], text: string): void {
  const key = (c: Cand) => c.canonical ?? c.name;
  // "known as" aliases
  const bySentence = new Map<Cand['sentence'], Cand[]>();
  for (const c of cands) pushTo(bySentence, c.sentence, c);
  for (const c of cands) {
    if (c.type === 'person' || !KNOWN_AS_RE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
    const prev = bySentence.get(c.sentence)!
      .filter((p) => p.type === c.type && p.end < c.start && p !== c)
      .sort((a, b) => b.end - a.end)[0];
    if (prev) c.canonical = key(prev);
  }
  // short forms and initials of organizations named in full in the same document: candidates by key (the
  // initials of a full name, its last word), never every pair of names
  const orgs = cands.filter((c) => c.type === 'organization');
  const fulls = [...new Set(orgs.map(key))];
  const byInitials = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const f of fulls) {
    pushTo(byInitials, initials(f), f);
    const ws = words(f);
    if (ws.length) pushTo(byLast, ws[ws.length - 1]!, f);
  }
  for (const c of orgs) {
    if (c.canonical && c.canonical !== c.name) continue;
    const name = c.name.replace(/^the\s+/i, '');
    const isAcronym = /^[A-Z]{2,8}$/.test(name);
    const ws = words(c.name);
    const near = isAcronym ? byInitials.get(name) ?? [] : byLast.get(ws[ws.length - 1] ?? '') ?? [];
    const targets = near.filter((f) => f !== key(c) && (isAcronym ? initials(f) === name : shortForm(c.name, f)));
    if (targets.length === 1) c.canonical = targets[0]!;
  }
}
