// Period phrases → ISO values against a publication date. Pure: ("last year", "2023-10-26") → "2022".
// Used for figures only when the dates extractor has not already resolved the phrase.

const QUARTERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MONTH_COUNTS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The year of an ISO date ("2023-10-26" → 2023), or null. */
export function yearOf(iso: string | null): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

/**
 * "last year", "the previous year", "this year", "the full year", "so far this year", "the end of the year",
 * "next year", "in 2022", "the first three quarters of 2021", "the first half of 2019", "the first eight months of
 * 2020", "the last 4 months of 2018" → ISO value, or null.
 */
export function resolvePeriodPhrase(phrase: string, published: string | null): string | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const year = yearOf(published);
  const explicit = /\b((?:19|20)\d{2})\b/.exec(p);
  const y = explicit ? Number(explicit[1]) : year;
  const parts = /\b(first|last) (one|two|three|four|[1-4]) quarters?\b/.exec(p);
  if (parts && y !== null) {
    const n = QUARTERS[parts[2]!]!;
    return parts[1] === 'first' ? `${y}-01/${y}-${pad(n * 3)}` : `${y}-${pad(13 - n * 3)}/${y}-12`;
  }
  const months = /\b(first|last) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01]) months?\b/.exec(p);
  if (months && y !== null) {
    const n = MONTH_COUNTS[months[2]!] ?? Number(months[2]);
    return months[1] === 'first' ? (n === 1 ? `${y}-01` : `${y}-01/${y}-${pad(n)}`) : n === 1 ? `${y}-12` : `${y}-${pad(13 - n)}/${y}-12`;
  }
  const half = /\b(first|second) half\b/.exec(p);
  if (half && y !== null) return half[1] === 'first' ? `${y}-01/${y}-06` : `${y}-07/${y}-12`;
  if (explicit) return explicit[1]!;
  if (year === null) return null;
  if (/\b(?:last|previous|past) year\b|\ba year earlier\b/.test(p)) return String(year - 1);
  if (/\bnext year\b|\bcoming year\b/.test(p)) return String(year + 1);
  if (/\b(?:this|current|full|whole) year\b|\bthe year\b|\byear to date\b/.test(p)) return String(year);
  return null;
}
