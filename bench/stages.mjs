// The pipeline's speed and memory targets, each a ratio measured in this one run (two shared cores: wall
// times move with the load, ratios of blocks of calls run close together much less; see inBlocks in timing.mjs):
//   analyze() against wink's readDoc with its default pipeline, on report text;
//   short texts (each report alone, about 2 KB each) against a long one: the same reports joined and repeated to
//   250,000 characters, the length of a full inspection report (40 pages or so);
//   createAnalyzer({ stages: ['themes'] }) against the full analysis;
//   peak RSS of one analyze() of a 10 MB document against one readDoc of it, each in a fresh process.
// Report text: the maintainers' dev texts (../shared/eval/dev/texts, read at run time, never stored) when they
// are beside the checkout, else the project's fixtures. Targets are printed, not asserted. STAGES_DEBUG=1 prints every
// timed call's CPU milliseconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fx, inBlocks, loadBuild, middle, ratioOf, ROOT } from './timing.mjs';

const TARGETS = { analyze: 0.8, short: 0.8, themes: 1.3, rss: 1.2 };
const PASSES = Number(process.env.STAGES_PASSES ?? 6);
const PER_PASS = 3;
const BIG = 10_000_000;
const LONG = 250_000;

/** The report texts to measure on, and where they came from. */
export function reportTexts() {
  const dev = join(ROOT, '..', 'shared', 'eval', 'dev', 'texts');
  const fromDir = (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (existsSync(dev)) return { texts: fromDir(dev), source: '../shared/eval/dev/texts' };
  return { texts: fromDir(join(ROOT, 'fixtures')), source: 'fixtures/*.txt' };
}

const verdict = (value, target) => `(target >= ${target}) ${value >= target ? 'OK' : 'BELOW TARGET'}`;

if (process.argv[2] === '--peak') {
  // child process: one readDoc or one analyze of a 10 MB document, then its peak RSS in MB
  const { texts } = reportTexts();
  let text = '';
  while (text.length < BIG) text += texts.join('\n\n') + '\n\n';
  text = text.slice(0, BIG);
  if (process.argv[3] === 'readDoc') winkNLP(model).readDoc(text);
  else (await loadBuild()).lib.analyze(text);
  console.log(process.resourceUsage().maxRSS / 1024);
} else {
  const { path, lib } = await loadBuild();
  const { texts, source } = reportTexts();
  const joined = texts.join('\n\n');
  const chars = joined.length;
  const copies = Math.ceil(LONG / chars);
  const long = Array.from({ length: copies }, () => joined).join('\n\n');
  console.log(
    `stages: build ${path}; ${texts.length} reports of ${source}, ${fx(chars / 1e3, 0)} K characters; ` +
      `long text ${fx(long.length / 1e3, 0)} K characters`,
  );

  const wink = winkNLP(model);
  const full = lib.createAnalyzer();
  const themesOnly = lib.createAnalyzer({ stages: ['themes'] });
  const t = inBlocks({
    readDoc: () => wink.readDoc(long),
    analyze: () => full.analyze(long),
    // the reports alone, as many times as the long text holds them, so both read the same characters
    short: () => {
      for (let i = 0; i < copies; i++) texts.forEach((text) => full.analyze(text));
    },
    themes: () => themesOnly.analyze(long),
  }, PASSES, PER_PASS);
  const mbps = (ms) => fx(long.length / 1e6 / (middle(ms) / 1000));
  console.log(
    `stages: readDoc (default pipeline) ${mbps(t.readDoc)} MB/s, analyze() ${mbps(t.analyze)} MB/s, ` +
      `each report alone ${mbps(t.short)} MB/s, stages ['themes'] ${mbps(t.themes)} MB/s (CPU time, median of ${PASSES} passes of ${PER_PASS} calls each)`,
  );
  if (process.env.STAGES_DEBUG) console.log(JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.map((x) => Math.round(x))]))));
  const analyze = ratioOf(t.readDoc, t.analyze);
  const short = ratioOf(t.analyze, t.short);
  const themes = ratioOf(t.analyze, t.themes);
  console.log(`stages: analyze/readDoc throughput ratio ${fx(analyze)} ${verdict(analyze, TARGETS.analyze)}`);
  console.log(`stages: short/long throughput ratio ${fx(short)} ${verdict(short, TARGETS.short)}`);
  console.log(`stages: themes-only/full throughput ratio ${fx(themes)} ${verdict(themes, TARGETS.themes)}`);

  const peak = (what) => {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--peak', what], { encoding: 'utf8', env: process.env });
    if (run.status !== 0) throw new Error(`stages: the ${what} peak run failed: ${run.stderr}`);
    return Number(run.stdout.trim());
  };
  const readDocRss = peak('readDoc');
  const analyzeRss = peak('analyze');
  const rss = analyzeRss / readDocRss;
  console.log(
    `stages: peak RSS on one 10 MB document: readDoc ${fx(readDocRss, 0)} MB, analyze() ${fx(analyzeRss, 0)} MB, ` +
      `ratio ${fx(rss)} (target <= ${TARGETS.rss}) ${rss <= TARGETS.rss ? 'OK' : 'ABOVE TARGET'}`,
  );
}
