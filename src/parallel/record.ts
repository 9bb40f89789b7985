// One source's extraction as one line of NDJSON: the map step's output (`extract --emit extractions`) and the
// reduce step's input (`reconcile`). The record is generic: the Extraction as it is, serialised whole, so fields
// added to Extraction later travel without a change here. Only the texts the record already holds are left out of
// it (the dated source's text is the read source's text; a sentence's text is the slice at its offsets) and put
// back on reading.
//
//   {"record":"summit-facts/extraction","version":1,"source":{…the Source as read…},"period":null,"extraction":{…}}
//
// `source` is the source as read, before dating; `period` is the month or year the extraction dated it against when
// it gave no date (see resolve/publication.ts): the reduce step, which sees every source, re-extracts the undated
// sources whose period it finds different, so a split of the input gives the same report as the whole.
import type { Extraction, Source } from '../core/types.js';
import { InputError } from '../core/errors.js';

export const RECORD_KIND = 'summit-facts/extraction';
export const RECORD_VERSION = 1;

// Typed arrays (the shingle signature) travel as {"$f64": base64 of their bytes}, little-endian as written.
const TYPED = '"$f64"';
function typedOut(_key: string, value: unknown): unknown {
  return value instanceof Float64Array ? { $f64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') } : value;
}
/** A {"$f64": …} value as its Float64Array, else null. */
function typedArrayOf(value: object): Float64Array | null {
  const b64 = (value as { $f64?: unknown }).$f64;
  if (typeof b64 !== 'string') return null;
  const bytes = Buffer.from(b64, 'base64');
  const out = new Float64Array(bytes.length / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** The parsed record with its {"$f64": …} values turned back into typed arrays, in place. A walk over the parsed
 *  value rather than a JSON.parse reviver: V8 calls a reviver for every value of the line, several times slower. */
function typedIn(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const typed = typedArrayOf(value);
  if (typed) return typed;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === 'object') {
        const t = typedIn(v);
        if (t !== v) value[i] = t;
      }
    }
  } else {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v === null || typeof v !== 'object') continue;
      const t = typedIn(v);
      // an own "__proto__" key (JSON.parse makes one) is a plain field here, never the prototype
      if (t !== v) Object.defineProperty(o, k, { value: t, writable: true, enumerable: true, configurable: true });
    }
  }
  return value;
}

export interface ExtractionRecord {
  source: Source;
  period: string | null;
  extraction: Extraction;
}

/** The record's line, without the final newline. Does not change `x`. */
export function toRecordLine(source: Source, period: string | null, x: Extraction): string {
  const text = source.text;
  const sliced: number[] = [];
  const sentences = x.doc.sentences.map((s, i) => {
    if (s.text !== text.slice(s.start, s.end)) return s;
    sliced.push(i);
    return { ...s, text: '' };
  });
  const sameText = x.doc.source.text === text;
  const extraction = { ...x, doc: { ...x.doc, source: sameText ? { ...x.doc.source, text: '' } : x.doc.source, sentences } };
  return JSON.stringify({ record: RECORD_KIND, version: RECORD_VERSION, source, period, sliced, sameText, extraction }, typedOut);
}

/** A record line back to the source, its period and its extraction (texts restored). `where` names the line in errors. */
export function fromRecordLine(line: string, where: string): ExtractionRecord {
  let r: {
    record?: unknown;
    version?: unknown;
    source?: Source;
    period?: string | null;
    sliced?: number[];
    sameText?: boolean;
    extraction?: Extraction;
  };
  try {
    r = JSON.parse(line);
  } catch (e) {
    throw new InputError(`${where}: not a JSON line (${(e as Error).message})`);
  }
  if (line.includes(TYPED)) typedIn(r);
  if (r?.record !== RECORD_KIND || !r.source || !r.extraction?.doc) throw new InputError(`${where}: not an extraction record (write them with \`extract --emit extractions\`)`);
  if (r.version !== RECORD_VERSION) throw new InputError(`${where}: extraction record version ${String(r.version)}, this summit-facts reads version ${RECORD_VERSION}`);
  const x = r.extraction;
  const text = r.source.text;
  if (r.sameText) x.doc.source.text = text;
  for (const i of r.sliced ?? []) {
    const s = x.doc.sentences[i];
    if (s) s.text = text.slice(s.start, s.end);
  }
  return { source: r.source, period: r.period ?? null, extraction: x };
}
