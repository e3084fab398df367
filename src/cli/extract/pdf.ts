import { repairHyphenation } from './hyphen.js';

/** How much of a PDF is read. */
export interface PdfLimits {
  /** Most pages a PDF may have. */
  readonly maxPages: number;
  /** Most characters of text extracted, over all pages. */
  readonly maxChars: number;
}

/** Most pages read from a PDF: far beyond any report (a long inspection report has about 100). */
export const MAX_PDF_PAGES = 2_000;

/** Thrown by {@link pdfToText} when a PDF has more pages or more text than its limits allow. */
export class PdfTooLargeError extends Error {
  override readonly name = 'PdfTooLargeError';
}

/** What PDF.js streams for a page's text: items with a string, and marked-content markers without one. */
interface TextChunk {
  readonly items: readonly { readonly str?: string; readonly hasEOL?: boolean }[];
}

/**
 * Text of a PDF: pages joined by a blank line, words hyphenated at line ends repaired. Pages are read one
 * at a time and their text is streamed, so a PDF whose streams inflate to hundreds of megabytes stops at
 * `limits.maxChars` instead of being held whole. Throws {@link PdfTooLargeError} over a limit, and any
 * other error for a corrupt PDF.
 */
export async function pdfToText(bytes: Uint8Array, limits: PdfLimits): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new PdfTooLargeError(`the PDF has ${pdf.numPages} pages, over the limit of ${limits.maxPages}`);
    }
    const pages: string[] = [];
    let budget = limits.maxChars;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const text = await pageText(page.streamTextContent() as ReadableStream<TextChunk>, budget, limits.maxChars);
      budget -= text.length;
      pages.push(text);
    }
    return repairHyphenation(pages.join('\n\n'));
  } finally {
    await pdf.destroy();
  }
}

/** One page's text, as unpdf joins it; stops reading (and throws) once it passes `budget` characters. */
async function pageText(stream: ReadableStream<TextChunk>, budget: number, maxChars: number): Promise<string> {
  const reader = stream.getReader();
  // One string per chunk, not per item: a page of millions of one-letter items stays a few strings.
  const parts: string[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    let text = '';
    for (const item of chunk.value.items) {
      if (item.str !== undefined) text += item.hasEOL ? `${item.str}\n` : item.str;
    }
    parts.push(text);
    length += text.length;
    if (length > budget) {
      const error = new PdfTooLargeError(`the PDF's text is longer than --max-bytes ${maxChars} characters`);
      await reader.cancel(error);
      throw error;
    }
  }
  return parts.join('');
}
