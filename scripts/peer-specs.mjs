#!/usr/bin/env node
// Peer-spec benchmark: runs Microsoft Recognizers-Text's English test specs (../shared/peer-specs/recognizers,
// converted to compact JSON, MIT) through summit-facts' own extractors and prints the pass rate per file, with the
// failures grouped by cause. A case passes when every expected item is found with the same value (within 1e-6
// relative) and the same unit, and nothing else of that kind is reported. An expected unit word with no number
// ("a multibillion-dollar deal", "per gramme") counts like any other item: it passes only when the unit-word
// reader (extract/figures/unit-words) names it with the right unit, and fails otherwise.
//   currency, percentage, dimension, duration → extractFigures (after extractDates, as in the pipeline)
//   number → the figure number finder (plain numbers are not figures; this measures the reader of numbers)
//   datetime → extractDates, compared on `value` per datetimeV2 type
// The specs are found beside the project root (../shared/peer-specs/recognizers), or under SUMMIT_FACTS_SHARED, or
// with --dir; the script says so and exits 2 when they are absent. A missing build is built first.
// Usage: node scripts/peer-specs.mjs [--dir <spec dir>] [--show N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const shared = path.resolve(process.env.SUMMIT_FACTS_SHARED ?? path.join(root, '..', 'shared'));
const dirArg = opt('--dir', null);
const dir = dirArg ? path.resolve(process.cwd(), dirArg) : path.join(shared, 'peer-specs', 'recognizers');
const SHOW = Number(opt('--show', 4));
const FILES = ['currency', 'percentage', 'dimension', 'duration', 'number', 'datetime'];
const missing = FILES.filter((f) => !fs.existsSync(path.join(dir, `${f}.json`)));
if (missing.length) {
  console.error(`peer-specs: the Recognizers specs are not at ${dir} (missing: ${missing.map((f) => `${f}.json`).join(', ')}).`);
  console.error('peer-specs: put the shared folder beside the project root, set SUMMIT_FACTS_SHARED to it, or pass --dir <spec dir>.');
  process.exit(2);
}

const dist = (p) => path.join(root, 'dist', p);
const NEEDED = ['segment/index.js', 'extract/figures/index.js', 'extract/figures/unit-words.js', 'extract/dates/index.js', 'extract/figures/numbers.js'];
if (!NEEDED.every((p) => fs.existsSync(dist(p)))) {
  console.error('peer-specs: no build in dist/, building first (npm run build)');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (b.status !== 0 || !NEEDED.every((p) => fs.existsSync(dist(p)))) {
    console.error('peer-specs: the build failed (run `npm install` in the project first)');
    process.exit(2);
  }
}
const { segment } = await import(dist('segment/index.js'));
const { extractFigures } = await import(dist('extract/figures/index.js'));
const { unitWordsIn } = await import(dist('extract/figures/unit-words.js'));
const { extractDates } = await import(dist('extract/dates/index.js'));
const { findNumbers } = await import(dist('extract/figures/numbers.js'));

const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
const close = (a, b) => a === b || Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

function run(input, reference) {
  const source = { id: 'case', path: 'case.txt', text: input, title: null, published: reference ? reference.slice(0, 10) : null, publishedFrom: reference ? 'option' : null, warnings: [] };
  const doc = segment(source);
  const dates = extractDates(doc);
  return { dates, figures: extractFigures(doc, dates) };
}

// ---------- unit mappings: Recognizers' unit names → summit-facts units ----------
const CURRENCY = {
  Dollar: ['USD', 1], 'United States dollar': ['USD', 1], Euro: ['EUR', 1], Pound: ['GBP', 1], 'British pound': ['GBP', 1],
  Cent: ['USD', 0.01], Pence: ['GBP', 0.01], Penny: ['GBP', 0.01], 'Japanese yen': ['JPY', 1], 'Chinese yuan': ['CNY', 1],
  Franc: ['CHF', 1], 'Swiss franc': ['CHF', 1], 'Finnish markka': ['FIM', 1], 'Netherlands guilder': ['NLG', 1],
  Peseta: ['ESP', 1], Rupee: ['INR', 1], 'Indian rupee': ['INR', 1], 'Chinese yuan': ['CNY', 1],
};
const DIMENSION = {
  Mile: 'mi', Kilometer: 'km', Meter: 'm', Centimeter: 'cm', Millimeter: 'mm', Foot: 'ft', Inch: 'in', Acre: 'acres',
  Hectare: 'ha', 'Square kilometer': 'km2', 'Square meter': 'm2', 'Square mile': 'mi2', Pound: 'lb', Kilogram: 'kg',
  Gram: 'g', Ounce: 'oz', Ton: 't', 'Metric ton': 't', Barrel: 'barrels', Gallon: 'gal', Liter: 'l', Milliliter: 'ml',
  Microgram: 'µg', Milligram: 'mg', 'Cubic meter': 'm3', 'Cubic foot': 'ft3', 'Mile per hour': 'mph', 'Kilometer per hour': 'km/h', Megawatt: 'MW',
  Decimeter: 'dm', Picometer: 'pm', Bit: 'bit', Byte: 'B', Kilobyte: 'kB', Megabyte: 'MB', Megabit: 'Mb', Gigabyte: 'GB', Terabyte: 'TB',
};
const SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800, months: 2592000, years: 31536000 };

