import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { extractDated } from '../pipeline.js';
import { fromRecordLine, toRecordLine } from './record.js';

const source = (text: string): Source => ({ id: 'r1', path: 'r1.txt', text, title: null, published: '2031-05-06', publishedFrom: 'header', warnings: [] });

describe('extraction records', () => {
  it('carry the shingle signature back as a Float64Array with the same values, texts restored', () => {
    const s = source('Premier Ilse Varga met President Tomas Reyes in Valletta on Tuesday. The two signed a €40 million grid deal, '
      + 'officials said, and agreed to meet again in the autumn to review the first shipments of the new cable.');
    const x = extractDated(s, null);
    const back = fromRecordLine(toRecordLine(s, null, x), 'line 1');
    expect(back.extraction.shingles).toBeInstanceOf(Float64Array);
    expect([...back.extraction.shingles!]).toEqual([...x.shingles!]);
    expect(back.extraction.doc.source.text).toBe(s.text);
    expect(back.extraction.doc.sentences.map((t) => t.text)).toEqual(x.doc.sentences.map((t) => t.text));
    expect(back.extraction.figures).toEqual(x.figures);
  });

  it('read a text that spells the marker ("$f64") as text, and an own "__proto__" field as a plain field', () => {
    const s = source('The file format note read "$f64" twice, the ministers were told in Riga on Monday, and nothing else was said about it.');
    const x = extractDated(s, null);
    const line = toRecordLine(s, null, x);
    expect(fromRecordLine(line, 'line 1').source.text).toBe(s.text);
    const withProto = line.replace('"extraction":{', '"extraction":{"__proto__":{"$f64":"AAAAAAAA8D8="},');
    const back = fromRecordLine(withProto, 'line 1').extraction as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual(new Float64Array([1]));
  });
});
