/** Lower case without diacritics: "Erdoğan" and "ERDOGAN" share one key. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
