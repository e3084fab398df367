import { repairHyphenation } from './hyphen.js';

/** Text of a PDF: pages joined by a blank line, words hyphenated at line ends repaired. Throws on a corrupt PDF. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return repairHyphenation(text.join('\n\n'));
  } finally {
    await pdf.destroy();
  }
}
