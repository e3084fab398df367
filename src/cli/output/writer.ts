import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { chmod, realpath, rename, rm, stat } from 'node:fs/promises';
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
 * or a whole new output, even with two runs writing it at once; an interrupted run removes its temporary
 * file. A link is followed (the file it names is replaced, the link stays); a device or FIFO (`/dev/null`)
 * is written in place, never replaced.
 */
export async function openOutput(file: string | undefined): Promise<TextOutput> {
  const nothing = (): Promise<void> => Promise.resolve();
  if (file === undefined || file === '-') return wrap(process.stdout, { close: nothing, discard: nothing });
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a folder`);
  if (info && !info.isFile()) {
    const stream = await opened(createWriteStream(file), file, file);
    return wrap(stream, { close: () => ended(stream), discard: nothing });
  }
  const target = info ? await realpath(file) : file;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = await opened(createWriteStream(temp, { flags: 'wx' }), temp, file);
  const forget = onExit(() => rmSync(temp, { force: true }));
  return wrap(stream, {
    async close() {
      await ended(stream);
      if (info) await chmod(temp, info.mode & 0o7777);
      await rename(temp, target);
      forget();
    },
    async discard() {
      stream.destroy();
      await rm(temp, { force: true });
      forget();
    },
  });
}

/** The stream once open; a usage error naming `file` (not the temporary `path`) when it cannot be. */
async function opened(stream: WriteStream, path: string, file: string): Promise<WriteStream> {
  try {
    await once(stream, 'open');
    return stream;
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${messageOf(error).replace(path, file)}`);
  }
}

async function ended(stream: Writable): Promise<void> {
  stream.end();
  await once(stream, 'finish');
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
