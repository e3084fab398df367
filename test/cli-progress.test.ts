import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
  stream.isTTY = isTTY;
  stream.columns = 100;
  const chunks: Buffer[] = [];
  (stream as unknown as PassThrough).on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('createProgress', () => {
  it('draws files done/total, MB/s and ETA on a terminal', async () => {
    const { stream, text } = fakeStream(true);
    const progress = await createProgress(2, stream, false);
    progress.tick(1_000_000);
    progress.tick(500_000);
    progress.stop();
    expect(text()).toMatch(/2\/2 files \| \d+\.\d\d MB\/s \| ETA \d/);
  });

  it.each([
    ['when stderr is not a terminal', false, false],
    ['with --quiet', true, true],
  ])('stays silent %s', async (_name, isTTY, quiet) => {
    const { stream, text } = fakeStream(isTTY);
    const progress = await createProgress(3, stream, quiet);
    progress.tick(10);
    progress.stop();
    expect(text()).toBe('');
  });
});
