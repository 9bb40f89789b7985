// Paths → the files to read. Folders are walked recursively in name order; hidden files, editor and backup
// files, files of other kinds, symlink loops and unreadable entries are reported, never fatal on their own.
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { cmp } from '../core/spans.js';

/** File endings read as articles when a folder is walked, and the reader each one goes to. */
export const ARTICLE_EXTENSIONS = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
} as const;

export type InputKind = (typeof ARTICLE_EXTENSIONS)[keyof typeof ARTICLE_EXTENSIONS];

/** Editor swap/backup files and merge leftovers: never articles, even with an article extension inside. */
const EDITOR_FILE_RE = /~$|^#.*#$|\.(?:swp|swo|swx|bak|orig|rej|tmp|part|crdownload)$/i;

export interface FoundFile {
  /** path relative to the folder named on the command line, extension removed; basename for a file */
  id: string;
  path: string;
  /** reader chosen by the extension; null: look at the content (stdin, files named with other endings) */
  kind: InputKind | null;
  /** a regular file (size known); false for stdin, pipes and devices named explicitly */
  regular: boolean;
  /** the real path when already known (files met in a folder walk) */
  real?: string | null;
  /** the path shown in the report: relative to the current folder, `/` separators ("-" for stdin) */
  shown: string;
}

/** An input that gave no article, and why (binary, empty, unreadable, missing …): listed in the report. */
export interface Skipped {
  path: string;
  reason: string;
}

export interface Found {
  files: FoundFile[];
  /** problems that did not stop the run: "skipped x: reason" */
  warnings: string[];
  /** the inputs behind the "skipped" warnings, with portable paths */
  skipped: Skipped[];
  /** paths named on the command line that do not exist */
  missing: string[];
}

export const STDIN_PATH = '-';

/** A path as the report shows it: relative to the current folder, with `/` separators on every system. */
export function portablePath(p: string, cwd = process.cwd()): string {
  if (p === STDIN_PATH) return p;
  const rel = path.relative(cwd, path.resolve(cwd, p));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** Human words for the file-system error codes a user meets. */
export function errnoWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'permission denied', ELOOP: 'symlink loop',
    EISDIR: 'is a folder', ENOTDIR: 'not a folder', EMFILE: 'too many open files', EIO: 'input/output error',
  };
  if (code) return words[code] ?? code;
  return `could not be read (${(e as Error)?.message ?? String(e)})`;
}

function idFor(file: string, base: string | null): string {
  const rel = base ? path.relative(base, file) : path.basename(file);
  const ext = path.extname(rel); // '' for ".hidden" names: nothing to strip
  return (ext ? rel.slice(0, -ext.length) : rel).split(path.sep).join('/');
}

export function kindOf(file: string): InputKind | null {
  const ext = path.extname(file).toLowerCase();
  return Object.hasOwn(ARTICLE_EXTENSIONS, ext) ? ARTICLE_EXTENSIONS[ext as keyof typeof ARTICLE_EXTENSIONS] : null;
}

/** Names skipped quietly in bulk are summed up in one line each: hidden, editor, other kinds. */
interface Skips {
  hidden: string[];
  editor: string[];
  other: string[];
}

