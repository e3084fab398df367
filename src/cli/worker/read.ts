import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { messageOf, type RecordError } from '../errors.js';

/** A file's bytes, or why they were not read; `size` is what the file system reported. */
export type ReadResult = { readonly bytes: Uint8Array } | { readonly error: RecordError; readonly size: number };

/** Bytes read at a time once a file turns out longer than its reported size. */
const CHUNK = 65_536;

/**
 * Reads a regular file, never more than `maxBytes + 1` bytes whatever its reported size (files in /proc
 * report 0, and a file may grow while it is read). Anything else (a FIFO, a device, a socket, a folder,
 * or a link to one) is refused without being opened for reading, so it can neither block nor stream
 * forever. Opening uses O_NONBLOCK, and the opened file is checked again, in case it was swapped.
 * Synchronous on purpose: the worker has nothing else to do, and asynchronous reads' round trips through
 * libuv's thread pool left it idle about 3 ms a file.
 */
export function readRegularFile(path: string | Uint8Array, maxBytes: number): ReadResult {
  const name = typeof path === 'string' ? path : Buffer.from(path);
  let size = 0;
  try {
    const info = statSync(name);
    size = info.size;
    if (!info.isFile()) return notAFile(info);
    if (size > maxBytes) return tooLarge(size, maxBytes);
    const fd = openSync(name, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const opened = fstatSync(fd);
      return opened.isFile() ? readBounded(fd, opened.size, maxBytes) : notAFile(opened);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: { code: 'unreadable', message: unreadable(name, error) }, size };
  }
}

/**
 * Why a file could not be read. A name with U+FFFD that does not exist most likely had bytes that are not
 * UTF-8, which Node replaced when the name reached it as text (a command-line argument or a glob match).
 */
function unreadable(name: string | Buffer, error: unknown): string {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  if (missing && typeof name === 'string' && name.includes('\uFFFD')) {
    return (
      'no file has this name as Node received it: its name is probably not valid UTF-8 (the bytes that are not ' +
      'were replaced by U+FFFD); name the folder that holds it instead, which reads names as raw bytes'
    );
  }
  return `cannot read the file: ${messageOf(error)}`;
}

function readBounded(fd: number, size: number, maxBytes: number): ReadResult {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, size + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) return tooLarge(total, maxBytes, 'at least ');
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, total + Math.max(total, CHUNK)));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const n = readSync(fd, buffer, total, buffer.length - total, null);
    if (n === 0) return { bytes: buffer.subarray(0, total) };
    total += n;
  }
}

function tooLarge(size: number, maxBytes: number, atLeast = ''): ReadResult {
  return {
    error: { code: 'too-large', message: `the file has ${atLeast}${size} bytes, over --max-bytes ${maxBytes}` },
    size,
  };
}

function notAFile(info: Stats): ReadResult {
  const what = info.isDirectory()
    ? 'a directory'
    : info.isFIFO()
      ? 'a FIFO (named pipe)'
      : info.isSocket()
        ? 'a socket'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a file';
  return { error: { code: 'not-a-file', message: `it is ${what}; only regular files are read` }, size: 0 };
}