function expectedUnit(file, e) {
  if (file === 'currency') {
    if (e.iso) return [e.iso, CURRENCY[e.unit]?.[1] ?? 1];
    return CURRENCY[e.unit] ?? null;
  }
  if (file === 'percentage') return ['percent', 1];
  if (file === 'dimension') return DIMENSION[e.unit] ? [DIMENSION[e.unit], 1] : null;
  return null;
}

const KIND = { currency: 'money', percentage: 'percent', dimension: 'quantity', duration: 'duration' };

/** One case of a figure spec → { pass, causes: [{cause, detail}] }. */
function checkFigureCase(file, c) {
  const { figures } = run(c.input, c.reference);
  const got = figures.filter((f) => f.kind === KIND[file]);
  // unit words with no number, outside every figure's span (currency and dimension only)
  const bare = file === 'currency' || file === 'dimension'
    ? unitWordsIn(c.input, figures.map((f) => f.mention)).filter((u) => u.kind === KIND[file]) : [];
  const used = new Set();
  const usedBare = new Set();
  const causes = [];
  for (const e of c.expected) {
    const u = file === 'duration' ? ['seconds', 1] : expectedUnit(file, e);
    if (!u) { causes.push({ cause: `unit not covered: ${e.unit}`, detail: `${e.text} (${e.unit})` }); continue; }
    if (e.value == null) {
      // a unit word with no number: found only if the unit-word reader names it at that place with that unit
      const hit = bare.findIndex((b, i) => !usedBare.has(i) && b.start < e.end && e.start < b.end && b.unit === u[0]);
      if (hit >= 0) { usedBare.add(hit); continue; }
      causes.push({ cause: 'unit word with no number not found', detail: `"${e.text}" (${e.unit}) in: ${c.input.slice(0, 80)}` });
      continue;
    }
    const want = file === 'duration' ? { unit: 'seconds', value: e.value } : { unit: u[0], value: e.value * u[1] };
    const conv = (f) => (file === 'duration' ? { unit: 'seconds', value: f.value * (SECONDS[f.unit] ?? NaN) } : { unit: f.unit, value: f.value });
    const hit = got.findIndex((f, i) => !used.has(i) && conv(f).unit === want.unit && close(conv(f).value, want.value));
    if (hit >= 0) { used.add(hit); continue; }
    const near = got.findIndex((f, i) => !used.has(i) && f.mention.start < e.end && e.start < f.mention.end);
    if (near < 0) causes.push({ cause: 'not found', detail: `"${e.text}" in: ${c.input.slice(0, 90)}` });
    else {
      used.add(near);
      const f = conv(got[near]);
      causes.push({ cause: f.unit !== want.unit ? 'wrong unit' : 'wrong value', detail: `"${e.text}" → ${f.value} ${f.unit}, want ${want.value} ${want.unit}` });
    }
  }
  got.forEach((f, i) => { if (!used.has(i)) causes.push({ cause: 'spurious', detail: `"${f.mention.text}" = ${f.value} ${f.unit} (${f.rule}) in: ${c.input.slice(0, 80)}` }); });
  bare.forEach((b, i) => { if (!usedBare.has(i)) causes.push({ cause: 'spurious unit word', detail: `"${b.text}" = ${b.unit} in: ${c.input.slice(0, 80)}` }); });
  return { pass: causes.length === 0, causes };
}

