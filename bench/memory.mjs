// Long-run memory: 100,000 analyze() calls on distinct report-like texts (three invented words each,
// 300,000 words wink has never seen), heap after a full GC before and after. Also what keeping it
// bounded costs: how often the wink instance was re-created and how long one re-creation takes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import { fx, loadBuild } from './timing.mjs';

const CALLS = Number(process.env.MEMORY_CALLS ?? 100_000);
const TARGET_MB = 20;

if (typeof globalThis.gc !== 'function') {
  // heap figures need a full collection first: run again with --expose-gc
  const { status } = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

// count and time wink's model loads (one per wink instance) by wrapping its loader
const loadCore = model.core;
const loads = [];
model.core = () => {
  const t = performance.now();
  const core = loadCore();
  loads.push(performance.now() - t);
  return core;
};

const SYLLABLES = ['bar', 'cel', 'dor', 'fin', 'gal', 'hem', 'jot', 'kip', 'lum', 'mav', 'nox', 'pel', 'quo', 'ras', 'sul', 'tov'];
/** A distinct invented word for every i below 16^5. */
const word = (i) => [0, 4, 8, 12, 16].map((shift) => SYLLABLES[(i >> shift) & 15]).join('');
const title = (w) => w[0].toUpperCase() + w.slice(1);
const text = (i) =>
  `${title(word(3 * i))} Youth Justice Service was rated Good. Staff from the ${title(word(3 * i + 1))} team worked ` +
  `with ${i % 40} children and the ${word(3 * i + 2)} project; ${i % 100}% were in education, training or employment.`;

const heapMb = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1e6;
};

const { path, lib } = await loadBuild();
console.log(`memory: build ${path}`);
for (let i = 0; i < 1000; i++) lib.analyze(text(900_000 + i)); // warm up: the shared analyzer, JIT, first instance
const before = heapMb();
const loadsBefore = loads.length;
const start = performance.now();
for (let i = 0; i < CALLS; i++) lib.analyze(text(i));
const ms = performance.now() - start;
const growth = heapMb() - before;
const reloads = loads.slice(loadsBefore);
const reloadMs = reloads.reduce((a, b) => a + b, 0);
console.log(
  `memory: ${CALLS} analyze() calls on distinct texts (${3 * CALLS} new words): heap after GC ${fx(before, 1)} → ` +
    `${fx(before + growth, 1)} MB, growth ${fx(growth, 1)} MB (target < ${TARGET_MB} MB) ${growth < TARGET_MB ? 'OK' : 'ABOVE TARGET'}`,
);
console.log(
  `memory: wink instance re-created ${reloads.length} times, model load ${fx(reloads.length ? reloadMs / reloads.length : 0, 0)} ms each: ` +
    `${fx(reloadMs, 0)} ms of ${fx(ms, 0)} ms (${fx((100 * reloadMs) / ms, 1)}% of the run, ${fx(ms / CALLS, 3)} ms a call)`,
);
