// The terminal view: a report read top-down (summit record, conflicts in full, agreed facts, a count of the rest
// with the command that shows it), or the sections asked for. No line is wider than `o.width`; cells list a few
// source ids at most, so the view stays small whatever the number of articles.
import type { Report } from '../core/types.js';
import { block, MIN_WIDTH } from './layout.js';
import type { RenderOptions, Section } from './options.js';
import { factLines } from './table-facts.js';
import { SECTION_VIEWS, type View } from './table-sections.js';
import { conflictsOf, fewIds, namesOf, plural } from './values.js';

/** Agreed facts shown by the default view; the rest are counted with the command that lists them. */
export const OVERVIEW_AGREED = 20;

export function renderTable(r: Report, o: RenderOptions): string {
  const v: View = {
    c: o.colors,
    width: Math.max(MIN_WIDTH, Math.floor(Number.isFinite(o.width) ? o.width : 80)),
    names: namesOf(r),
    command: o.command ?? 'summit-facts extract <paths>',
  };
  const lines = o.sections?.length ? sections(r, o.sections, v) : overview(r, v);
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

function sections(r: Report, list: readonly Section[], v: View): string[] {
  const out: string[] = [];
  const chosen = new Set(list);
  // facts next to conflicts: the conflicts are not repeated
  const withoutConflicts: Report = { ...r, facts: r.facts.filter((f) => f.status !== 'conflict') };
  for (const s of chosen) {
    if (out.length) out.push('');
    out.push(...SECTION_VIEWS[s](s === 'facts' && chosen.has('conflicts') ? withoutConflicts : r, v));
  }
  return out;
}

function overview(r: Report, v: View): string[] {
  const out: string[] = [...SECTION_VIEWS.summit(r, v)];
  if (r.duplicates?.length) {
    out.push('', ...block(`${r.duplicates.slice(0, 3).map((g) => fewIds(g, 3).replace(/, /g, ' = ')).join('; ')}${r.duplicates.length > 3 ? `; + ${r.duplicates.length - 3} more groups` : ''}`,
      v.width, `${v.c.bold('Near-duplicates')} (counted once for agreement): `, '  '));
  }
  const conflicts = conflictsOf(r);
  if (conflicts.length) out.push('', ...SECTION_VIEWS.conflicts(r, v));
  const agreed = r.facts.filter((f) => f.status === 'agreed');
  if (agreed.length) {
    out.push('', v.c.bold(`Agreed facts (${agreed.length})`));
    for (const f of agreed.slice(0, OVERVIEW_AGREED)) out.push(...factLines(f, v));
    if (agreed.length > OVERVIEW_AGREED) out.push(...block(v.c.dim(`+ ${agreed.length - OVERVIEW_AGREED} more agreed facts (--section facts)`), v.width, '  '));
  }
  out.push('', ...rest(r, v, agreed.length > OVERVIEW_AGREED));
  return out;
}

/** One line that counts what the overview left out, and the command that shows it. */
function rest(r: Report, v: View, moreFacts: boolean): string[] {
  const single = r.facts.filter((f) => f.status === 'single').length;
  const parts: Array<[number, string, string]> = [
    [single, plural(single, 'single-source fact'), 'facts'],
    [r.people.length, plural(r.people.length, 'person', 'people'), 'people'],
    [r.places.length, plural(r.places.length, 'place'), 'places'],
    [r.organizations.length, plural(r.organizations.length, 'organization'), 'organizations'],
    [r.figures.length, plural(r.figures.length, 'figure'), 'figures'],
    [r.dates.length, plural(r.dates.length, 'date'), 'dates'],
    [r.quotes.length, plural(r.quotes.length, 'quote'), 'quotes'],
    [r.sources.length, plural(r.sources.length, 'source'), 'sources'],
    [skippedCount(r), plural(skippedCount(r), 'skipped input'), 'skipped'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  if (!shown.length && !moreFacts) return [];
  const names = [...new Set(shown.map(([, , s]) => s))];
  return [
    ...block(`${shown.map(([, t]) => t).join(', ')}. To see them:`, v.width, v.c.bold('Also: '), '  '),
    ...block(`${v.c.cyan(`${v.command} --section NAME`)}  ${v.c.dim(`(NAME: ${names.join(', ')})`)}`, v.width, '  ', '    '),
  ];
}

const skippedCount = (r: Report) => ((r as { skipped?: unknown[] }).skipped ?? []).length;
