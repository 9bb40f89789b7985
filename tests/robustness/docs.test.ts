// Docs that ship with the package stay true: the man page is generated from the current commands, every field
// of the JSON Schema says what it means, and the output names its schema and the tool's version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manPage } from '../../src/cli/man.js';
import { EXIT_TABLE } from '../../src/core/errors.js';
import { ROOT, cli } from '../helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'output.schema.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every `properties` entry anywhere in the schema, with its path. */
function properties(o: unknown, at = '#', out: Array<[string, Record<string, unknown>]> = []) {
  if (Array.isArray(o)) o.forEach((x, i) => properties(x, `${at}/${i}`, out));
  else if (o && typeof o === 'object') {
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (k === 'properties' && v && typeof v === 'object') for (const [name, p] of Object.entries(v)) out.push([`${at}/properties/${name}`, p as Record<string, unknown>]);
      properties(v, `${at}/${k}`, out);
    }
  }
  return out;
}

describe('shipped docs', () => {
  it('man/summit-facts.1 is current (regenerate: npm run build && npm run man)', () => {
    expect(readFileSync(path.join(ROOT, 'man', 'summit-facts.1'), 'utf8')).toBe(manPage());
  });

  it('the man page lists every command, option and exit code', () => {
    const page = manPage();
    for (const cmd of ['extract', 'explain', 'check']) expect(page).toContain(`.SS ${cmd}`);
    for (const flag of ['\\-\\-fail\\-on', '\\-\\-skip\\-missing', '\\-\\-from', '\\-\\-update', '\\-\\-section']) expect(page).toContain(flag);
    for (const [code] of EXIT_TABLE) expect(page).toContain(`.B ${code}\n`);
  });

  it('every property of the JSON Schema has a description', () => {
    const props = properties(schema);
    expect(props.length).toBeGreaterThan(50);
    expect(props.filter(([, p]) => typeof p.description !== 'string' || p.description.length < 8).map(([at]) => at)).toEqual([]);
  });

  it('the output carries $schema (the schema\'s $id) and the version of package.json', async () => {
    const doc = JSON.parse((await cli(['extract', path.join(ROOT, 'seeds'), '--json', '--quiet'])).stdout);
    expect(doc.$schema).toBe(schema.$id);
    expect(doc.tool).toEqual({ name: pkg.name, version: pkg.version });
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(doc)));
  });
});
