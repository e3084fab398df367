import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { themes } from '../src/index.js';
import { heatColour } from '../src/cli/report/heatmap.js';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';
import { makeReport } from './report-helpers.js';

// The report's structure, read with an HTML parser. How it renders in a real browser (layout, colours as
// computed, links followed, texts opened) is checked by report.browser.test.ts (`npm run test:browser`).
let html: string;
let page: HTMLElement;

beforeAll(async () => {
  const report = await makeReport();
  expect(report.code).toBe(1);
  expect(report.stderr).toBe('childfirst: 1 of 4 inputs failed (1 corrupt-pdf)\n');
  html = report.html;
  page = parse(html);
});

const all = (selector: string): HTMLElement[] => page.querySelectorAll(selector);
const articleOf = (href: string | undefined): HTMLElement | null =>
  href?.startsWith('#') ? page.getElementById(href.slice(1)) : null;
const lightness = (style: string | undefined): number => Number(/hsl\(\d+ \d+% (\d+)%\)/.exec(style ?? '')?.[1]);
const hue = (style: string | undefined): string => /hsl\((\d+) /.exec(style ?? '')?.[1] ?? '';

describe('childfirst report, as parsed HTML', () => {
  it('is one self-contained file: no scripts, links to other files or remote resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|@import|https?:\/\/|\son\w+=/i);
    for (const a of all('a')) expect(a.getAttribute('href')).toMatch(/^#[\w-]+$/);
  });

  it('has section links and a contents list with one row per input, each linked to its document', () => {
    expect(all('#toc a').map((a) => a.getAttribute('href'))).toEqual(['#heatmap', '#legend', '#contents']);
    const rows = all('#contents tbody tr');
    expect(rows).toHaveLength(4);
    const ids = rows.map((row) => row.querySelector('a')?.text);
    expect(ids).toEqual(['corpus/broken.pdf', 'corpus/camden.txt', 'corpus/kirklees.md', 'corpus/page.html']);
    for (const row of rows) {
      const article = articleOf(row.querySelector('a')?.getAttribute('href'));
      expect(article?.tagName).toBe('ARTICLE');
      expect(article?.querySelector('h2')?.text).toBe(row.querySelector('a')?.text);
    }
    expect(rows[0]?.classList.contains('failed')).toBe(true);
    expect(rows[0]?.text).toMatch(/corrupt-pdf/);
    expect(rows[2]?.text).toMatch(/Kirklees.*inspection, good/);
  });

  it('links every heatmap cell with a count to a document of that area evidencing that theme', () => {
    const rows = all('#heatmap tbody tr');
    expect(rows.map((r) => r.querySelector('th')?.text)).toEqual(['Camden', 'Kirklees', '(no single area)']);
    let linked = 0;
    for (const row of rows) {
      const area = row.querySelector('th')?.text;
      const cells = row.querySelectorAll('td.cell');
      expect(cells).toHaveLength(themes.length);
      for (const cell of cells) {
        const count = Number(cell.getAttribute('data-count'));
        expect(cell.text).toBe(String(count));
        const link = cell.querySelector('a');
        expect(link !== null).toBe(count > 0);
        if (!link) continue;
        linked++;
        const article = articleOf(link.getAttribute('href'));
        const theme = cell.getAttribute('data-theme');
        expect(article?.querySelector(`.chip[data-theme="${theme}"]`)).not.toBeNull();
        const row = page.querySelector(`#contents a[href="#${article?.id}"]`)?.closest('tr');
        expect(row?.querySelectorAll('td')[2]?.text || '(no single area)').toBe(area);
      }
    }
    expect(linked).toBeGreaterThan(5);
  });

  it('colours the whole heatmap on one scale, darker for a larger share, with the count in each cell', () => {
    const cells = all('#heatmap td.cell');
    expect(new Set(cells.map((c) => hue(c.getAttribute('style'))))).toEqual(new Set([hue(heatColour(0).background)]));
    const byShare = cells
      .map((c) => [Number(c.getAttribute('data-share')), lightness(c.getAttribute('style'))] as const)
      .sort(([a], [b]) => a - b);
    for (let i = 1; i < byShare.length; i++) {
      const [share, light] = byShare[i] as readonly [number, number];
      const [prevShare, prevLight] = byShare[i - 1] as readonly [number, number];
      if (share > prevShare) expect(light).toBeLessThan(prevLight);
      else expect(light).toBe(prevLight);
    }
    expect(all('.scale .key')).toHaveLength(5);
  });

  it.each([
    [0, 97],
    [0.5, 69],
    [1, 40],
  ])('heatColour(%f) has lightness %i per cent', (share, light) => {
    expect(lightness(heatColour(share).background)).toBe(light);
  });

  it('keeps each text, metrics table and names list collapsed in <details> until opened', () => {
    expect(all('article.doc details.text-of')).toHaveLength(3);
    for (const d of all('details')) expect(d.hasAttribute('open')).toBe(false);
    const kirklees = page.querySelector('#doc-3');
    expect(kirklees?.querySelectorAll('details > summary').map((x) => x.text)).toEqual([
      'Metrics (2)',
      'Names (1)',
      'Text with evidence highlighted',
    ]);
    expect(kirklees?.querySelector('details.metrics-of table.metrics')).not.toBeNull();
  });

  it('marks the evidence in each text', () => {
    const marks = all('article.doc mark').map((m) => m.text);
    expect(marks).toEqual(expect.arrayContaining(['restorative justice', 'resettlement']));
    expect(marks.join(' ')).not.toMatch(/menu|x\(\)/);
    expect(all('mark.neg').map((m) => m.text)).toContain('resettlement');
  });

  it('lists the failed input with its error, and links every document back to the contents', () => {
    expect(all('article.failed')).toHaveLength(1);
    expect(page.querySelector('article.failed')?.text).toMatch(/corrupt-pdf/);
    expect(all('article')).toHaveLength(4);
    for (const article of all('article'))
      expect(article.querySelector('.up a')?.getAttribute('href')).toBe('#contents');
    expect(all('#legend li')).toHaveLength(themes.length);
    expect(all('article.doc > p.none').map((p) => p.text)).toContain('No figures found.');
  });
});

describe('childfirst report, areas', () => {
  it('puts an area written two ways in one heatmap row, by its gazetteer name, and shows each as written', async () => {
    const dir = tempDir('childfirst-report-');
    writeFiles(dir, {
      'c/a.txt': 'Hull Youth Justice Service was rated Good by inspectors. Its restorative justice work is strong.',
      'c/b.txt': 'Kingston upon Hull Youth Justice Service has been named a SEND Quality Lead. Families are involved.',
    });
    const run = await runCli(['report', 'c', '-o', 'r.html', '--quiet'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = parse(readFileSync(join(dir, 'r.html'), 'utf8'));
    const rows = report.querySelectorAll('#heatmap tbody tr');
    expect(rows.map((r) => [r.querySelector('th')?.text, r.querySelectorAll('td')[0]?.text])).toEqual([
      ['Kingston upon Hull', '2'],
    ]);
    const areas = report.querySelectorAll('.facts dt').filter((dt) => dt.text === 'Area');
    expect(areas.map((dt) => dt.nextElementSibling?.text)).toEqual([
      'Hull (Kingston upon Hull, E06000010)',
      'Kingston upon Hull (E06000010)',
    ]);
  });
});
