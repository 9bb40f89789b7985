const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower case without diacritics: "Erdoğan" and "ERDOGAN" share one key. */
export function fold(s: string): string {
  if (ASCII_RE.test(s)) return s.toLowerCase(); // nothing to decompose
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const LOWER_WORD_RE = /^\p{Ll}+$/u;

/** /[\p{L}\p{N}]/u for the code point that ends at `end` (a low surrogate's pair read whole). */
function letterOrDigitBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const from = (c & 0xfc00) === 0xdc00 && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? end - 2 : end - 1;
  return LETTER_OR_DIGIT_RE.test(text.slice(from, end));
}

/** /[\p{L}\p{N}]/u for the code point that starts at `start`. */
function letterOrDigitAt(text: string, start: number): boolean {
  if (start >= text.length) return false;
  const c = text.charCodeAt(start);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether `word` stands in `text` as a whole word: no letter or digit right before or right after it. */
export function hasWholeWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!letterOrDigitBefore(text, i) && !letterOrDigitAt(text, i + word.length)) return true;
  }
  return false;
}

/**
 * Whether `word` (lower-case letters only) stands in `text` as a whole word written in lower case: one of the runs
 * /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu reads. Found with indexOf, without collecting the text's words, so a
 * document asked about a few words pays for those alone.
 */
export function hasLowerWord(text: string, word: string): boolean {
  return LOWER_WORD_RE.test(word) && hasWholeWord(text, word);
}
