const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower case without diacritics: "Erdoğan" and "ERDOGAN" share one key. */
export function fold(s: string): string {
  if (ASCII_RE.test(s)) return s.toLowerCase(); // nothing to decompose
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
