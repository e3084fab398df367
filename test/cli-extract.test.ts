import { describe, expect, it } from 'vitest';
import { decodeText, extractText, sniffFormat } from '../src/cli/extract/decode.js';
import { formatOfPath } from '../src/cli/extract/formats.js';
import { repairHyphenation } from '../src/cli/extract/hyphen.js';
import { HtmlTooComplexError, MAX_HTML_DEPTH, htmlToText } from '../src/cli/extract/html.js';
import { MAX_PDF_PAGES, PdfTooLargeError, pdfToText } from '../src/cli/extract/pdf.js';
import { makePdf } from './cli-helpers.js';

const LIMITS = { maxPages: MAX_PDF_PAGES, maxChars: 20_000_000 };
const OPTIONS = { encoding: 'utf-8', maxChars: 20_000_000 };

describe('repairHyphenation', () => {
  it.each([
    ['joins a word broken at a line end', 'speech and lan-\nguage therapy', 'speech and language therapy'],
    ['handles CRLF and trailing spaces', 'resettle- \r\n  ment plans', 'resettlement plans'],
    ['handles a soft hyphen', 'assess\u00ad\nments', 'assessments'],
    ['keeps the hyphen of a compound head', 'a well-\nknown panel', 'a well-known panel'],
    ['keeps co- compounds', 'staff are co-\nlocated', 'staff are co-located'],
    ['keeps a hyphen the text spells elsewhere', 'case-\nwork and case-work', 'case-work and case-work'],
  ])('%s', (_name, input, expected) => {
    expect(repairHyphenation(input)).toBe(expected);
  });

  it.each([
    ['a capital after the break (a list or a name)', 'Harwick -\nNorthmere', 'Harwick -\nNorthmere'],
    ['a dash line before a capital', 'Outcomes-\nThe panel met', 'Outcomes-\nThe panel met'],
    ['a hyphen inside a line', 'pro-social identity', 'pro-social identity'],
    ['a number before the break', '2019-\n2020', '2019-\n2020'],
    ['a hyphen with no line break', 'lan- guage', 'lan- guage'],
  ])('leaves alone %s', (_name, input, expected) => {
    expect(repairHyphenation(input)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it('keeps the content and drops scripts, styles, navigation and page furniture', () => {
    const html = `<!doctype html><html><head><title>Page title</title><style>p{color:red}</style>
      <script>var note = "restorative justice";</script></head><body>
      <header>Council header</header><nav><a href="/">Home</a> Mental health menu</nav>
      <main><h1>Harwick &amp; Northmere</h1><p>The team offers speech and&nbsp;language support.</p>
      <noscript>Turn on scripts</noscript><p>Second paragraph.</p></main>
      <aside>Related links</aside><footer>Cookie notice</footer><script>track()</script></body></html>`;
    const text = htmlToText(html);
    expect(text).toContain('Harwick & Northmere');
    expect(text).toContain('Second paragraph.');
    expect(text).toMatch(/speech and\s+language support/);
    for (const gone of [
      'restorative',
      'Mental health menu',
      'Council header',
      'Cookie notice',
      'Turn on scripts',
      'track()',
      'color:red',
      'Page title',
      'Related links',
    ]) {
      expect(text).not.toContain(gone);
    }
    expect(text.split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it('reads a fragment with no body', () => {
    expect(htmlToText('<p>Only a paragraph</p>')).toBe('Only a paragraph');
  });

  // Before, node-html-parser took 2 s on 10,000 unclosed elements and overflowed the stack at 20,000 levels.
  it.each([
    ['200,000 unclosed elements', '<div>x'.repeat(200_000)],
    ['20,000 levels of nesting', `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`],
    ['unclosed inline elements', '<b>x'.repeat(100_000)],
  ])('refuses %s as too complex, without a stack overflow', (_name, html) => {
    expect(() => htmlToText(html)).toThrow(HtmlTooComplexError);
  });

  it(`reads nesting up to ${MAX_HTML_DEPTH} levels, and any number of elements closed by the parser`, () => {
    const depth = MAX_HTML_DEPTH - 2;
    expect(htmlToText(`<html><body>${'<div>'.repeat(depth)}deep`)).toBe('deep');
    expect(htmlToText('<ul>' + '<li>item'.repeat(50_000)).split('\n')).toHaveLength(50_000);
    expect(htmlToText('<p>one<p>two<br>three')).toBe('one\ntwo\nthree');
  });
});

describe('pdfToText', () => {
  it('joins pages and repairs a word hyphenated at a line end', async () => {
    const pdf = await makePdf([
      ['The Northmere service offers speech and lan-', 'guage therapy to every child.'],
      ['Page two covers re-', 'settlement and a well-', 'known mentoring scheme.'],
    ]);
    const text = await pdfToText(pdf, LIMITS);
    expect(text).toContain('speech and language therapy');
    expect(text).toContain('resettlement');
    expect(text).toContain('well-known mentoring');
    expect(text.indexOf('every child')).toBeLessThan(text.indexOf('Page two'));
  });

  it('refuses a PDF with more pages than the limit before reading any', async () => {
    const pdf = await makePdf([['one'], ['two'], ['three']]);
    await expect(pdfToText(pdf, { maxPages: 2, maxChars: 1000 })).rejects.toThrow(
      new PdfTooLargeError('the PDF has 3 pages, over the limit of 2'),
    );
  });

  it('stops reading text past --max-bytes characters (a small file can inflate far beyond its size)', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i} about restorative justice with families.`);
    const pdf = await makePdf([lines, lines], { compress: true });
    expect(pdf.byteLength).toBeLessThan(30_000);
    await expect(pdfToText(pdf, { maxPages: 100, maxChars: 30_000 })).rejects.toThrow(
      new PdfTooLargeError("the PDF's text is longer than --max-bytes 30000 characters"),
    );
    expect((await pdfToText(pdf, { maxPages: 100, maxChars: 60_000 })).length).toBeGreaterThan(30_000);
  });

  it('throws on a corrupt PDF', async () => {
    await expect(pdfToText(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'), LIMITS)).rejects.toThrow();
  });
});

describe('decodeText', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café – ok', 'utf16le')]);
  const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café – ok', 'utf16le').swap16()]);
  it.each([
    ['UTF-8 with a BOM', Buffer.from('\uFEFFCafé – ok'), 'utf-8'],
    ['UTF-16LE with a BOM', utf16le, 'utf-8'],
    ['UTF-16BE with a BOM', utf16be, 'utf-8'],
    ['Windows-1252 with --encoding', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]), 'windows-1252'],
    ['Windows-1252 labelled latin1', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]), 'latin1'],
    ['a BOM over --encoding', utf16le, 'windows-1252'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodeText(bytes, encoding)).toEqual({ text: 'Café – ok' });
  });

  it('says that --encoding exists when the text is not UTF-8', () => {
    const result = decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'utf-8');
    expect(result).toEqual({ error: { code: 'not-utf8', message: expect.stringContaining('--encoding') as string } });
  });

  it('names the encoding that failed', () => {
    expect(decodeText(Buffer.from([0xff, 0xff, 0xff]), 'shift_jis')).toEqual({
      error: { code: 'not-decodable', message: 'the file is not valid shift_jis text' },
    });
  });
});

describe('extractText', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ['invalid UTF-8', new Uint8Array([0x48, 0xff, 0xfe, 0x41]), 'text', 'not-utf8'],
    ['Latin-1 text', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text', 'not-utf8'],
    ['NUL bytes', bytes('abc\u0000def'), 'text', 'binary'],
    ['nothing', new Uint8Array(0), 'text', 'empty'],
    ['only white space', bytes(' \n\t \r\n'), 'markdown', 'empty'],
    ['HTML with no text', bytes('<html><body><script>x()</script></body></html>'), 'html', 'empty'],
    ['a corrupt PDF', bytes('%PDF-1.7 truncated'), 'pdf', 'corrupt-pdf'],
  ] as const)('reports %s', async (_name, input, format, code) => {
    const result = await extractText(input, format, OPTIONS);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const result = await extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Café – ok')]), 'text', OPTIONS);
    expect(result).toEqual({ ok: true, text: 'Café – ok', format: 'text' });
  });

  it.each([
    ['a/b.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['page.htm', 'html'],
    ['page.HTML', 'html'],
    ['report.pdf', 'pdf'],
    ['README', 'text'],
    ['letter.docx', null],
    ['OLD.DOC', null],
    ['data.json', null],
  ] as const)('reads %s as %s', (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });

  it.each([
    ['%PDF-1.7\n...', 'pdf'],
    ['  <!DOCTYPE html><html>', 'html'],
    ['<html lang="en">', 'html'],
    ['Plain text about <b> tags', 'text'],
    ['\uFEFF<!doctype html><p>x', 'html'],
    ['<!-- saved from a council site -->\n<html>', 'html'],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>', 'html'],
    ['\uFEFF<?xml version="1.0"?><!-- a --><!-- b --> <body>', 'html'],
    ['<header>is not <head>', 'text'],
    ['<!-- a comment that never ends <html>', 'text'],
  ] as const)('sniffs %j as %s', (head, format) => {
    expect(sniffFormat(new TextEncoder().encode(head))).toBe(format);
  });

  it('sniffs UTF-16 HTML by its byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<!-- x --><html><body>Hi', 'utf16le')]);
    expect(sniffFormat(utf16)).toBe('html');
  });
});
