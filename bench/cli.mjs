#!/usr/bin/env node
// CLI benchmarks (figures, not tests): --jobs 2 against --jobs 1 on a ~20 MB corpus, peak RSS for
// 10,000 files, and `childfirst --version` start-up time.
// Usage: node bench/cli.mjs [--mb 20] [--files 10000] [--rounds 3]   (after `npm run build`; CHILDFIRST_CLI=path overrides dist/cli.js)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { reportText } from './corpus.mjs';
import { middle, ROOT } from './timing.mjs';

const cli = resolve(process.env.CHILDFIRST_CLI ?? join(ROOT, 'dist/cli.js'));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const corpusMb = opt('--mb', 20);
const manyFiles = opt('--files', 10_000);
const rounds = opt('--rounds', 3);
const out = join(ROOT, 'bench/output/cli');

/** Writes `count` files cut from report-like text, each about `size` characters, and returns their total bytes. */
function writeCorpus(dir, count, size) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { text } = reportText(ROOT, count * size);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const part = text.slice(i * size, (i + 1) * size);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), part);
    bytes += Buffer.byteLength(part);
  }
  return bytes;
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/**
 * Runs the CLI; resolves to wall time (ms), CPU time (ms, user + system, all threads) and peak RSS (bytes).
 * Uses GNU time when present (CPU and max RSS of the child), else polls /proc VmHWM.
 */
function timeCli(cliArgs) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const [cmd, argv] = hasTime
      ? [TIME, ['-f', 'BENCH %U %S %M', process.execPath, cli, ...cliArgs]]
      : [process.execPath, [cli, ...cliArgs]];
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    const poll = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) peak = Math.max(peak, Number(m[1]) * 1024);
          } catch {
            // the process has just ended
          }
        }, 25);
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - t0;
      if (code !== 0) return fail(new Error(`childfirst ${cliArgs.join(' ')} exited ${code}: ${stderr}`));
      const m = /BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      if (!m) return done({ ms, cpu: NaN, peak });
      done({ ms, cpu: (Number(m[1]) + Number(m[2])) * 1000, peak: Number(m[3]) * 1024 });
    });
  });
}

const mb = (b) => (b / 1e6).toFixed(1);
console.log(`childfirst CLI bench: ${cli} · node ${process.version} · ${availableParallelism()} cores`);

// 1. --version start-up
const starts = [];
for (let i = 0; i < 7; i++) starts.push((await timeCli(['--version'])).ms);
starts.sort((a, b) => a - b);
console.log(
  `--version start-up: median ${starts[3].toFixed(0)} ms (min ${starts[0].toFixed(0)}, max ${starts[6].toFixed(0)}) · target < 300 ms`,
);

// 2. --jobs 2 against --jobs 1 on a ~20 MB corpus of 50 KB files. This machine's speed drifts with
// what its host is running, by as much as a third between runs a minute apart, so the two are measured
// alternately, `rounds` times each, and each is judged by its best run (the one least slowed from
// outside); every round's own ratio is printed too.
const big = join(out, 'corpus');
const bytes = writeCorpus(big, Math.round((corpusMb * 1e6) / 50_000), 50_000);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const runs = { 1: [], 2: [] };
for (let r = 0; r < rounds; r++) {
  for (const jobs of [1, 2]) {
    const args = ['analyze', big, '--jobs', String(jobs), '--quiet', '--out', join(out, `jobs${jobs}.jsonl`)];
    runs[jobs].push(await timeCli(args));
  }
}
const best = (list) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
const one = best(runs[1]);
const two = best(runs[2]);
const same = readFileSync(join(out, 'jobs1.jsonl')).equals(readFileSync(join(out, 'jobs2.jsonl')));
console.log(
  `analyze ${mb(bytes)} MB, best of ${rounds} alternated runs: --jobs 1 ${secs(one.ms)} (${mb(bytes / (one.ms / 1000))} MB/s, CPU ${secs(one.cpu)}), ` +
    `--jobs 2 ${secs(two.ms)} (${mb(bytes / (two.ms / 1000))} MB/s, CPU ${secs(two.cpu)}) · ` +
    `speed-up ${(one.ms / two.ms).toFixed(2)}× · outputs identical: ${same}`,
);
const ratios = runs[1].map((a, i) => a.ms / runs[2][i].ms);
console.log(
  `  each round (--jobs 1 / --jobs 2): ${runs[1].map((a, i) => `${secs(a.ms)} / ${secs(runs[2][i].ms)} = ${ratios[i].toFixed(2)}×`).join(' · ')} · median ${middle(ratios).toFixed(2)}×`,
);
// On a busy machine the wall-clock ratio understates what two idle cores give; CPU time shows the parallel work.
console.log(
  `  CPU busy during --jobs 2: ${(two.cpu / two.ms).toFixed(2)} cores on average; load average ${loadavg()[0].toFixed(2)}`,
);

// The machine's own ceiling: the same library work in one process, then in two independent processes at once,
// each taking half the files. Two cores that slow each other down (shared caches, memory bandwidth, a busy
// host) cap what any --jobs 2 can reach; the --jobs ratio above is best read against this one.
const files = readdirSync(big).sort();
const libraryRun = (from, to) =>
  new Promise((done, fail) => {
    const code = `import { readFileSync } from 'node:fs';
      const { analyze } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)});
      for (const f of ${JSON.stringify(files.slice(from, to))}) analyze(readFileSync(${JSON.stringify(big)} + '/' + f, 'utf8'));`;
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (status) => (status === 0 ? done(performance.now() - t0) : fail(new Error(`exit ${status}`))));
  });
const half = Math.ceil(files.length / 2);
const alone = [];
const pair = [];
for (let r = 0; r < rounds; r++) {
  alone.push(await libraryRun(0, files.length));
  const t0 = performance.now();
  await Promise.all([libraryRun(0, half), libraryRun(half, files.length)]);
  pair.push(performance.now() - t0);
}
const [a1, a2] = [Math.min(...alone), Math.min(...pair)];
console.log(
  `  machine ceiling: the library on all files in one process ${secs(a1)}, in two processes at once ${secs(a2)} → ` +
    `${(a1 / a2).toFixed(2)}× (best of ${rounds}; what --jobs 2 can reach at best here)`,
);
// Two shared cores cannot give 1.6×; the pool is judged against the ceiling measured in this same run.
const ofCeiling = one.ms / two.ms / (a1 / a2);
console.log(
  `  --jobs 2 speed-up against the ceiling: ${ofCeiling.toFixed(2)} · target ≥ 0.9 ${ofCeiling >= 0.9 ? 'OK' : 'BELOW TARGET'}`,
);

// 3. peak RSS for 10,000 files
const many = join(out, 'many');
const manyBytes = writeCorpus(many, manyFiles, 600);
const run = await timeCli(['analyze', many, '--quiet', '--out', join(out, 'many.jsonl')]);
console.log(
  `analyze ${manyFiles} files (${mb(manyBytes)} MB): ${(run.ms / 1000).toFixed(1)} s, peak RSS ${mb(run.peak)} MB · target < 300 MB`,
);
rmSync(out, { recursive: true, force: true });
