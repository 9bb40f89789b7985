// CI check on fixture outputs: the JSON for each fixture must stay byte-identical to what was blessed.
// After an intended change: `npm run build && npm run fixtures:bless`, review `git diff fixtures/`, commit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from './helpers.js';

const list: Array<{ name: string; args: string[]; expected: string }> = JSON.parse(
  readFileSync(path.join(ROOT, 'fixtures', 'fixtures.json'), 'utf8'),
);

describe('fixture outputs', () => {
  it.each(list.map((f) => [f.name, f] as const))('%s matches its blessed output', async (_name, f) => {
    const r = await cli(f.args);
    expect(r.code).toBe(0);
    const expected = readFileSync(path.join(ROOT, f.expected), 'utf8');
    // compare parsed first for a readable diff, then bytes for determinism
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(expected));
    expect(r.stdout).toBe(expected);
  });
});
