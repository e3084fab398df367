import { messageOf, type RecordError } from '../errors.js';
import { HtmlTooComplexError, htmlToText } from './html.js';
import type { InputFormat } from './formats.js';
import { MAX_PDF_PAGES, PdfTooLargeError, pdfToText } from './pdf.js';

/** Text taken from one input, or why there is none. */
export type Extracted = { ok: true; text: string; format: InputFormat } | { ok: false; error: RecordError };

/** How bytes become text. */
export interface ExtractOptions {
  /** The `TextDecoder` label for text and HTML without a byte-order mark (`--encoding`, default `utf-8`). */
  readonly encoding: string;
  /** Most characters of text taken from a PDF (`--max-bytes`). */
  readonly maxChars: number;
}

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding a byte-order mark at the start of `bytes` names, or null. */
export function bomEncoding(bytes: Uint8Array): string | null {
  const found = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  return found ? found[1] : null;
}

/** Bytes read to sniff stdin's format: enough for an XML declaration and a licence comment before `<html>`. */
const SNIFF_BYTES = 4096;
const HTML_START = /^<(?:!doctype\s+html|html|head|body)(?=[\s/>])/i;

/**
 * The format of bytes with no file name (stdin), from their first bytes: `%PDF-` is a PDF; HTML is
 * recognised by `<!doctype html>`, `<html>`, `<head>` or `<body>` after any byte-order mark, white space,
 * comments and `<?xml …?>` declarations; anything else is text.
 */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  const head = new TextDecoder(bomEncoding(bytes) ?? 'latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  if (head.startsWith('%PDF-')) return 'pdf';
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head.charAt(at))) at++;
    const close = head.startsWith('<!--', at) ? '-->' : head.startsWith('<?', at) ? '?>' : null;
    if (close === null) break;
    const end = head.indexOf(close, at + 2);
    if (end < 0) return 'text';
    at = end + close.length;
  }
  return HTML_START.test(head.slice(at, at + 16)) ? 'html' : 'text';
}

/** Decodes text: a byte-order mark (UTF-8, UTF-16LE/BE) wins, else `encoding`; invalid bytes are an error. */
export function decodeText(bytes: Uint8Array, encoding: string): { text: string } | { error: RecordError } {
  const label = bomEncoding(bytes) ?? encoding;
  const decoder = new TextDecoder(label, { fatal: true });
  try {
    if (decoder.encoding === 'utf-8') return { text: decoder.decode(bytes) };
    // Streamed on purpose: since 20.18.3, Node's one-shot decode() reads windows-1252 (and latin1, its
    // alias) as ISO-8859-1, so 0x80-0x9F (€, curly quotes, dashes) come out as controls (nodejs/node#60888);
    // the streaming path goes through ICU and follows the Encoding Standard.
    return { text: decoder.decode(bytes, { stream: true }) + decoder.decode() };
  } catch {
    if (decoder.encoding === 'utf-8') {
      const message =
        'the file is not valid UTF-8 text; name its encoding with --encoding (for example --encoding windows-1252)';
      return { error: { code: 'not-utf8', message } };
    }
    return { error: { code: 'not-decodable', message: `the file is not valid ${decoder.encoding} text` } };
  }
}

/** Turns raw bytes into text: decoded text and HTML (see {@link decodeText}), or a PDF's text layer. */
export async function extractText(bytes: Uint8Array, format: InputFormat, options: ExtractOptions): Promise<Extracted> {
  const result = format === 'pdf' ? await readPdf(bytes, options.maxChars) : readText(bytes, format, options.encoding);
  if ('error' in result) return { ok: false, error: result.error };
  if (result.text.trim() === '')
    return extractFailure('empty', format === 'pdf' ? 'the PDF has no text layer' : 'the input has no text');
  return { ok: true, text: result.text, format };
}

async function readPdf(bytes: Uint8Array, maxChars: number): Promise<{ text: string } | { error: RecordError }> {
  try {
    return { text: await pdfToText(bytes, { maxPages: MAX_PDF_PAGES, maxChars }) };
  } catch (error) {
    if (error instanceof PdfTooLargeError) return { error: { code: 'too-large', message: error.message } };
    return { error: { code: 'corrupt-pdf', message: `cannot read the PDF: ${messageOf(error)}` } };
  }
}

function readText(bytes: Uint8Array, format: InputFormat, encoding: string): { text: string } | { error: RecordError } {
  const decoded = decodeText(bytes, encoding);
  if ('error' in decoded) return decoded;
  if (decoded.text.includes('\u0000'))
    return { error: { code: 'binary', message: 'the file looks binary (it contains NUL bytes)' } };
  if (format !== 'html') return decoded;
  try {
    return { text: htmlToText(decoded.text) };
  } catch (error) {
    if (error instanceof HtmlTooComplexError) return { error: { code: 'too-complex', message: error.message } };
    throw error;
  }
}

/** An extraction that failed, with its error code and message. */
export function extractFailure(code: RecordError['code'], message: string): Extracted {
  return { ok: false, error: { code, message } };
}
