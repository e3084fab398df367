#!/usr/bin/env node
// Regenerates docs/report.png, the README's picture of `childfirst report`: the report of fixtures/ opened in
// headless Chromium (found as `npm run test:browser` finds it). Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const found = findBrowser();
if ('error' in found) {
  process.stderr.write(`report-screenshot: ${found.error}\n`);
  process.exit(1);
}
const report = join(mkdtempSync(join(tmpdir(), 'childfirst-shot-')), 'report.html');
execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'report', 'fixtures', '-o', report, '--quiet'], {
  cwd: root,
});
const browser = await chromium.launch({
  executablePath: found.path,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(report).href);
mkdirSync(join(root, 'docs'), { recursive: true });
await page.screenshot({ path: join(root, 'docs/report.png') });
await browser.close();
process.stdout.write(`docs/report.png from ${found.path}\n`);
