import { messageOf } from '../errors.js';
import { openOutput } from './writer.js';

/**
 * Writes `text` to stdout and resolves once it is handed over. A failed write (a full disk, a
 * closed pipe, a read-only descriptor) rejects with an error naming stdout (and keeping the
 * write's `code`), so the command prints one line and exits 1 instead of dying on an unhandled
 * 'error' event.
 */
export async function printToStdout(text: string): Promise<void> {
  const output = await openOutput(undefined);
  try {
    await output.write(text);
    await output.close();
  } catch (error) {
    const failure = new Error(`expected to write the output to stdout, got ${messageOf(error)}`, { cause: error });
    throw Object.assign(failure, { code: (error as NodeJS.ErrnoException).code });
  }
}
