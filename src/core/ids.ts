// Ids derived from content, never from order of discovery: the same input gives the same ids.

/** "Xi Jinping" → "xi-jinping"; accents folded, punctuation dropped. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** The next suffix to try per base id, per `taken` set: the k-th copy of one base costs one probe, not k. */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** Make `id` unique within `taken` by suffixing -2, -3 … (the first free one); records the result in `taken`. */
export function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) {
    taken.add(id);
    return id;
  }
  let next = nextSuffix.get(taken);
  if (!next) nextSuffix.set(taken, (next = new Map()));
  let n = next.get(id) ?? 2;
  let out = `${id}-${n}`;
  while (taken.has(out)) out = `${id}-${++n}`;
  next.set(id, n + 1);
  taken.add(out);
  return out;
}
