// What a text itself says about when it was written: the latest full date it cites, the latest year it tells in the past.
import type { Tense } from '../../core/types.js';
import type { TextEvidence } from '../../resolve/reference.js';
import type { DateMatch } from './scan.js';

/** The latest full date the text cites (any part of the page), and the latest year it tells in the past. */
export function textEvidence(matches: DateMatch[], tenses: Tense[]): TextEvidence {
  let latestDay: string | null = null;
  let notBefore: number | null = null;
  matches.forEach((m, i) => {
    const r = m.raw;
    if (r.kind === 'date' && r.y !== null) {
      const v = `${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`;
      if (tenses[i] !== 'future' && (!latestDay || v > latestDay)) latestDay = v;
    }
    const y = r.kind === 'year' || r.kind === 'date' || r.kind === 'month' || r.kind === 'day-range' ? r.y : null;
    if (y !== null && tenses[i] === 'past' && (notBefore === null || y > notBefore)) notBefore = y;
  });
  return { latestDay, notBefore };
}


/** A capture whose value depends on the reference date ("last week", "Tuesday", "Oct. 17", "the 25th"). */
export function needsReference(r: DateMatch['raw']): boolean {
  switch (r.kind) {
    case 'year':
    case 'decade':
    case 'fiscal-year':
      return false;
    case 'date':
    case 'day-range':
    case 'month':
    case 'part-of-year':
      return r.y === null;
    default:
      return true;
  }
}
