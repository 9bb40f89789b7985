// The only module that reads the file system: paths and folders → raw inputs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { cmp } from '../core/spans.js';

/** File endings read as articles when a folder is walked. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

export interface RawInput {
  id: string;
  path: string;
  bytes: Buffer;
}

export interface Collected {
  inputs: RawInput[];
  /** problems that did not stop the run: "skipped x: reason" */
  warnings: string[];
}

function idFor(file: string, base: string | null): string {
  const rel = base ? path.relative(base, file) : path.basename(file);
  const noExt = rel.replace(/\.[^./\\]+$/, '');
  return noExt.split(path.sep).join('/');
}

async function walk(dir: string, out: string[], warnings: string[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    warnings.push(`skipped ${dir}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    return;
  }
  if (seen.has(real)) {
    warnings.push(`skipped ${dir}: folder already read (symlink loop?)`);
    return;
  }
  seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    warnings.push(`skipped ${dir}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    return;
  }
  entries.sort((a, b) => cmp(a.name, b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.name.startsWith('.') || e.name.endsWith('~')) continue; // hidden and editor files
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        warnings.push(`skipped ${full}: broken symlink`);
        continue;
      }
    }
    if (isDir) await walk(full, out, warnings, seen);
    else if (isFile && (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
}

/** Reads every article named by `paths` (files, folders read recursively, or "-" for stdin). */
export async function collect(paths: string[], readStdin: () => Promise<Buffer>): Promise<Collected> {
  const inputs: RawInput[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const add = (id: string, p: string, bytes: Buffer) => {
    let unique = id;
    for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
    if (unique !== id) warnings.push(`${p}: id "${id}" already used, read as "${unique}"`);
    ids.add(unique);
    inputs.push({ id: unique, path: p, bytes });
  };
  for (const p of paths) {
    if (p === '-') {
      add('stdin', '-', await readStdin());
      continue;
    }
    let st: import('node:fs').Stats;
    try {
      st = await fs.stat(p);
    } catch (e) {
      warnings.push(`skipped ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : 'unreadable'}`);
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      await walk(p, files, warnings, new Set());
      for (const f of files) {
        try {
          add(idFor(f, p), f, await fs.readFile(f));
        } catch (e) {
          warnings.push(`skipped ${f}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
        }
      }
    } else {
      try {
        add(idFor(p, null), p, await fs.readFile(p));
      } catch (e) {
        warnings.push(`skipped ${p}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
      }
    }
  }
  if (inputs.length === 0) {
    const why = warnings.length ? warnings.join('; ') : 'no .txt or .md files found';
    throw new InputError(`no articles to read (${why})`);
  }
  return { inputs, warnings };
}
