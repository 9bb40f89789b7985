// Size limits: what one source may weigh, and how a longer one is cut.

/** Default cap on one source: bytes read from a file, and characters of text kept (5 MB ≈ a thousand articles). */
export const DEFAULT_MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** HTML carries markup, scripts and styles: read this many times the cap before extracting the text. */
export const HTML_RAW_FACTOR = 2;

/** stdin may hold JSON Lines (many articles): read this many times the cap from it. */
export const STDIN_RAW_FACTOR = 8;

export interface Limits {
  maxSourceBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({ maxSourceBytes: DEFAULT_MAX_SOURCE_BYTES });

/** "5 MB", "12 KB", "900 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export type CutAt = 'paragraph break' | 'line break' | 'word break' | 'character';

/**
 * Cuts `text` to at most `max` characters, at the last paragraph break in the second half of the allowance,
 * else the last line break, else the last space, else exactly at `max` (never inside a surrogate pair).
 * `cut`: the text is known to go on past its end (a read stopped at the cap), so it is cut even when short enough.
 */
export function cutText(text: string, max: number, cut = false): { text: string; at: CutAt | null } {
  if (text.length <= max && !cut) return { text, at: null };
  max = Math.min(max, text.length);
  const floor = Math.floor(max / 2);
  for (const [sep, at] of [['\n\n', 'paragraph break'], ['\n', 'line break'], [' ', 'word break']] as const) {
    const i = text.lastIndexOf(sep, max - sep.length);
    if (i >= floor) return { text: text.slice(0, i).trimEnd(), at };
  }
  const code = text.charCodeAt(max - 1);
  return { text: text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max), at: 'character' };
}

export function cutAtBoundary(text: string, max: number, cut = false): string {
  return cutText(text, max, cut).text;
}
