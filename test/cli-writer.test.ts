import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutput } from '../src/cli/output/writer.js';
import { tempDir } from './cli-helpers.js';

/** A fresh folder holding `out.jsonl` with the text "old", opened again as the output. */
async function overOldFile(): Promise<{ dir: string; file: string; output: Awaited<ReturnType<typeof openOutput>> }> {
  const dir = tempDir('childfirst-out-');
  const file = join(dir, 'out.jsonl');
  writeFileSync(file, 'old\n');
  return { dir, file, output: await openOutput(file) };
}

describe('openOutput(FILE)', () => {
  it('leaves FILE as it was while writing, and replaces it whole on close', async () => {
    const { dir, file, output } = await overOldFile();
    await output.write('new 1\n');
    await output.write('new 2\n');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    await output.close();
    expect(readFileSync(file, 'utf8')).toBe('new 1\nnew 2\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('leaves FILE as it was and no temporary file when the run is abandoned', async () => {
    const { dir, file, output } = await overOldFile();
    await output.write('half a line');
    await output.discard();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });
});
