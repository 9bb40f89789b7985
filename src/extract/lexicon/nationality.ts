// Country names, demonyms and everyday short names → the country's name ("Brazilian" → Brazil, "South African" →
// South Africa, "U.S." → United States). World knowledge from world-countries (generated) and the place aliases.
// A demonym that several entries share ("French": France and the French Southern Lands) names the independent country.
import { COUNTRIES } from './generated/COUNTRIES.js';
import { PLACE_ALIASES } from './places.js';

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const put = (form: string, name: string) => {
    const k = form.toLowerCase();
    if (k && !out.has(k)) out.set(k, name);
  };
  const byIndependence = [...COUNTRIES].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of byIndependence) for (const f of [c.name, ...(c.demonym ? c.demonym.split(/,\s*/) : [])]) put(f, c.name);
  // not a bare two-letter "US", which reads as "us" in lower case
  for (const p of PLACE_ALIASES) if (p.kind === 'country') for (const a of p.aliases) if (a.length > 2 || a.includes('.')) put(a, p.name);
  return out;
}

/** Lower-cased country names, demonyms and short names → the country's name. */
export const COUNTRY_OF: ReadonlyMap<string, string> = build();

/** The country a name or nationality word names, or null. */
export function countryOf(word: string): string | null {
  return COUNTRY_OF.get(word.toLowerCase()) ?? null;
}
