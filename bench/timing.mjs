// Shared helpers for the benches: which build to load, and robust timing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Loads the built package: `CHILDFIRST_DIST` (a path to index.js) when set, else dist/index.js. */
export async function loadBuild() {
  const path = resolve(ROOT, process.env.CHILDFIRST_DIST ?? 'dist/index.js');
  if (!existsSync(path)) throw new Error(`bench: no build at ${path}; run npm run build first`);
  return { path, lib: await import(pathToFileURL(path).href) };
}

/** The middle value of a list of numbers (the upper one of the two middles for an even count). */
export const middle = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** Runs `fn` once to warm up, then `runs` times; returns the median wall time in ms. */
export function median(fn, runs = 5) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return middle(times);
}

/**
 * Times `a` and `b` alternately (after one warm-up each), so both see the same machine load, and
 * returns the median time of each and the median of the per-round ratios b/a.
 */
export function paired(a, b, runs = 5) {
  a();
  b();
  const ta = [];
  const tb = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
    ratios.push(tb[i] / ta[i]);
  }
  return { a: middle(ta), b: middle(tb), ratio: middle(ratios) };
}

/** CPU milliseconds `fn` takes (this process's user + system time, less moved by other processes than wall time). */
export function cpuMs(fn) {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Runs each function in a block of calls, the first untimed, in turn, over `passes` passes; returns each one's CPU
 * times in ms. In blocks, the collector's debt a function leaves (garbage promoted to the old generation is collected
 * later) is paid in its own block: alternating calls one by one made whichever function ran next pay it. The passes
 * pair the ratios against drift in the machine's load: the i-th times of two functions were taken close together.
 */
export function inBlocks(fns, passes = 3, perPass = 3) {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (const fn of Object.values(fns)) for (let r = 0; r < perPass; r++) fn(); // a first pass untimed: compilation and tables warm
  for (let pass = 0; pass < passes; pass++) {
    for (const [k, fn] of Object.entries(fns)) {
      fn(); // warm-up, and the debt of the block before
      for (let r = 0; r < perPass; r++) times[k].push(cpuMs(fn));
    }
  }
  return times;
}

/** The median over paired times of a / b. */
export const ratioOf = (a, b) => middle(a.map((x, i) => x / b[i]));

/** Megabytes (10^6 UTF-16 code units, about 10^6 bytes of mostly-ASCII text) per second. */
export const mbps = (chars, ms) => chars / 1e6 / (ms / 1000);

/** Formats a number with fixed decimals. */
export const fx = (n, d = 2) => n.toFixed(d);
