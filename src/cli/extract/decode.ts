import { messageOf, type RecordError } from '../errors.js';
import { htmlToText } from './html.js';
import { pdfToText } from './pdf.js';

/** Input formats the CLI reads. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'pdf';

/** Text taken from one input, or why there is none. */
export type Extracted = { ok: true; text: string; format: InputFormat } | { ok: false; error: RecordError };

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** File extensions a directory walk picks up. */
export const EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf'] as const;

/** The format a path's extension names; unknown extensions are read as plain text. */
export function formatOfPath(path: string): InputFormat {
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 ? path.slice(dot).toLowerCase() : '';
  return BY_EXTENSION[ext] ?? 'text';
}

/** The format of bytes with no file name (stdin), from their first bytes. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  if (head.startsWith('%PDF-')) return 'pdf';
  return /^\s{0,64}<(?:!doctype html|html|head|body)/i.test(head) ? 'html' : 'text';
}

/** Turns raw bytes into text: strict UTF-8 for text and HTML, PDF text extraction for PDFs. */
export async function extractText(bytes: Uint8Array, format: InputFormat): Promise<Extracted> {
  let text: string;
  if (format === 'pdf') {
    try {
      text = await pdfToText(bytes);
    } catch (error) {
      return extractFailure('corrupt-pdf', `cannot read the PDF: ${messageOf(error)}`);
    }
  } else {
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return extractFailure('not-utf8', 'the file is not valid UTF-8 text');
    }
    if (decoded.includes('\u0000')) return extractFailure('binary', 'the file looks binary (it contains NUL bytes)');
    text = format === 'html' ? htmlToText(decoded) : decoded;
  }
  if (text.trim() === '')
    return extractFailure('empty', format === 'pdf' ? 'the PDF has no text layer' : 'the input has no text');
  return { ok: true, text, format };
}

/** An extraction that failed, with its error code and message. */
export function extractFailure(code: RecordError['code'], message: string): Extracted {
  return { ok: false, error: { code, message } };
}
