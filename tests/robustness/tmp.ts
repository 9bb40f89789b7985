// Temp folders of test inputs, removed when the test file ends.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temp folder, removed after the test file. `put` writes a file (folders made as needed). */
export function tempDir(prefix = 'sf-robust-') {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (...parts: string[]) => path.join(dir, ...parts);
  const put = (rel: string, content: string | Buffer) => {
    mkdirSync(path.dirname(at(rel)), { recursive: true });
    writeFileSync(at(rel), content);
    return at(rel);
  };
  return { dir, at, put };
}

/** An article body long enough to look like one. */
export const ARTICLE =
  'Xi Jinping met Vladimir Putin in Beijing on Wednesday.\n\n' +
  'The two leaders talked for three hours, officials said. Trade reached $190 billion last year.\n';

export interface JsonDoc {
  sources: Array<{ id: string; path: string; title: string | null; published: string | null; publishedFrom: string | null; chars: number; warnings: string[] }>;
}
