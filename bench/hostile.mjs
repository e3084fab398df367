#!/usr/bin/env node
// Hostile CLI inputs (figures, not tests): the time to a record for HTML built to be slow, and the time and
// peak memory for a PDF whose text inflates far beyond its size, each against a normal input in the same run.
// Usage: node bench/hostile.mjs   (after `npm run build`; CHILDFIRST_CLI=path overrides dist/cli.js)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { reportText } from './corpus.mjs';
import { fx, ROOT } from './timing.mjs';

const cli = resolve(process.env.CHILDFIRST_CLI ?? join(ROOT, 'dist/cli.js'));
const dir = join(ROOT, 'bench/output/hostile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const TIME = '/usr/bin/time';

/** Runs the CLI on one file `runs` times: the best wall time (ms), the peak RSS (MB, with GNU time) and the record. */
function timeCli(file, runs = 3, extra = []) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const argv = [cli, 'analyze', file, '--jobs', '1', '--quiet', ...extra];
    const t = performance.now();
    const r = existsSync(TIME)
      ? spawnSync(TIME, ['-f', 'BENCH %M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t;
    const rss = /BENCH (\d+)/.exec(r.stderr ?? '');
    const record = JSON.parse(r.stdout.split('\n')[0] || '{}');
    results.push({ ms, mb: rss ? Number(rss[1]) / 1024 : NaN, code: record.error?.code ?? 'summary' });
  }
  return {
    ms: Math.min(...results.map((r) => r.ms)),
    mb: Math.max(...results.map((r) => r.mb)),
    code: results[0].code,
  };
}

/** `unit` repeated after `prefix` up to `bytes` bytes. */
const fill = (prefix, unit, bytes) => prefix + unit.repeat(Math.floor((bytes - prefix.length) / unit.length));

/**
 * A PDF of `pages` pages that all draw one deflated content stream: `lines` lines of `line`, in a font small
 * enough that every line lands on the page (so PDF.js keeps them) — the text inflates `pages` times over.
 * `overlap` draws every line on one spot instead, which PDF.js merges away: work without text.
 */
function inflatingPdf({ pages, lines, line, overlap = false }) {
  const draw = overlap ? `(${line}) Tj\n` : `(${line}) Tj T*\n`;
  const stream = 'BT /F1 0.08 Tf 0.1 TL 10 780 Td\n' + draw.repeat(lines) + 'ET\n';
  const content = deflateSync(Buffer.from(stream), { level: 9 });
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...Array.from(
      { length: pages },
      () =>
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>',
    ),
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const head = body === null ? `<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n` : `${body}\n`;
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n${head}`),
      ...(body === null ? [content, Buffer.from('\nendstream\n')] : []),
      Buffer.from('endobj\n'),
    ]);
    parts.push(obj);
    at += obj.length;
  });
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return { bytes: Buffer.concat(parts), inflated: stream.length * pages };
}

const MB = 1_000_000;
const { text } = reportText(ROOT, 2 * MB);
const paragraphs = text.split(/(?<=\.) /);
const write = (name, content) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const normalHtml = (bytes) => {
  let html = '<!doctype html><html><body><main>';
  for (let i = 0; html.length < bytes; i++) html += `<p>${paragraphs[i % paragraphs.length]}</p>\n`;
  return `${html}</main></body></html>`;
};
const line = `${paragraphs[0]} ${paragraphs[1]}`.replace(/[()\\]/g, '');
const pdfs = {
  lines: inflatingPdf({ pages: 1000, lines: 7000, line }),
  overlap: inflatingPdf({ pages: 1000, lines: 7000, line, overlap: true }),
  pages: inflatingPdf({ pages: 2001, lines: 1, line }),
};
const files = {
  tiny: write('tiny.txt', 'One sentence about restorative justice.'),
  html: write('normal-4mb.html', normalHtml(4 * MB)),
  unclosed: write('unclosed-1mb.html', fill('<html><body>', '<div>x', MB)),
  worst5: write('worst-5mb.html', fill('<html><body>' + '<div>'.repeat(509), '</i>', 5 * MB)),
  worst10: write('worst-10mb.html', fill('<html><body>' + '<div>'.repeat(509), '</i>', 10 * MB)),
  lines: write('inflating-lines.pdf', pdfs.lines.bytes),
  overlap: write('inflating-overlap.pdf', pdfs.overlap.bytes),
  pages: write('pages.pdf', pdfs.pages.bytes),
};

const t = {
  tiny: timeCli(files.tiny),
  html: timeCli(files.html, 1),
  unclosed: timeCli(files.unclosed),
  worst5: timeCli(files.worst5),
  worst10: timeCli(files.worst10),
  lines: timeCli(files.lines, 1),
  overlap: timeCli(files.overlap, 1),
  pages: timeCli(files.pages, 1),
};
const net = (k) => Math.max(1, t[k].ms - t.tiny.ms);
const size = (k) => `${fx(statSync(files[k]).size / 1e6, 3)} MB`;
const inflated = (k) => `${fx(pdfs[k].inflated / 1e6, 0)} MB`;
console.log('\nhostile CLI inputs (time to the record, start-up included; best of 3 unless noted)');
console.log(`  start-up and one sentence:                 ${fx(t.tiny.ms, 0)} ms`);
console.log(`  a normal 4 MB HTML report (one run):       ${t.html.code}, ${fx(t.html.ms, 0)} ms`);
console.log(
  `  200,000 unclosed <div> (1 MB):             ${t.unclosed.code}, ${fx(t.unclosed.ms, 0)} ms, ${fx(t.unclosed.ms / t.html.ms)}x the 4 MB report (before: no answer)`,
);
console.log(
  `  509 open <div>, 5 MB of stray </i> (slowest under the depth limit): ${t.worst5.code}, ${fx(t.worst5.ms, 0)} ms, ${fx(t.worst5.ms / t.html.ms)}x the 4 MB report`,
);
console.log(
  `  same, 10 MB: ${fx(net('worst10') / net('worst5'))}x the 5 MB time less start-up (linear: 2; quadratic: 4)`,
);
console.log(
  `  PDF of ${size('lines')}, ${inflated('lines')} of content streams once inflated (one run): ${t.lines.code}, ${fx(t.lines.ms / 1000, 1)} s, peak RSS ${fx(t.lines.mb, 0)} MB`,
);
console.log(
  `  PDF of ${size('pages')} with 2,001 pages (one run): ${t.pages.code}, ${fx(t.pages.ms / 1000, 1)} s, peak RSS ${fx(t.pages.mb, 0)} MB`,
);
console.log(
  `  PDF of ${size('overlap')}, ${inflated('overlap')} of content streams drawing every line on one spot (one run): ${t.overlap.code}, ${fx(t.overlap.ms / 1000, 1)} s (--timeout 60 s by default), peak RSS ${fx(t.overlap.mb, 0)} MB`,
);
