import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

// These tests read the BUILT package: `npm test` builds first.
const root = new URL('../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');

/** The names the README's API section documents as exports: rows of its export table. */
function documentedExports(): string[] {
  const api = readme.slice(readme.indexOf('<!-- section:api -->'), readme.indexOf('<!-- /section:api -->'));
  const table = api.slice(api.indexOf('| export |'));
  return [...table.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1] ?? '').sort();
}

describe('built package', () => {
  it('exports exactly what the README documents, from ESM and CJS', async () => {
    const esm: Record<string, unknown> = await import(`${root}dist/index.js`);
    const cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`) as Record<string, unknown>;
    const documented = documentedExports();
    expect(documented.length).toBeGreaterThan(5);
    expect(Object.keys(esm).sort()).toEqual(documented);
    expect(Object.keys(cjs).sort()).toEqual(documented);
  });

  it('analyses text from the ESM and CJS builds alike', async () => {
    const esm = (await import(`${root}dist/index.js`)) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`) as typeof import('../src/index.js');
    const text = 'The Harwick Youth Justice Service has a seconded probation officer and a trauma-informed approach.';
    const a = esm.analyze(text);
    expect(a.themes.map((t) => t.id)).toEqual(expect.arrayContaining(['co-location', 'trauma-informed']));
    expect(cjs.analyze(text)).toEqual(a);
    expect(esm.reportSummarySchema.safeParse(a).success).toBe(true);
  });

  it('keeps the main entry free of Node built-ins, so it runs in browsers and edge runtimes', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(`${root}${file}`, 'utf8');
      const specifiers = [
        ...code.matchAll(/\bfrom\s*["']([^"']+)["']/g),
        ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
        ...code.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1] ?? '');
      expect(specifiers.length).toBeGreaterThan(0);
      expect(specifiers.filter((s) => builtins.has(s))).toEqual([]);
      expect(code).not.toMatch(/process\.env|readFileSync|__dirname/);
    }
  });

  it('prints nothing and reads no environment when imported', () => {
    for (const entry of ['import("./dist/index.js")', 'require("./dist/index.cjs")']) {
      const out = execFileSync(process.execPath, ['-e', `${entry}`], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out).toBe('');
    }
  });

  it('ships a LICENSE with the licence package.json names (MIT)', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(`${root}LICENSE`, 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S/);
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    expect(packed[0]?.files.map((f) => f.path)).toEqual(expect.arrayContaining(['LICENSE', 'README.md']));
  });

  it('gives the output the README API example shows', async () => {
    const esm = (await import(`${root}dist/index.js`)) as typeof import('../src/index.js');
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('<!-- /section:api -->'));
    const call = api.slice(api.indexOf('analyze('), api.indexOf('summary.themes'));
    const input = [...call.matchAll(/^ +'([^']+)'/gm)].map((m) => m[1]).join('');
    expect(input).toMatch(/^Northmere Youth Justice Service/);
    const summary = esm.analyze(input);
    expect(api).toContain(
      `// → ${JSON.stringify(summary.themes.map((t) => t.id))
        .replace(/"/g, "'")
        .replace(/,/g, ', ')}`,
    );
    const m = summary.themes.find((t) => t.id === 'resettlement')?.mentions[0];
    expect(api).toContain(
      `// → { text: '${m?.text}', start: ${m?.start}, end: ${m?.end}, sentence: ${m?.sentence}, cue: '${m?.cue}', negated: ${m?.negated} }`,
    );
  });
});
