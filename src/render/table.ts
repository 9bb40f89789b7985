// Readable tables for a terminal: summit record and facts first (conflicts first), then the lists.
import Table from 'cli-table3';
import type { Entity, Report } from '../core/types.js';
import type { Colors } from './colors.js';

function table(head: string[], rows: string[][], c: Colors): string {
  const t = new Table({ head: head.map((h) => c.bold(h)), style: { head: [], border: [] }, wordWrap: true });
  for (const r of rows) t.push(r);
  return t.toString();
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const fmtNum = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 10000) / 10000));

function entities(title: string, list: Entity[], c: Colors, withKind: boolean): string {
  if (!list.length) return '';
  const rows = list.map((e) => [
    e.name, ...(withKind ? [e.kind ?? ''] : []), e.aliases.join(', '), e.titles.join(', '), String(e.sources.length), String(e.mentions.length),
  ]);
  const head = ['name', ...(withKind ? ['kind'] : []), 'aliases', 'titles', 'sources', 'mentions'];
  return `${c.bold(title)} (${list.length})\n${table(head, rows, c)}\n`;
}

export function renderTable(r: Report, c: Colors): string {
  const out: string[] = [];
  const names = new Map([...r.people, ...r.places, ...r.organizations].map((e) => [e.id, e.name]));
  if (r.summit) {
    const s = r.summit;
    out.push(`${c.bold('Summit')}\n${table(['participants', 'places', 'dates', 'sources'], [[
      s.participants.map((p) => names.get(p) ?? p).join(', '), s.places.map((p) => names.get(p) ?? p).join(', '),
      s.dates.join(', '), String(s.sources.length),
    ]], c)}\n`);
  }
  if (r.duplicates?.length) {
    out.push(`${c.bold('Near-duplicate sources')} (each group counts as one source for agreement): ${r.duplicates.map((g) => g.join(' = ')).join('; ')}\n`);
  }
  if (r.facts.length) {
    const order = { conflict: 0, agreed: 1, single: 2 } as const;
    const facts = [...r.facts].sort((a, b) => order[a.status] - order[b.status]);
    const status = (s: string) => (s === 'conflict' ? c.red(c.bold('CONFLICT')) : s === 'agreed' ? c.green('agreed') : c.dim('single'));
    const rows = facts.map((f) => [
      status(f.status),
      clip(f.claim, 50),
      f.values.map((v) => `${typeof v.value === 'number' ? fmtNum(v.value) : v.value} ${v.unit}${v.approx && v.approx !== 'exact' ? ` (${v.approx})` : ''}${v.period ? ` [${v.period}]` : ''} ← ${v.sources.join(', ')}`).join('\n'),
      clip(f.note, 80),
    ]);
    out.push(`${c.bold('Facts')} (${r.facts.length})\n${table(['status', 'claim', 'values ← sources', 'note'], rows, c)}\n`);
  }
  out.push(`${c.bold('Sources')} (${r.sources.length})\n${table(['id', 'title', 'published', 'from', 'chars', 'warnings'], r.sources.map((s) => [
    s.id, clip(s.title ?? '', 50), s.published ?? c.yellow('unknown'), s.publishedFrom ?? '', String(s.chars), s.warnings.length ? c.yellow(s.warnings.join('; ')) : '',
  ]), c)}\n`);
  out.push(entities('People', r.people, c, false));
  out.push(entities('Places', r.places, c, true));
  out.push(entities('Organizations', r.organizations, c, false));
  if (r.figures.length) {
    out.push(`${c.bold('Figures')} (${r.figures.length})\n${table(['kind', 'value', 'unit', 'approx', 'about', 'period', 'text', 'sources'], r.figures.map((f) => [
      f.kind, fmtNum(f.value), f.unit, f.approx, clip(f.about ?? '', 40), f.period ?? '', clip(f.text, 30), f.sources.join(', '),
    ]), c)}\n`);
  }
  if (r.dates.length) {
    out.push(`${c.bold('Dates')} (${r.dates.length})\n${table(['value', 'granularity', 'text', 'relative', 'sources'], r.dates.map((d) => [
      d.value ?? c.yellow('unresolved'), d.granularity, clip(d.text, 40), d.relative ? 'yes' : '', d.sources.join(', '),
    ]), c)}\n`);
  }
  if (r.quotes.length) {
    out.push(`${c.bold('Quotes')} (${r.quotes.length})\n${table(['speaker', 'quote', 'sources'], r.quotes.map((q) => [
      q.speaker ? names.get(q.speaker) ?? q.speaker : c.dim('unknown'), clip(q.text, 90), q.sources.join(', '),
    ]), c)}\n`);
  }
  return out.filter(Boolean).join('\n');
}
