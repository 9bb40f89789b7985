// Bytes → text. Byte-order marks (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), else UTF-8 when the bytes are UTF-8,
// else a legacy encoding detected by chardet (Windows-1252 first among equals) and decoded by iconv-lite.
// Files with NUL bytes or many control characters are binary: no text, a reason instead.
// Line endings become "\n" (CRLF and lone CR): every offset downstream is into this decoded text.
import { createRequire } from 'node:module';
// chardet and iconv-lite are loaded on the first file that is not UTF-8, not at start-up
const require = createRequire(import.meta.url);
type Chardet = typeof import('chardet');
type Iconv = typeof import('iconv-lite');
let chardetLib: Chardet | undefined;
let iconvLib: Iconv | undefined;
const chardet = { analyse: (b: Buffer) => (chardetLib ??= require('chardet') as Chardet).analyse(b) };
const iconv = {
  encodingExists: (name: string) => (iconvLib ??= require('iconv-lite') as Iconv).encodingExists(name),
  decode: (b: Buffer, name: string) => (iconvLib ??= require('iconv-lite') as Iconv).decode(b, name),
};

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

/** Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
const BOMS = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

/** How much of a file chardet and the binary check look at. */
const SNIFF_BYTES = 64 * 1024;
/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Encodings read as Windows-1252, its superset for printable text (as browsers do). */
const LATIN1_ALIASES = new Set(['iso-8859-1', 'us-ascii', 'ascii']);
const PREFERRED_LEGACY = 'windows-1252';

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8', { fatal: false });
const REPLACEMENT_BYTES = Buffer.from('\uFFFD', 'utf8');
const NEWLINES_RE = /\r\n?/g;

export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(NEWLINES_RE, '\n') : text;
}

function bomOf(b: Buffer): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (b.length >= bom.bytes.length && bom.bytes.every((x, i) => b[i] === x)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** Drops an incomplete UTF-8 sequence at the end of a buffer cut at a size limit. */
export function completeUtf8(b: Buffer): Buffer {
  for (let back = 1; back <= Math.min(4, b.length); back++) {
    const byte = b[b.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? b.subarray(0, b.length - back) : b;
  }
  return b;
}

/** Drops a trailing odd byte and a lone high surrogate from UTF-16 cut at a size limit. */
function completeUtf16(b: Buffer, bigEndian: boolean): Buffer {
  let out = b.length % 2 ? b.subarray(0, b.length - 1) : b;
  if (out.length >= 2) {
    const unit = bigEndian ? out.readUInt16BE(out.length - 2) : out.readUInt16LE(out.length - 2);
    if (unit >= 0xd800 && unit <= 0xdbff) out = out.subarray(0, out.length - 2);
  }
  return out;
}

function countOf(haystack: string | Buffer, needle: string | Buffer): number {
  let n = 0;
  for (let at = haystack.indexOf(needle as never); at >= 0; at = haystack.indexOf(needle as never, at + needle.length)) n++;
  return n;
}

function binaryReason(b: Buffer): string | null {
  if (b.includes(0)) return 'binary file (contains NUL bytes)';
  const sample = b.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  return controls > 8 && controls / sample.length > MAX_CONTROL_SHARE ? 'binary file (control characters)' : null;
}

/** The legacy encoding chardet finds most likely, Windows-1252 when it is as likely as the best. */
export function detectLegacy(b: Buffer): string {
  const candidates = chardet
    .analyse(b.subarray(0, SNIFF_BYTES))
    .map((c) => ({ name: LATIN1_ALIASES.has(c.name.toLowerCase()) ? PREFERRED_LEGACY : c.name.toLowerCase(), confidence: c.confidence }))
    .filter((c) => !c.name.startsWith('utf') && iconv.encodingExists(c.name));
  const best = candidates[0];
  if (!best) return PREFERRED_LEGACY;
  const preferred = candidates.find((c) => c.name === PREFERRED_LEGACY);
  return preferred && preferred.confidence >= best.confidence ? PREFERRED_LEGACY : best.name;
}

/** UTF-8 text, or null when most non-ASCII bytes are invalid and `orLegacy` lets another encoding be tried. */
function decodeUtf8(b: Buffer, warnings: string[], orLegacy: boolean): string | null {
  try {
    return UTF8_FATAL.decode(b);
  } catch {
    const text = UTF8_LENIENT.decode(b);
    const replaced = countOf(text, '\uFFFD') - countOf(b, REPLACEMENT_BYTES);
    let multibyte = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80 && text.charCodeAt(i) !== 0xfffd) multibyte++;
    // valid multi-byte characters rarely happen by chance in a legacy encoding: with a fair share of them
    // (a quarter of the invalid ones or more), this is damaged UTF-8; without, it is another encoding
    if (orLegacy && multibyte * 4 < replaced) return null;
    warnings.push(`invalid UTF-8 replaced (${replaced} ${replaced === 1 ? 'sequence' : 'sequences'})`);
    return text;
  }
}

/**
 * Decodes a file's bytes. `truncated` says the bytes were cut at a size limit, so a character split at the end
 * is dropped rather than reported as invalid.
 */
export function decode(bytes: Buffer, truncated = false): Decoded {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  let body = bom ? bytes.subarray(bom.length) : bytes;
  let encoding = bom?.encoding ?? 'utf-8';
  let text: string | null;
  if (bom && encoding !== 'utf-8') {
    if (truncated && encoding.startsWith('utf-16')) body = completeUtf16(body, encoding === 'utf-16be');
    text = iconv.decode(body, encoding);
  } else {
    const reason = binaryReason(body);
    if (reason) return { ok: false, reason };
    if (truncated) body = completeUtf8(body);
    text = decodeUtf8(body, warnings, !bom);
    if (text === null) {
      encoding = detectLegacy(body);
      text = iconv.decode(body, encoding);
      warnings.push(`not UTF-8: decoded as ${encoding}`);
    }
  }
  if (text.includes('\0')) return { ok: false, reason: 'binary file (contains NUL characters)' };
  return { ok: true, text: normalizeNewlines(text), encoding, warnings };
}
