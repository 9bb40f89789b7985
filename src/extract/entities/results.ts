// Sports results and standings: a line "Feyenoord 3 Utrecht 1" or "Ajax 20 14 4 2 40 15 46" names teams, which are
// organizations even where a team carries a city's name. National teams keep their country's name as a place
// ("Germany 2 Chile 1", as news annotation does), and so does any line that names a country.
import type { SentenceCtx } from './candidates.js';
import { lookup } from './gazetteer.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|de|del|di|da|do|of|the|van|von))*?`;
/** "Feyenoord 3 Utrecht 1", "St Johnstone 0 Hibernian 2" (a line of its own: nothing else on it). */
const SCORE_LINE_RE = new RegExp(String.raw`^(${NAME})\s+\d{1,3}\s+(${NAME})\s+\d{1,3}\s*$`, 'u');
/** "Ajax Amsterdam 20 14 4 2 40 15 46": a team and five or more numbers of a table. */
const TABLE_LINE_RE = new RegExp(String.raw`^(${NAME})(?:\s+\d{1,3}){5,}\s*$`, 'u');

/** When the sentence is a result or table line, its teams become organizations and true is returned. */
export function resultLine(c: SentenceCtx): boolean {
  const s = c.sentence;
  const line = c.text.slice(s.start, s.end);
  if (line.length > 120 || line.includes('\n')) return false;
  const m = SCORE_LINE_RE.exec(line) ?? TABLE_LINE_RE.exec(line);
  if (!m || [m[1], m[2]].some((t) => t && lookup(t, t === t.toUpperCase())?.kind === 'country')) return false;
  const lead = line.length - line.trimStart().length;
  let from = lead;
  for (const team of [m[1], m[2]]) {
    if (!team) continue;
    const at = line.indexOf(team, from);
    from = at + team.length;
    const start = s.start + at;
    c.cands.push({ type: 'organization', start, end: start + team.length, name: team, titles: [], rule: 'result-line', sentence: s });
  }
  return true;
}
