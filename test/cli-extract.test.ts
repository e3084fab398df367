import { describe, expect, it } from 'vitest';
import { extractText, formatOfPath, sniffFormat } from '../src/cli/extract/decode.js';
import { repairHyphenation } from '../src/cli/extract/hyphen.js';
import { htmlToText } from '../src/cli/extract/html.js';
import { pdfToText } from '../src/cli/extract/pdf.js';
import { makePdf } from './cli-helpers.js';

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
});

describe('pdfToText', () => {
  it('joins pages and repairs a word hyphenated at a line end', async () => {
    const pdf = await makePdf([
      ['The Northmere service offers speech and lan-', 'guage therapy to every child.'],
      ['Page two covers re-', 'settlement and a well-', 'known mentoring scheme.'],
    ]);
    const text = await pdfToText(pdf);
    expect(text).toContain('speech and language therapy');
    expect(text).toContain('resettlement');
    expect(text).toContain('well-known mentoring');
    expect(text.indexOf('every child')).toBeLessThan(text.indexOf('Page two'));
  });

  it('throws on a corrupt PDF', async () => {
    await expect(pdfToText(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'))).rejects.toThrow();
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
    const result = await extractText(input, format);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const result = await extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Café – ok')]), 'text');
    expect(result).toEqual({ ok: true, text: 'Café – ok', format: 'text' });
  });

  it.each([
    ['a/b.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['page.htm', 'html'],
    ['page.HTML', 'html'],
    ['report.pdf', 'pdf'],
    ['README', 'text'],
  ] as const)('reads %s as %s', (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });

  it.each([
    ['%PDF-1.7\n...', 'pdf'],
    ['  <!DOCTYPE html><html>', 'html'],
    ['<html lang="en">', 'html'],
    ['Plain text about <b> tags', 'text'],
  ] as const)('sniffs %j as %s', (head, format) => {
    expect(sniffFormat(new TextEncoder().encode(head))).toBe(format);
  });
});
