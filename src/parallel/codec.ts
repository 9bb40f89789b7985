// What a worker sends back for one source: its extraction without the texts the main thread already holds
// (the source text, and sentence texts that are slices of it). Put back, they are the main thread's own
// strings and slices, so a run with workers holds each text once, as a run without them does.
import type { Extraction } from '../core/types.js';

export interface Packed {
  extraction: Extraction;
  /** per sentence: 1 when its text was left out (it is the slice of the source text at its offsets) */
  sliced: Uint8Array;
}

/** Takes the texts out of `x` in place (the worker drops `x` once sent). */
export function pack(x: Extraction, text: string): Packed {
  if (x.doc.source.text !== text) throw new Error(`worker: source ${x.doc.source.id} changed its text`);
  const sliced = new Uint8Array(x.doc.sentences.length);
  x.doc.sentences.forEach((s, i) => {
    if (s.text !== text.slice(s.start, s.end)) return;
    sliced[i] = 1;
    s.text = '';
  });
  x.doc.source.text = '';
  return { extraction: x, sliced };
}

/** The extraction again, its texts taken from `text` (the main thread's copy of the source text). */
export function unpack(p: Packed, text: string): Extraction {
  const x = p.extraction;
  x.doc.source.text = text;
  x.doc.sentences.forEach((s, i) => {
    if (p.sliced[i]) s.text = text.slice(s.start, s.end);
  });
  return x;
}
