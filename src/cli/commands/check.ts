// `summit-facts check <folders...> [--update]`: each case folder (one holding expected.json beside its articles)
// is extracted and compared with its expected.json; drift is shown as a readable diff of the summit record, facts
// and entities, and exits 1. `--update` re-blesses. The project's own fixtures are checked the same way.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import type { Report } from '../../core/types.js';
import { loadSources } from '../../load/index.js';
import { runParallel } from '../../parallel/run.js';
import { renderJson } from '../../render/json.js';
import { withItemIds } from '../../report-ids.js';
import { CheckFailed } from '../exit.js';
import { writeFileAtomic, writeOut, type Io } from '../io.js';

export interface CheckOptions {
  update?: boolean;
  quiet?: boolean;
}

export const EXPECTED = 'expected.json';

/**
 * Case folders under `folders`: a folder with expected.json is a case; others are searched, in name order. With
 * `bless` (--update), a named folder holding no case at all becomes one: its first expected.json is written.
 */
export async function findCases(folders: string[], bless = false): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string, named: boolean): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (named) throw new InputError(`cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === EXPECTED)) {
      out.push(dir);
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') await visit(path.join(dir, e.name), false);
    }
  };
  for (const f of folders) {
    const before = out.length;
    await visit(f, true);
    if (bless && out.length === before) out.push(f);
  }
  return out;
}

/** The JSON document of one case: its articles (expected.json aside), source paths relative to the case folder. */
export async function caseOutput(dir: string): Promise<string> {
  const { sources } = await loadSources([dir], {}, async () => Buffer.alloc(0));
  const report: Report = withItemIds(await runParallel(sources, 1));
  const cwd = process.cwd();
  const rel = (p: string) => path.relative(dir, path.resolve(cwd, p)).split(path.sep).join('/');
  const rebased = { ...report, sources: report.sources.map((s) => ({ ...s, path: rel(s.path.replace(/:\d+$/, '')) + (/:\d+$/.exec(s.path)?.[0] ?? '') })), skipped: [] };
  return renderJson(rebased);
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const byId = (xs: Json[] | undefined) => new Map((xs ?? []).map((x, i) => [String(x.id ?? x.value ?? i), x]));
const valueText = (v: Json) => `${v.value} ${v.unit}${v.approx && v.approx !== 'exact' ? ` (${v.approx})` : ''} ← ${(v.sources ?? []).join(', ')}`;
/** One item in a line: a record by its id, value or text (the summit's evidence entries), a scalar as is. */
const itemText = (x: unknown): string =>
  x !== null && typeof x === 'object' ? String((x as Json).id ?? (x as Json).value ?? (x as Json).text ?? JSON.stringify(x)) : String(x);
const list = (xs: unknown) => (Array.isArray(xs) ? xs.map(itemText).join(', ') : xs === null || xs === undefined ? '—' : itemText(xs)) || '—';
const isRecord = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);
/** Keys that change with the tool, not with the output: never drift. */
const IGNORED = new Set(['tool', '$schema']);

/** A readable diff of two reports: the summit record, facts, entities, then other items by count. Empty: no drift. */
export function diffReports(expected: Json, actual: Json): string[] {
  const out: string[] = [];
  const es = expected.summit as Json | null;
  const as = actual.summit as Json | null;
  if (JSON.stringify(es) !== JSON.stringify(as)) {
    out.push('summit record:');
    if (!es || !as) out.push(`  - ${es ? 'a summit record' : 'none'}`, `  + ${as ? 'a summit record' : 'none'}`);
    for (const k of new Set([...Object.keys(es ?? {}), ...Object.keys(as ?? {})])) {
      if (!es || !as || JSON.stringify(es[k]) === JSON.stringify(as[k])) continue;
      if (isRecord(es[k]) && isRecord(as[k])) {
        // a nested record (the evidence): which of its parts changed, each as a list of ids
        for (const sub of new Set([...Object.keys(es[k]), ...Object.keys(as[k])])) {
          if (JSON.stringify(es[k][sub]) === JSON.stringify(as[k][sub])) continue;
          const label = `${k}.${sub}`;
          out.push(`  ${label}: - ${list(es[k][sub])}`, `  ${' '.repeat(label.length)}  + ${list(as[k][sub])}`);
        }
        continue;
      }
      out.push(`  ${k}: - ${list(es[k])}`, `  ${' '.repeat(k.length)}  + ${list(as[k])}`);
    }
  }
  const ef = byId(expected.facts);
  const af = byId(actual.facts);
  const factLines: string[] = [];
  for (const [id, f] of ef) if (!af.has(id)) factLines.push(`  - ${id} (${f.status}): ${f.claim}`);
  for (const [id, f] of af) if (!ef.has(id)) factLines.push(`  + ${id} (${f.status}): ${f.claim}`, ...(f.values ?? []).map((v: Json) => `      ${valueText(v)}`));
  for (const [id, f] of ef) {
    const g = af.get(id);
    if (!g || JSON.stringify(f) === JSON.stringify(g)) continue;
    factLines.push(`  ~ ${id}: ${g.claim}`);
    if (f.status !== g.status) factLines.push(`      status: ${f.status} → ${g.status}`);
    const ev = (f.values ?? []).map(valueText);
    const av = (g.values ?? []).map(valueText);
    for (const v of ev) if (!av.includes(v)) factLines.push(`      - ${v}`);
    for (const v of av) if (!ev.includes(v)) factLines.push(`      + ${v}`);
    if (f.note !== g.note) factLines.push(`      note: - ${f.note || '—'}`, `            + ${g.note || '—'}`);
    if (f.claim !== g.claim) factLines.push(`      claim was: ${f.claim}`);
  }
  if (factLines.length) out.push('facts:', ...factLines);
  for (const kind of ['people', 'places', 'organizations']) {
    const e = byId(expected[kind]);
    const a = byId(actual[kind]);
    const lines: string[] = [];
    for (const [id, x] of e) if (!a.has(id)) lines.push(`  - ${id}: ${x.name}`);
    for (const [id, x] of a) if (!e.has(id)) lines.push(`  + ${id}: ${x.name} (${(x.sources ?? []).length} source${(x.sources ?? []).length === 1 ? "" : "s"})`);
    for (const [id, x] of e) {
      const y = a.get(id);
      if (!y || JSON.stringify(x) === JSON.stringify(y)) continue;
      const what = ['name', 'kind', 'aliases', 'titles', 'sources'].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
      lines.push(`  ~ ${id}: ${what.length ? what.map((k) => `${k} ${list(x[k])} → ${list(y[k])}`).join('; ') : 'mentions changed'}`);
    }
    if (lines.length) out.push(`${kind}:`, ...lines);
  }
  const shown = new Set(['summit', 'facts', 'people', 'places', 'organizations']);
  for (const k of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (shown.has(k) || IGNORED.has(k) || JSON.stringify(expected[k]) === JSON.stringify(actual[k])) continue;
    if (Array.isArray(expected[k]) || Array.isArray(actual[k])) {
      const e = byId(expected[k]);
      const a = byId(actual[k]);
      const gone = [...e.keys()].filter((x) => !a.has(x));
      const added = [...a.keys()].filter((x) => !e.has(x));
      const changed = [...e.keys()].filter((x) => a.has(x) && JSON.stringify(e.get(x)) !== JSON.stringify(a.get(x)));
      const parts = [gone.length && `${gone.length} gone (${gone.slice(0, 3).join(', ')}${gone.length > 3 ? ', …' : ''})`, added.length && `${added.length} new (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''})`, changed.length && `${changed.length} changed (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''})`].filter(Boolean);
      out.push(`${k}: ${parts.join('; ') || 'order changed'}`);
    } else out.push(`${k}: ${JSON.stringify(expected[k])} → ${JSON.stringify(actual[k])}`);
  }
  return out;
}

export async function checkCommand(folders: string[], opts: CheckOptions, io: Io): Promise<void> {
  const cases = await findCases(folders, opts.update);
  if (!cases.length) throw new InputError(`no case folders (a folder holding ${EXPECTED} and its articles) under ${folders.join(', ')}`);
  const lines: string[] = [];
  let drifted = 0;
  for (const dir of cases) {
    const file = path.join(dir, EXPECTED);
    const actual = await caseOutput(dir);
    if (opts.update) {
      const before = await fs.readFile(file, 'utf8').catch(() => null);
      if (before !== actual) await writeFileAtomic(file, actual);
      lines.push(`${before === actual ? 'unchanged' : before === null ? 'created  ' : 'updated  '} ${dir}`);
      continue;
    }
    const expectedText = await fs.readFile(file, 'utf8');
    let expected: Json;
    try {
      expected = JSON.parse(expectedText);
    } catch {
      throw new InputError(`${file} is not JSON (write it with \`summit-facts check ${dir} --update\`)`);
    }
    const diff = diffReports(expected, JSON.parse(actual));
    if (!diff.length) {
      if (!opts.quiet) lines.push(`ok       ${dir}`);
      continue;
    }
    drifted++;
    lines.push(`DRIFT    ${dir}`, ...diff.map((l) => `    ${l}`));
  }
  if (!opts.update) lines.push('', `${cases.length - drifted} of ${cases.length} case${cases.length === 1 ? '' : 's'} match${drifted ? `; ${drifted} drifted (re-bless with --update after review)` : ''}`);
  await writeOut(io.stdout, lines.join('\n') + '\n');
  if (drifted) throw new CheckFailed('drift', `${drifted} case${drifted === 1 ? '' : 's'} drifted from ${EXPECTED}`);
}
