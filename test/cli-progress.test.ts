import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../src/cli/progress.js';

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

describe('formatDuration (the ETA)', () => {
  it.each([
    [179, 5, '3m00s'],
    [178, 5, '3m00s'],
    [177, 5, '2m55s'],
    [59.6, 1, '1m00s'],
    [3599, 5, '1h00m'],
    [7199, 5, '2h00m'],
    [3629, 1, '1h00m'],
    [3631, 1, '1h01m'],
    [9, 5, '10s'],
    [0, 5, '0s'],
    ['INF', 5, '--'],
    ['NULL', 5, '--'],
  ])('formats %j (rounded to %i s) as %s', (seconds, roundTo, text) => {
    expect(formatDuration(seconds, roundTo)).toBe(text);
  });

  it('never shows 60 in a minutes or seconds field', () => {
    const wellFormed = /^(?:\d+h[0-5]\dm|\d+m[0-5]\ds|\d+s)$/;
    const bad: string[] = [];
    for (let tenths = 0; tenths <= 100_000; tenths++) {
      for (const roundTo of [1, 5]) {
        const text = formatDuration(tenths / 10, roundTo);
        if (!wellFormed.test(text)) bad.push(`${tenths / 10}s → ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
