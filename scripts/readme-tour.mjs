#!/usr/bin/env node
// Writes the output shown in the README's five-minute tour: the built CLI (dist/cli.js) is run on the text
// under <!-- tour:input -->, and its JSON record and CSV go under <!-- tour:json --> and <!-- tour:csv -->.
// With --check, writes nothing and exits 1 when the README shows other output (a test runs this).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = join(root, 'README.md');
const check = process.argv.includes('--check');
const FILE = 'reports/northmere.txt';

/** The fenced block right after a marker: its text, and where the text starts and ends. */
function block(readme, marker) {
  const at = readme.indexOf(`<!-- ${marker} -->\n\`\`\``);
  if (at < 0) throw new Error(`README.md: expected <!-- ${marker} --> before a fenced block, found none`);
  const start = readme.indexOf('\n', at + marker.length + 10) + 1;
  const end = readme.indexOf('\n```', start - 1);
  return { text: readme.slice(start, end + 1), start, end: end + 1 };
}

/** JSON on one line, with a space after each comma and colon. */
function flat(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  if (Object.keys(value).length === 0) return '{}';
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`)
    .join(', ')} }`;
}

/** JSON with each object, and each array of plain values, on one line when it fits in 130 characters at its indent. */
function pretty(value, indent = '') {
  const line = flat(value);
  if (value === null || typeof value !== 'object') return line;
  const objects = Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object');
  if (!objects && line.length + indent.length <= 130) return line;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + pretty(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

const readme = readFileSync(readmePath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'childfirst-tour-'));
mkdirSync(join(dir, 'reports'));
writeFileSync(join(dir, FILE), block(readme, 'tour:input').text);
const cli = (...args) =>
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
const json = `${pretty(JSON.parse(cli('analyze', FILE)))}\n`;
const csv = cli('analyze', 'reports/', '--format', 'csv');

let next = readme;
for (const [marker, text] of [
  ['tour:csv', csv],
  ['tour:json', json],
]) {
  const { start, end } = block(next, marker);
  next = next.slice(0, start) + text + next.slice(end);
}
if (next === readme) console.log('README tour output is up to date');
else if (check) {
  console.error('README.md: the tour shows output the CLI no longer gives; run node scripts/readme-tour.mjs');
  process.exit(1);
} else {
  writeFileSync(readmePath, next);
  console.log('updated the tour output in README.md');
}
