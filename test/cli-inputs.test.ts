import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type DirEntry } from '../src/cli/inputs.js';
import { tempDir, writeFiles } from './cli-helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('childfirst-inputs-');
  writeFiles(dir, {
    'docs/a.txt': 'a',
    'docs/b.DOCX': 'b',
    'docs/c.doc': 'c',
    'docs/d.docx': 'd',
    'docs/notes': 'no extension',
    'docs/.hidden.docx': 'hidden',
    'docs/locked/inside.txt': 'never listed',
    'docs/open/e.md': 'e',
    'docs/report.html': '<p>an earlier output</p>',
  });
  // A name that is not valid UTF-8 (Latin-1 "café.txt").
  writeFileSync(Buffer.concat([Buffer.from(join(dir, 'docs/caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), 'raw');
});

const ids = (inputs: readonly { id: string }[]): string[] => inputs.map((i) => i.id);

describe('expandInputs', () => {
  it('gives an unlistable subfolder an error record and lists the rest (an injected EACCES, so root sees it too)', async () => {
    const listDir = async (path: string | Uint8Array): Promise<readonly DirEntry[]> => {
      if (Buffer.from(path).toString().endsWith('/locked')) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
      }
      return readdir(Buffer.from(path), { withFileTypes: true, encoding: 'buffer' });
    };
    const { inputs } = await expandInputs(['docs'], { cwd: dir, listDir });
    expect(ids(inputs)).toEqual([
      'docs/a.txt',
      'docs/caf\uFFFD.txt',
      'docs/locked',
      'docs/open/e.md',
      'docs/report.html',
    ]);
    expect(inputs[2]).toEqual({
      kind: 'failed',
      id: 'docs/locked',
      error: { code: 'unreadable', message: expect.stringMatching(/^cannot list the folder: EACCES/) as string },
    });
  });

  it('keeps the raw bytes of a name that is not UTF-8 as the path to read', async () => {
    const { inputs } = await expandInputs(['docs'], { cwd: dir });
    const raw = inputs.find((i) => i.id === 'docs/caf\uFFFD.txt');
    expect(raw?.kind === 'file' && Buffer.from(raw.path).subarray(-5)).toEqual(Buffer.from([0xe9, ...Buffer.from('.txt')]));
  });

  it('counts the files of other types that folders and globs hold, by extension, leaving hidden files out', async () => {
    const folder = await expandInputs(['docs'], { cwd: dir });
    expect([...folder.skipped]).toEqual([
      ['.docx', 2],
      ['.doc', 1],
      ['(none)', 1],
    ]);
    const glob = await expandInputs(['docs/*'], { cwd: dir });
    expect(ids(glob.inputs)).toEqual(['docs/a.txt', 'docs/caf\uFFFD.txt', 'docs/report.html']);
    expect(glob.skipped.get('.docx')).toBe(2);
  });

  it('gives the same ids from any working folder: absolute stays absolute, a folder as given joined with the rest', async () => {
    const pattern = join(dir, 'docs/[ab].txt');
    const fromHere = await expandInputs([pattern, join(dir, 'docs/open')], { cwd: dir });
    const fromElsewhere = await expandInputs([pattern, join(dir, 'docs/open')], { cwd: join(dir, 'docs/open') });
    expect(ids(fromHere.inputs)).toEqual([join(dir, 'docs/a.txt'), join(dir, 'docs/open/e.md')]);
    expect(ids(fromElsewhere.inputs)).toEqual(ids(fromHere.inputs));
    expect(ids((await expandInputs(['./docs/open/'], { cwd: dir })).inputs)).toEqual(['docs/open/e.md']);
  });

  it('leaves the output out of folders and globs, and refuses it named as an input, even through a link', async () => {
    symlinkSync(join(dir, 'docs/a.txt'), join(dir, 'link.txt'));
    for (const args of [['docs'], ['docs/*.html']]) {
      const { inputs } = await expandInputs(args, { cwd: dir, output: 'docs/report.html' });
      expect(ids(inputs)).not.toContain('docs/report.html');
    }
    for (const [args, output] of [
      [['docs/a.txt'], 'docs/a.txt'],
      [['docs/a.txt'], './docs/../docs/a.txt'],
      [['link.txt'], 'docs/a.txt'],
      [['docs/a.txt'], join(dir, 'docs/a.txt')],
    ] as const) {
      await expect(expandInputs(args, { cwd: dir, output })).rejects.toThrow(/--out .* is also an input/);
    }
  });
});

describe('a folder no one can list', () => {
  it('is a real failure for root too: a path longer than PATH_MAX', async () => {
    // 20 levels of 241 characters: built by renaming from the bottom up, while the parents still have short
    // names, so no call ever names a path over PATH_MAX (4,096) until the walk does.
    const root = join(tempDir('childfirst-long-'), 'tree');
    mkdirSync(root);
    writeFileSync(join(root, 'ok.txt'), 'ok');
    const depth = 20;
    let path = root;
    for (let i = 0; i < depth; i++) mkdirSync((path = join(path, String(i))));
    writeFileSync(join(path, 'deep.txt'), 'deep');
    const long = 'x'.repeat(240);
    for (let i = depth - 1; i >= 0; i--) {
      const parent = join(root, ...Array.from({ length: i }, (_, k) => String(k)));
      renameSync(join(parent, String(i)), join(parent, `${long}${i}`));
    }
    const { inputs } = await expandInputs([root]);
    expect(inputs.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'unreadable' } });
    expect(inputs[0]).toMatchObject({ kind: 'file', id: join(root, 'ok.txt') });
  });
});
