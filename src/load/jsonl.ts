// JSON Lines: one article per line, `{"text": "...", "id"?: "...", "title"?: "...", "published"?: "YYYY-MM-DD..."}`.
// Lines are split from a stream of chunks, so a file of any size is read in bounded memory; a line longer than
// the cap is skipped (a JSON object cannot be cut) without being held whole.
import { isoFromAttribute } from './htmlmeta.js';
import { normalizeNewlines } from './decode.js';
import { formatBytes } from './limits.js';

export interface JsonlLine {
  /** 1-based line number */
  line: number;
  /** the line's bytes, or null when it was longer than the cap */
  bytes: Buffer | null;
  length: number;
}

/** Splits a byte stream into lines ("\n", with a "\r" before it dropped), skipping lines over `maxLine` bytes. */
export async function* splitLines(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, maxLine: number): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let line = 1;
  const finish = (): JsonlLine => {
    let bytes = length > maxLine ? null : Buffer.concat(parts);
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const out = { line, bytes, length };
    parts = [];
    length = 0;
    line++;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      length += nl - from;
      if (length <= maxLine) parts.push(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    length += chunk.length - from;
    if (length <= maxLine) parts.push(chunk.subarray(from));
    else parts = [];
  }
  if (length > 0) yield finish();
}

export interface JsonlArticle {
  text: string;
  id: string | null;
  title: string | null;
  published: string | null;
  warnings: string[];
}

const UTF8_LENIENT = new TextDecoder('utf-8', { fatal: false });
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });
type WellFormed = { isWellFormed(): boolean; toWellFormed(): string };

/** One line → an article, null for a blank line, or a reason to skip it. */
export function parseJsonlLine(l: JsonlLine, maxLine: number): JsonlArticle | null | { skip: string } {
  if (!l.bytes) return { skip: `line ${l.line} is ${formatBytes(l.length)}, over the ${formatBytes(maxLine)} cap` };
  let bytes = l.bytes;
  if (l.line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const warnings: string[] = [];
  let raw: string;
  try {
    raw = UTF8_FATAL.decode(bytes);
  } catch {
    raw = UTF8_LENIENT.decode(bytes);
    warnings.push('invalid UTF-8 replaced');
  }
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { skip: `line ${l.line} is not JSON` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { skip: `line ${l.line} is not a JSON object` };
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return { skip: `line ${l.line} has no "text" string` };
  let text = normalizeNewlines(o.text);
  if (!(text as unknown as WellFormed).isWellFormed()) {
    text = (text as unknown as WellFormed).toWellFormed();
    warnings.push('lone surrogates in "text" replaced');
  }
  if (text.trim() === '') return { skip: `line ${l.line} has an empty "text"` };
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : null);
  const id = str('id') ?? (typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : null);
  const published = isoFromAttribute(str('published'));
  if (str('published') && !published) warnings.push(`"published" is not an ISO date: "${str('published')}"`);
  return { text, id, title: str('title'), published, warnings };
}

/** Bytes that read as JSON Lines: the first non-blank line is a JSON object with a "text" string. */
export function looksLikeJsonl(head: string): boolean {
  const first = head.split('\n', 8).find((l) => l.trim() !== '');
  if (!first || !first.trimStart().startsWith('{')) return false;
  try {
    const v = JSON.parse(first) as Record<string, unknown>;
    return typeof v === 'object' && v !== null && typeof v.text === 'string';
  } catch {
    return false;
  }
}
