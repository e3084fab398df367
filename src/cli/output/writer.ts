import { createWriteStream, rmSync } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError, messageOf } from '../errors.js';
import { onExit } from '../exit.js';

/** A text output that respects back-pressure: `write` resolves once the stream can take more. */
export interface TextOutput {
  write(chunk: string): Promise<void>;
  /** Finishes the output: a file is renamed into place only now. */
  close(): Promise<void>;
  /** Abandons the output: a file's temporary copy is removed and the file is left as it was. */
  discard(): Promise<void>;
}

/**
 * Opens `--out FILE`, or stdout when no file is given. A file is written to a hidden temporary file in its
 * folder (`.NAME.PID.RANDOM.tmp`) and renamed over FILE by `close`, so FILE is always either what it was
 * or a whole new output, even with two runs writing it at once; an interrupted run removes its temporary file.
 */
export async function openOutput(file: string | undefined): Promise<TextOutput> {
  if (file === undefined || file === '-') {
    const nothing = (): Promise<void> => Promise.resolve();
    return wrap(process.stdout, { close: nothing, discard: nothing });
  }
  if ((await stat(file).catch(() => null))?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a folder`);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${messageOf(error).replace(temp, file)}`);
  }
  const forget = onExit(() => rmSync(temp, { force: true }));
  return wrap(stream, {
    async close() {
      stream.end();
      await once(stream, 'finish');
      const old = await stat(file).catch(() => null);
      if (old) await chmod(temp, old.mode & 0o7777);
      await rename(temp, file);
      forget();
    },
    async discard() {
      stream.destroy();
      await rm(temp, { force: true });
      forget();
    },
  });
}

function wrap(stream: Writable, end: Pick<TextOutput, 'close' | 'discard'>): TextOutput {
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (chunk !== '' && !stream.write(chunk)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      await end.close();
    },
    discard: end.discard,
  };
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