/** "skipped 3 hidden files: a/.git, a/.DS_Store, b/.x", at most five names. */
export function summarize(names: string[], one: string, many: string): string | null {
  if (!names.length) return null;
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length - 5} more)` : '');
  return `skipped ${names.length} ${names.length === 1 ? one : many}: ${shown}`;
}

function otherKinds(names: string[]): string | null {
  const exts = [...new Set(names.map((n) => path.extname(n).toLowerCase() || 'no extension'))].sort(cmp);
  const why = `(${exts.join(', ')}; articles are ${Object.keys(ARTICLE_EXTENSIONS).join(' ')})`;
  return summarize(names, `file of another kind ${why}`, `files of other kinds ${why}`);
}

interface Walk {
  warnings: string[];
  skipped: Skipped[];
  skips: Skips;
  /** real path → path of every folder read in this run */
  seenDirs: Map<string, string>;
}

/** An input that gives no article: a warning for people, a `skipped` entry for the report. */
function skipIn(w: Pick<Walk, 'warnings' | 'skipped'>, p: string, reason: string): void {
  w.warnings.push(`skipped ${p}: ${reason}`);
  w.skipped.push({ path: portablePath(p), reason });
}

/** `ancestors`: real paths of the folders above `dir` (meeting one again is a symlink loop). */
async function walk(dir: string, base: string, out: FoundFile[], w: Walk, ancestors: string[]): Promise<void> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await fs.realpath(dir);
    if (ancestors.includes(real)) {
      skipIn(w, dir, `symlink loop (leads back to ${w.seenDirs.get(real) ?? real})`);
      return;
    }
    if (w.seenDirs.has(real)) {
      w.warnings.push(`skipped ${dir}: same folder as ${w.seenDirs.get(real)}`); // read once already: not a lost input
      return;
    }
    w.seenDirs.set(real, dir);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    skipIn(w, dir, errnoWords(e));
    return;
  }
  entries.sort((a, b) => cmp(a.name, b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.name.startsWith('.')) {
      w.skips.hidden.push(full);
      continue;
    }
    if (EDITOR_FILE_RE.test(e.name)) {
      w.skips.editor.push(full);
      continue;
    }
    // readdir's types are trusted except for symlinks (and file systems that give no type): those are stat'ed
    const known = !e.isSymbolicLink() && (e.isFile() || e.isDirectory());
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let realFile: string | null = known ? path.join(real, e.name) : null;
    if (!known) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
        if (isFile) realFile = await fs.realpath(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        skipIn(w, full, code === 'ENOENT' && e.isSymbolicLink() ? 'broken symlink' : errnoWords(err));
        continue;
      }
    }
    if (isDir) await walk(full, base, out, w, [...ancestors, real]);
    else if (!isFile) skipIn(w, full, 'not a regular file');
    else {
      const kind = kindOf(e.name);
      if (kind) out.push({ id: idFor(full, base), path: full, kind, regular: true, real: realFile, shown: portablePath(full) });
      else w.skips.other.push(full);
    }
  }
}

/** The files named by `paths`: files, folders (read recursively), or "-" for stdin. */
export async function findFiles(paths: string[]): Promise<Found> {
  const files: FoundFile[] = [];
  const warnings: string[] = [];
  const skipped: Skipped[] = [];
  const missing: string[] = [];
  const skips: Skips = { hidden: [], editor: [], other: [] };
  const w: Walk = { warnings, skipped, skips, seenDirs: new Map() };
  for (const p of paths) {
    if (p === STDIN_PATH) {
      files.push({ id: 'stdin', path: STDIN_PATH, kind: null, regular: false, shown: STDIN_PATH });
      continue;
    }
    let st: Stats;
    try {
      st = await fs.stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(p);
      skipIn(w, p, errnoWords(e));
      continue;
    }
    if (st.isDirectory()) await walk(p, p, files, w, []);
    else files.push({ id: idFor(p, null), path: p, kind: kindOf(p), regular: st.isFile(), shown: portablePath(p) });
  }
  warnings.push(
    ...[
      summarize(skips.hidden, 'hidden file', 'hidden files'),
      summarize(skips.editor, 'editor or backup file', 'editor or backup files'),
      otherKinds(skips.other),
    ].filter((s): s is string => s !== null),
  );
  return { files: await dropSameFiles(files, warnings), warnings, skipped, missing };
}

/** One read per real file: a file reached twice (named twice, or through a symlink) is read once. */
async function dropSameFiles(files: FoundFile[], warnings: string[]): Promise<FoundFile[]> {
  const byReal = new Map<string, string>();
  const out: FoundFile[] = [];
  for (const f of files) {
    const real = f.path === STDIN_PATH || !f.regular ? null : (f.real ?? (await fs.realpath(f.path).catch(() => null)));
    if (real && byReal.has(real)) {
      warnings.push(`skipped ${f.path}: same file as ${byReal.get(real)}`);
      continue;
    }
    if (real) byReal.set(real, f.path);
    out.push(f);
  }
  return out;
}
