#!/usr/bin/env node
// Peer-spec benchmark: runs Microsoft Recognizers-Text's English test specs (../shared/peer-specs/recognizers,
// converted to compact JSON, MIT) through summit-facts' own extractors and prints the pass rate per file, with the
// failures grouped by cause. A case passes when every expected item with a number is found with the same value
// (within 1e-6 relative) and the same unit, and nothing else of that kind is reported.
//   currency, percentage, dimension, duration → extractFigures (after extractDates, as in the pipeline)
//   number → the figure number finder (plain numbers are not figures; this measures the reader of numbers)
//   datetime → extractDates, compared on `value` per datetimeV2 type
// Usage: node scripts/peer-specs.mjs [--dir <spec dir>] [--show N] (build first: npx tsc -p tsconfig.build.json)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const dir = path.resolve(root, opt('--dir', '../shared/peer-specs/recognizers'));
const SHOW = Number(opt('--show', 4));

const dist = (p) => path.join(root, 'dist', p);
if (!fs.existsSync(dist('extract/figures/index.js'))) {
  console.error('peer-specs: build first (npx tsc -p tsconfig.build.json)');
  process.exit(2);
}
const { segment } = await import(dist('segment/index.js'));
const { extractFigures } = await import(dist('extract/figures/index.js'));
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
  Peseta: ['ESP', 1], Rupee: ['INR', 1], 'Indian rupee': ['INR', 1],
};
const DIMENSION = {
  Mile: 'mi', Kilometer: 'km', Meter: 'm', Centimeter: 'cm', Millimeter: 'mm', Foot: 'ft', Inch: 'in', Acre: 'acres',
  Hectare: 'ha', 'Square kilometer': 'km2', 'Square meter': 'm2', 'Square mile': 'mi2', Pound: 'lb', Kilogram: 'kg',
  Gram: 'g', Ounce: 'oz', Ton: 't', 'Metric ton': 't', Barrel: 'barrels', Gallon: 'gal', Liter: 'l', Milliliter: 'ml',
  Microgram: 'µg', Milligram: 'mg', 'Cubic meter': 'm3', 'Cubic foot': 'ft3', 'Mile per hour': 'mph', 'Kilometer per hour': 'km/h', Megawatt: 'MW',
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
  const used = new Set();
  const causes = [];
  for (const e of c.expected) {
    if (e.value == null) { causes.push({ cause: 'skipped: a bare unit word with no number', detail: e.text, soft: true }); continue; }
    let want;
    if (file === 'duration') want = { unit: 'seconds', value: e.value };
    else {
      const u = expectedUnit(file, e);
      if (!u) { causes.push({ cause: `unit not covered: ${e.unit}`, detail: `${e.text} (${e.unit})` }); continue; }
      want = { unit: u[0], value: e.value * u[1] };
    }
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
  return { pass: causes.every((x) => x.soft), causes };
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
