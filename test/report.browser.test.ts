import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themes } from '../src/index.js';
import { makeReport } from './report-helpers.js';

// Run by `npm run test:browser` (scripts/test-browser.mjs), which finds the browser and sets CHROME_PATH.
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
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  const executablePath = process.env['CHROME_PATH'];
  if (!executablePath)
    throw new Error('expected CHROME_PATH to name a Chromium executable: run `npm run test:browser`');
  const report = await makeReport();
  expect(report.code).toBe(1);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(report.path).href);
});

afterAll(async () => {
  await browser?.close();
});

const top = async (selector: string): Promise<number> => (await page.locator(selector).boundingBox())?.y ?? NaN;
const background = (selector: string): Promise<string[]> =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor ?? ''));

describe('childfirst report in headless Chromium', () => {
  it('shows title, section links, heatmap, legend and contents above the documents, with no network', async () => {
    const order = await Promise.all(['#top', '#toc', '#heatmap', '#legend', '#contents', '#documents'].map(top));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await page.locator('#heatmap td.cell').count()).toBe(3 * themes.length);
    expect(await page.locator('#contents tbody tr').count()).toBe(4);
    expect(requests).toEqual([]);
    mkdirSync(resolve('test/output'), { recursive: true });
    await page.screenshot({ path: resolve('test/output/report.png') });
  });

  it('colours the heatmap on one scale: the cells of equal share match, and larger shares are darker', async () => {
    const cells = await page
      .locator('#heatmap td.cell')
      .evaluateAll((els) =>
        els.map((el) => [
          Number(el.getAttribute('data-share')),
          el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor ?? '',
        ]),
      );
    const byShare = new Map<number, Set<string>>();
    for (const [share, colour] of cells as [number, string][])
      byShare.set(share, (byShare.get(share) ?? new Set()).add(colour));
    for (const colours of byShare.values()) expect(colours.size).toBe(1);
    const luma = (rgb: string): number => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ordered = [...byShare.entries()].sort(([a], [b]) => a - b).map(([, c]) => luma([...c][0] ?? ''));
    expect(ordered.length).toBeGreaterThan(1);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]).toBeLessThan(ordered[i - 1] ?? 0);
  });

  it('follows a heatmap cell to its document, and the contents row back and forth', async () => {
    const cell = page.locator('#heatmap td.cell[data-theme="restorative"] a').first();
    const href = await cell.getAttribute('href');
    await cell.click();
    expect(new URL(page.url()).hash).toBe(href);
    await expect.poll(() => page.locator(href ?? '').isVisible()).toBe(true);
    expect(await top(href ?? '')).toBeLessThan(50);
    expect(await page.locator(`${href} .chip[data-theme="restorative"]`).count()).toBe(1);

    await page.locator(`${href} .up a`).click();
    expect(new URL(page.url()).hash).toBe('#contents');
    const row = page.locator('#contents tbody tr', { hasText: 'kirklees.md' }).locator('a');
    await row.click();
    expect(await page.locator(`${new URL(page.url()).hash} h2`).textContent()).toBe('corpus/kirklees.md');
  });

  it('keeps texts, metrics and names collapsed until their summary is clicked', async () => {
    const article = page.locator('article', { hasText: 'corpus/camden.txt' });
    const names = article.locator('details.names ul').first();
    expect(await names.isVisible()).toBe(false);
    await article.locator('details.names summary').click();
    expect(await names.isVisible()).toBe(true);
    const kirklees = page.locator('article', { hasText: 'corpus/kirklees.md' });
    const metrics = kirklees.locator('details.metrics-of table.metrics');
    expect(await metrics.isVisible()).toBe(false);
    await kirklees.locator('details.metrics-of summary').click();
    expect(await metrics.isVisible()).toBe(true);
    const text = article.locator('details.text-of .text');
    expect(await text.isVisible()).toBe(false);
    await article.locator('details.text-of summary').click();
    expect(await text.isVisible()).toBe(true);
    const mark = text.locator('mark', { hasText: 'restorative justice' }).first();
    expect(await mark.isVisible()).toBe(true);
    const cls = (await mark.getAttribute('class'))?.split(' ').find((c) => /^t\d+$/.test(c));
    const [markColour] = await background(`#documents mark.${cls}`);
    const [swatchColour] = await background(`#legend .sw.${cls}`);
    expect(markColour).not.toBe('rgba(0, 0, 0, 0)');
    expect(markColour).toBe(swatchColour);
  });

  it('shows the failed input with its error', async () => {
    expect(await page.locator('article.failed').textContent()).toMatch(/corrupt-pdf/);
    expect(await page.locator('#contents tr.failed').textContent()).toMatch(/corrupt-pdf/);
  });
});
