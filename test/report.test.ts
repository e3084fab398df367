import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themes } from '../src/index.js';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Browser;
let html: string;
let reportPath: string;

beforeAll(async () => {
  const dir = tempDir('childfirst-report-');
  writeFiles(dir, {
    'corpus/camden.txt':
      'Camden Youth Justice Service has been named a SEND Quality Lead. Its workers team up with families, and a speech and language therapist sees each child who needs one. A restorative justice panel meets monthly.',
    'corpus/kirklees.md':
      '# Kirklees inspection\n\nInspectors rated Kirklees Youth Justice Service good. There was no resettlement plan for two children, but 85% of children had an education, training and employment offer.',
    'corpus/page.html':
      '<html><body><nav>menu</nav><p>Our <b>trauma-informed</b> practice & family work are described here: staff work with families <script>x()</script>and carers.</p></body></html>',
    'corpus/broken.pdf': '%PDF-1.3 not a real pdf',
  });
  const run = await runCli(['report', 'corpus', '-o', 'report.html', '--quiet'], { cwd: dir });
  expect(run.code).toBe(1);
  expect(run.stderr).toBe('childfirst: 1 of 4 inputs failed (1 corrupt-pdf)\n');
  reportPath = join(dir, 'report.html');
  html = readFileSync(reportPath, 'utf8');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('childfirst report', () => {
  it('is one self-contained file: no scripts, links or remote resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|@import|https?:\/\//i);
  });

  it('renders the heatmap, the legend, each document with highlighted evidence, with no network', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(reportPath).href);

    const rows = await page.locator('#heatmap tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#heatmap td.cell').count()).toBe(rows * themes.length);
    expect(await page.locator('#heatmap td.cell[data-count]:not([data-count="0"])').count()).toBeGreaterThan(0);

    const legend = page.locator('#legend li');
    expect(await legend.count()).toBe(themes.length);
    expect(await legend.first().textContent()).toBe(themes[0]?.label);

    expect(await page.locator('article.doc').count()).toBe(4);
    expect(await page.locator('article.failed').textContent()).toMatch(/corrupt-pdf/);
    const marks = page.locator('article.doc mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(4);
    const texts = await marks.allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['restorative justice']));
    expect(texts.join(' ')).not.toMatch(/menu|x\(\)/);

    // every highlight has its theme's colour, the same as its legend swatch
    const colours = await marks.evaluateAll((els) =>
      els.map((el) => {
        const cls = [...el.classList].find((c) => /^t\d+$/.test(c)) ?? '';
        const view = el.ownerDocument.defaultView;
        const swatch = el.ownerDocument.querySelector(`#legend .sw.${cls}`);
        return [
          view?.getComputedStyle(el).backgroundColor,
          swatch ? view?.getComputedStyle(swatch).backgroundColor : 'none',
        ];
      }),
    );
    for (const [mark, swatch] of colours) {
      expect(mark).not.toBe('rgba(0, 0, 0, 0)');
      expect(mark).toBe(swatch);
    }

    // the heatmap comes first on screen, though it is written last
    const heat = await page.locator('#heatmap').boundingBox();
    const docs = await page.locator('#documents').boundingBox();
    expect((heat?.y ?? Infinity) < (docs?.y ?? 0)).toBe(true);

    expect(await page.locator('table.metrics').count()).toBe(3);
    expect(requests).toEqual([]);

    mkdirSync(resolve('test/output'), { recursive: true });
    await page.screenshot({ path: resolve('test/output/report.png'), fullPage: false });
    await page.close();
  });
});
