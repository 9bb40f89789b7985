// A fact in the terminal view: claim, value(s), id and a few sources; a conflict shows each side and its note in full.
import type { Fact } from '../core/types.js';
import type { Colors } from './colors.js';
import { block, field } from './layout.js';
import type { View } from './table-sections.js';
import { describeExtra, extraFields, fewIds, formatFactValue, plural } from './values.js';

const MARK = (c: Colors, f: Fact) => (f.status === 'conflict' ? c.red('✗') : f.status === 'agreed' ? c.green('✓') : c.dim('·'));

/** A fact as a small block: the claim and its value(s), then its id and sources; a conflict shows each side and its note in full. */
export function factLines(f: Fact, v: View): string[] {
  const { c, width } = v;
  const out: string[] = [];
  const id = c.cyan(f.id);
  if (f.status !== 'conflict' && f.values.length === 1) {
    const val = f.values[0]!;
    out.push(...block(`${c.bold(f.claim)}: ${formatFactValue(val, f.period)}`, width, `  ${MARK(c, f)} `, '    '));
    out.push(...block(`${id} · ${plural(val.sources.length, 'source')}: ${fewIds(val.sources)}`, width, '    '));
  } else {
    out.push(...block(`${c.bold(f.claim)}  ${id}`, width, `  ${MARK(c, f)} `, '    '));
    for (const val of f.values) {
      const said = val.mentions[0]?.text;
      out.push(...block(`${formatFactValue(val, f.period)} — ${fewIds(val.sources)}${said ? ` ${c.dim(`“${said}”`)}` : ''}`, width, '    • ', '      '));
    }
  }
  if (f.status === 'conflict' && f.note) out.push(...field(c.yellow('why'), f.note, width, 3, '    '));
  for (const [k, x] of extraFields(f, ['id', 'claim', 'about', 'period', 'values', 'status', 'note'])) {
    if (f.status === 'conflict') out.push(...field(c.dim(k), describeExtra(x, v.names), width, 3, '    '));
  }
  return out;
}

