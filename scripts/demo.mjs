#!/usr/bin/env node
// The Quick start demo: analyses every example report in fixtures/ with the built package and
// prints a readable summary of each: what it is, who it is about, its themes with evidence, its figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../dist/index.js';

const dir = new URL('../fixtures/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const s = analyze(text, { id: file });
  const d = s.document;
  console.log(bold(`\n${file}`));
  if (d.title) console.log(`  title     ${clip(d.title)}`);
  console.log(`  kind      ${d.kind}${d.date ? ` · ${d.date}` : ''}`);
  if (s.subject) console.log(`  subject   ${s.subject.name} (area: ${s.subject.area}; ${s.subject.type})`);
  if (d.award) {
    const extra = [d.award.redesignation ? 'redesignation' : '', ...d.award.commendations.map((c) => `${c} commendation`)];
    console.log(`  award     ${d.award.level}${extra.filter(Boolean).length ? ` + ${extra.filter(Boolean).join(', ')}` : ''}`);
  }
  if (d.rating) console.log(`  rating    ${d.rating}`);
  console.log(`  themes    ${s.themes.length}`);
  for (const t of [...s.themes].sort((a, b) => b.score - a.score)) {
    const m = t.mentions.find((x) => !x.negated) ?? t.mentions[0];
    const neg = t.mentions.some((x) => x.negated) ? ' (some negated)' : '';
    console.log(`    ${t.id.padEnd(21)} ${t.score.toFixed(2)}  "${clip(m?.text ?? '', 40)}" @${m?.start}${neg}`);
  }
  if (s.metrics.length) {
    console.log(`  metrics   ${s.metrics.length}`);
    for (const m of s.metrics.slice(0, 8)) {
      const what = m.kind === 'comparison' ? `${m.direction} than ${m.baselines.join(' + ')}` : (m.subject ?? '');
      console.log(`    ${m.kind.padEnd(11)} ${clip(m.text, 40).padEnd(40)} ${clip(what, 50)}`);
    }
  }
  if (s.organisations.length) console.log(`  orgs      ${clip(s.organisations.map((o) => o.name).join('; '), 110)}`);
  if (s.people.length) console.log(`  people    ${clip(s.people.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''}`).join('; '), 110)}`);
}
console.log(`\n${files.length} reports analysed.`);