function checkNumberCase(c) {
  const got = findNumbers(c.input).map((n) => n.base * (n.scaleLetter && !/^[kKmMbBgG]$/.test(n.scaleText ?? '') ? 1 : n.scale));
  const causes = [];
  const used = new Set();
  for (const e of c.expected) {
    const i = got.findIndex((v, j) => !used.has(j) && close(v, e.value));
    if (i >= 0) used.add(i);
    else causes.push({ cause: e.subtype === 'fraction' || e.subtype === 'power' ? `${e.subtype} not read as a number` : 'not read', detail: `"${e.text}" = ${e.value} in: ${c.input.slice(0, 70)}` });
  }
  got.forEach((v, i) => { if (!used.has(i)) causes.push({ cause: 'extra number', detail: `${v} in: ${c.input.slice(0, 70)}` }); });
  return { pass: causes.length === 0, causes };
}

// datetime: per type, an expected item passes when a date of ours overlaps it with the same value, timex or an alternative.
// durations are figures here (seconds compared); times of day compare our `time` field (HH:MM).
function checkDateCase(c, perType) {
  const { dates, figures } = run(c.input, c.reference);
  for (const e of c.expected) {
    const t = e.type;
    perType[t] ??= { pass: 0, total: 0, fails: [] };
    perType[t].total++;
    const span = (m) => m.start < e.end && e.start < m.end;
    if (t === 'datetimeV2.duration') {
      const ours = figures.filter((f) => f.kind === 'duration' && span(f.mention));
      if (ours.some((f) => close(f.value * (SECONDS[f.unit] ?? NaN), Number(e.value)))) perType[t].pass++;
      else perType[t].fails.push(`"${e.text}" → ${ours.map((f) => `${f.value} ${f.unit}`).join(', ') || 'nothing'}, want ${e.value} s`);
      continue;
    }
    const wants = new Set([e.value, e.timex, ...(e.alternatives ?? [])].filter(Boolean).map(String));
    for (const v of [...wants]) {
      if (/^\d{4}-\d{2}-\d{2} /.test(v)) wants.add(v.slice(0, 10));
      if (/^\d{2}:\d{2}(:\d{2})?$/.test(v)) wants.add(`time ${v.slice(0, 5)}`);
    }
    const ours = dates.filter((d) => span(d.mention));
    const ok = (d) => (d.value && wants.has(d.value)) || (d.time && wants.has(`time ${d.time.slice(0, 5)}`));
    if (ours.some(ok)) perType[t].pass++;
    else perType[t].fails.push(`"${e.text}" → ${ours.map((d) => d.value ?? d.time).join(', ') || 'nothing'}, want ${e.value ?? e.timex}`);
  }
  if (!c.expected.length) {
    perType['(negative)'] ??= { pass: 0, total: 0, fails: [] };
    perType['(negative)'].total++;
    if (!dates.length) perType['(negative)'].pass++;
    else perType['(negative)'].fails.push(`"${c.input.slice(0, 60)}" → ${dates.map((d) => d.mention.text).join(', ')}`);
  }
}

function report(name, results) {
  const pass = results.filter((r) => r.pass).length;
  const pct = results.length ? (100 * pass) / results.length : 0;
  console.log(`\n${name.padEnd(12)} ${pass}/${results.length} cases passed (${pct.toFixed(1)}%)`);
  const groups = new Map();
  for (const r of results) for (const x of r.causes) (groups.get(x.cause) ?? groups.set(x.cause, []).get(x.cause)).push(x.detail);
  for (const [cause, ds] of [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    console.log(`  ${String(ds.length).padStart(4)}  ${cause}`);
    for (const d of ds.slice(0, SHOW)) console.log(`          ${d}`);
  }
  return pct;
}

const summary = {};
for (const file of ['currency', 'percentage', 'dimension', 'duration']) {
  summary[file] = report(file, load(file).map((c) => checkFigureCase(file, c)));
}
summary.number = report('number', load('number').map(checkNumberCase));

const perType = {};
for (const c of load('datetime')) checkDateCase(c, perType);
console.log('\ndatetime     per type (value, timex or an alternative matches)');
for (const [t, r] of Object.entries(perType).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(`  ${t.padEnd(26)} ${String(r.pass).padStart(4)}/${String(r.total).padEnd(4)} (${((100 * r.pass) / r.total).toFixed(1)}%)`);
  for (const d of r.fails.slice(0, SHOW)) console.log(`          ${d}`);
}
console.log('\nsummary      ' + Object.entries(summary).map(([k, v]) => `${k} ${v.toFixed(1)}%`).join(' · '));
