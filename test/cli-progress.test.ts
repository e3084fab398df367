import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { onExit, type ExitEmitter } from '../src/cli/exit.js';
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

/** A stand-in for `process`: records listeners and the signals sent to it. */
function fakeProcess(): ExitEmitter & { emitter: EventEmitter; killed: string[] } {
  const emitter = new EventEmitter();
  const killed: string[] = [];
  return {
    pid: 4242,
    emitter,
    killed,
    on: (event, listener) => emitter.on(event, listener),
    off: (event, listener) => emitter.off(event, listener),
    listenerCount: (event) => emitter.listenerCount(event),
    kill: (_pid, signal) => killed.push(signal),
  };
}

const SHOW_CURSOR = '\u001b[?25h';
const WRAP_ON = '\u001b[?7h';

describe('the terminal after the progress bar', () => {
  it.each(['SIGINT', 'SIGTERM', 'exit'] as const)(
    'gets its cursor and line wrap back on %s, and a signal still ends the process',
    async (event) => {
      const { stream, text } = fakeStream(true);
      const proc = fakeProcess();
      await createProgress(5, stream, false, proc);
      expect(text()).toContain('\u001b[?25l');
      expect(text()).toContain('\u001b[?7l');
      proc.emitter.emit(event);
      expect(text()).toContain(SHOW_CURSOR);
      expect(text()).toContain(WRAP_ON);
      expect(proc.killed).toEqual(event === 'exit' ? [] : [event]);
      expect(proc.emitter.eventNames()).toEqual([]);
    },
  );

  it('removes its handlers when stopped normally', async () => {
    const { stream, text } = fakeStream(true);
    const proc = fakeProcess();
    const progress = await createProgress(1, stream, false, proc);
    progress.tick(1);
    progress.stop();
    expect(text()).toContain(SHOW_CURSOR);
    expect(proc.emitter.eventNames()).toEqual([]);
  });
});

describe('onExit', () => {
  it('runs every cleanup once, and raises the signal again only after the last', () => {
    const proc = fakeProcess();
    const ran: string[] = [];
    onExit(() => ran.push('bar'), proc);
    onExit(() => ran.push('temp file'), proc);
    proc.emitter.emit('SIGINT');
    proc.emitter.emit('exit');
    expect(ran).toEqual(['bar', 'temp file']);
    expect(proc.killed).toEqual(['SIGINT']);
  });
});
