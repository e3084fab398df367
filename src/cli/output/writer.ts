import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UsageError, messageOf } from '../errors.js';

/** A text output that respects back-pressure: `write` resolves once the stream can take more. */
export interface TextOutput {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens `--out FILE`, or stdout when no file is given. */
export async function openOutput(file: string | undefined): Promise<TextOutput> {
  if (file === undefined || file === '-') return wrap(process.stdout, false);
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${messageOf(error)}`);
  }
  return wrap(stream, true);
}

function wrap(stream: Writable, owned: boolean): TextOutput {
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (chunk !== '' && !stream.write(chunk)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      if (!owned) return;
      stream.end();
      await once(stream, 'finish');
    },
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
