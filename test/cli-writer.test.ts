import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutput } from '../src/cli/output/writer.js';
import { tempDir } from './cli-helpers.js';

/** A fresh folder holding `out.jsonl` with the text "old". */
function oldFile(): { dir: string; file: string } {
  const dir = tempDir('childfirst-out-');
  const file = join(dir, 'out.jsonl');
  writeFileSync(file, 'old\n');
  return { dir, file };
}

describe('openOutput(FILE)', () => {
  it('leaves FILE as it was while writing, and replaces it whole on close', async () => {
    const { dir, file } = oldFile();
    const output = await openOutput(file);
    await output.write('new 1\n');
    await output.write('new 2\n');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    await output.close();
    expect(readFileSync(file, 'utf8')).toBe('new 1\nnew 2\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('leaves FILE as it was and no temporary file when the run is abandoned', async () => {
    const { dir, file } = oldFile();
    const output = await openOutput(file);
    await output.write('half a line');
    await output.discard();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });
});

describe('openOutput of something other than a plain file', () => {
  it('writes a device in place and never replaces it (`-o /dev/null` as root)', async () => {
    const output = await openOutput('/dev/null');
    await output.write('gone\n');
    await output.close();
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('replaces the file a link names and keeps the link', async () => {
    const { dir, file } = oldFile();
    symlinkSync(file, join(dir, 'link.jsonl'));
    const output = await openOutput(join(dir, 'link.jsonl'));
    await output.write('new\n');
    await output.close();
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });
});
