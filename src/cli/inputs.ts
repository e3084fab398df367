import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError, messageOf, type RecordError } from './errors.js';
import { EXTENSIONS, extensionOf } from './extract/formats.js';

/**
 * One input: a file (maybe missing), stdin, or something named that cannot be read at all (a folder that
 * cannot be listed), which still gets a record. A file's path is raw bytes when its name is not UTF-8.
 */
export type InputRef =
  | { readonly kind: 'file'; readonly id: string; readonly path: string | Uint8Array }
  | { readonly kind: 'stdin'; readonly id: '-' }
  | { readonly kind: 'failed'; readonly id: string; readonly error: RecordError };

/** The inputs, and how many files of each other extension the folders and globs held (read none of them). */
export interface Expansion {
  readonly inputs: InputRef[];
  /** Skipped files by extension (".docx"; "(none)" for files without one). */
  readonly skipped: ReadonlyMap<string, number>;
}

/** One folder entry, as {@link ExpandOptions.listDir} reports it. */
export interface DirEntry {
  readonly name: Uint8Array;
  isDirectory(): boolean;
}

/** Where and how to expand inputs. */
export interface ExpandOptions {
  readonly cwd?: string;
  /** The output file: refused when named as an input, left out when a folder or glob holds it. */
  readonly output?: string | undefined;
  /** Lists a folder (default: `fs.promises.readdir` with raw names); a seam for tests. */
  readonly listDir?: (path: string | Uint8Array) => Promise<readonly DirEntry[]>;
}

const SUPPORTED = new Set<string>(EXTENSIONS);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const defaultListDir = (path: string | Uint8Array): Promise<readonly DirEntry[]> =>
  readdir(Buffer.from(path), { withFileTypes: true, encoding: 'buffer' });

/**
 * Expands the command's arguments, in the order given, into inputs: `-` is stdin, a directory is every
 * supported file under it (sorted), a glob is its supported matches (sorted), anything else is a file,
 * even a missing one (it becomes an error record). A file named twice is analysed once; hidden files are
 * skipped in folders. Ids are the paths as given: a glob's matches are absolute when the glob is, and a
 * folder's files are the folder as given joined with their path inside it, whatever the working folder.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<Expansion> {
  const cwd = options.cwd ?? process.cwd();
  const listDir = options.listDir ?? defaultListDir;
  const output = await outputIdentity(cwd, options.output);
  const found = collector();
  for (const arg of args) {
    const full = resolve(cwd, arg);
    if (arg === '-') found.stdin();
    else if (await isDirectory(full)) {
      for (const entry of await walk(full, listDir)) {
        const id = entry.rel === '' ? arg : join(arg, entry.rel);
        if ('error' in entry) found.failed(id, entry.error);
        else if (!(await output.is(entry.path))) found.file(id, entry.path);
      }
    } else if (isDynamicPattern(arg) && !(await exists(full))) {
      const matches = await glob(arg, { cwd, onlyFiles: true, absolute: isAbsolute(arg) });
      for (const match of matches.sort()) {
        if (!(await output.is(resolve(cwd, match)))) found.file(match, resolve(cwd, match));
      }
    } else if (await output.is(full, true)) {
      throw new UsageError(`--out ${options.output ?? ''} is also an input (${arg}); write the output elsewhere`);
    } else found.file(arg, full, true);
  }
  return found.result();
}

/** Gathers inputs in order: each file once, files of other types counted unless named directly. */
function collector() {
  const seen = new Set<string>();
  const inputs: InputRef[] = [];
  const skipped = new Map<string, number>();
  return {
    stdin(): void {
      if (!seen.has('-')) inputs.push({ kind: 'stdin', id: '-' });
      seen.add('-');
    },
    failed(id: string, error: RecordError): void {
      inputs.push({ kind: 'failed', id, error });
    },
    file(id: string, path: string | Uint8Array, named = false): void {
      const ext = extensionOf(id);
      if (!named && !SUPPORTED.has(ext)) {
        const key = ext === '' ? '(none)' : `.${ext}`;
        skipped.set(key, (skipped.get(key) ?? 0) + 1);
        return;
      }
      const key = typeof path === 'string' ? path : `raw:${Buffer.from(path).toString('latin1')}`;
      if (!seen.has(key)) inputs.push({ kind: 'file', id, path });
      seen.add(key);
    },
    result: (): Expansion => ({ inputs, skipped }),
  };
}

type Found =
  { readonly rel: string; readonly path: string | Uint8Array } | { readonly rel: string; readonly error: RecordError };

/**
 * Every non-folder entry under a folder, sorted by relative path, skipping hidden entries; a folder that
 * cannot be listed is an entry with an error. Names that are not valid UTF-8 keep their raw bytes as the
 * path (and U+FFFD in the id). Symbolic links are listed even when broken or pointing at special files, so
 * that they get a record instead of vanishing.
 */
async function walk(root: string, listDir: NonNullable<ExpandOptions['listDir']>): Promise<Found[]> {
  const out: Found[] = [];
  const visit = async (path: string | Uint8Array, rel: string): Promise<void> => {
    let entries: readonly DirEntry[];
    try {
      entries = await listDir(path);
    } catch (error) {
      out.push({ rel, error: { code: 'unreadable', message: `cannot list the folder: ${messageOf(error)}` } });
      return;
    }
    for (const entry of entries) {
      if (entry.name[0] === 0x2e) continue;
      const name = utf8(entry.name);
      const childRel = rel === '' ? (name ?? lossy(entry.name)) : `${rel}/${name ?? lossy(entry.name)}`;
      const childPath =
        typeof path === 'string' && name !== null
          ? join(path, name)
          : Buffer.concat([Buffer.from(path), SLASH, entry.name]);
      if (entry.isDirectory()) await visit(childPath, childRel);
      else out.push({ rel: childRel, path: childPath });
    }
  };
  await visit(root, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

const SLASH = Buffer.from('/');

function utf8(name: Uint8Array): string | null {
  try {
    return UTF8.decode(name);
  } catch {
    return null;
  }
}

const lossy = (name: Uint8Array): string => Buffer.from(name).toString('utf8');

/**
 * Recognises the output file among inputs: by its resolved path or, when it exists, by device and inode
 * (a link to it). Files found in folders and globs are compared by inode only when their name matches.
 */
async function outputIdentity(
  cwd: string,
  output: string | undefined,
): Promise<{ is(path: string | Uint8Array, named?: boolean): Promise<boolean> }> {
  if (output === undefined || output === '-') return { is: () => Promise.resolve(false) };
  const target = resolve(cwd, output);
  const info = await stat(target).catch(() => null);
  return {
    async is(path, named = false) {
      if (path === target) return true;
      if (!info || (!named && (typeof path !== 'string' || basename(path) !== basename(target)))) return false;
      const other = await stat(typeof path === 'string' ? path : Buffer.from(path)).catch(() => null);
      return other !== null && other.dev === info.dev && other.ino === info.ino;
    },
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
