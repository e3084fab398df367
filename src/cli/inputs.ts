import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSIONS } from './extract/decode.js';

/** One input the user named: a file (maybe missing) or stdin. */
export type InputRef =
  { readonly kind: 'file'; readonly id: string; readonly path: string } | { readonly kind: 'stdin'; readonly id: '-' };

const SUPPORTED = new Set<string>(EXTENSIONS);

/**
 * Expands the command's arguments, in the order given, into inputs: `-` is stdin, a directory is every
 * supported file under it (sorted), a glob is its matches (sorted), anything else is a file, even a missing
 * one (it becomes an error record). A file named twice is analysed once; hidden files are skipped in folders.
 */
export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<InputRef[]> {
  const seen = new Set<string>();
  const out: InputRef[] = [];
  const add = (id: string): void => {
    const key = resolve(cwd, id);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind: 'file', id, path: key });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) out.push({ kind: 'stdin', id: '-' });
      seen.add('-');
    } else if (await isDirectory(resolve(cwd, arg))) {
      for (const rel of (await walk(resolve(cwd, arg))).sort()) add(join(arg, rel));
    } else if (isDynamicPattern(arg) && !(await exists(resolve(cwd, arg)))) {
      const found = await glob(arg, { cwd, onlyFiles: true });
      for (const rel of found.sort()) add(rel);
    } else add(arg);
  }
  return out;
}

/**
 * Supported files under a folder, as relative paths, skipping hidden entries. Symbolic links are listed
 * even when broken, so that a dangling link yields an `unreadable` record instead of vanishing.
 */
async function walk(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = rel ? join(rel, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(root, path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && SUPPORTED.has(extension(entry.name))) out.push(path);
  }
  return out;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
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
