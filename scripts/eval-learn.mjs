// npm run eval:learn: learns a lexicon from one gold set and applies it alone (builtInThemes: false) to another,
// scored as `childfirst evaluate` scores themes (micro over document × theme pairs, optional themes ignored).
// Pairs: the shared dev (33) → seeds (5) when ../shared sits beside this checkout, and an in-repo cross-set.
// Texts are read at run time from their folders, never copied. Uses dist/ (or CHILDFIRST_DIST): build first.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IN_REPO, sharedPair } from './learn-sets.mjs';

const dist = resolve(process.env.CHILDFIRST_DIST ?? join(import.meta.dirname, '..', 'dist', 'index.js'));
if (!existsSync(dist)) {
  console.error(`eval:learn: expected a build at ${dist}, found nothing; run npm run build first`);
  process.exit(1);
}
const lib = await import(pathToFileURL(dist).href);

function load(dir) {
  const { docs } = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  return docs.map((d) => {
    const path = [join(dir, 'texts', `${d.id}.txt`), join(dir, `${d.id}.txt`)].find(existsSync);
    return { id: d.id, themes: d.themes ?? {}, optional: d.optional ?? [], text: readFileSync(path, 'utf8') };
  });
}

function score(analyzer, docs) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const found = new Set(analyzer.analyze(d.text).themes.map((t) => t.id));
    const gold = new Set(Object.keys(d.themes));
    for (const id of found)
      if (gold.has(id)) tp++;
      else if (!d.optional.includes(id)) fp++;
    for (const id of gold) if (!found.has(id)) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const f3 = (x) => x.toFixed(3);
const pairs = [sharedPair(), IN_REPO];
if (!pairs[0]) console.log('eval:learn shared dev → seeds: ../shared/eval is missing here; skipped');
for (const pair of pairs.filter(Boolean)) {
  const train = pair.train.flatMap(load);
  const started = performance.now();
  const { lexicon, report } = lib.learnLexicon(train);
  const ms = performance.now() - started;
  const { p, r, f } = score(lib.createAnalyzer({ themes: lexicon, builtInThemes: false }), pair.apply.flatMap(load));
  const cv = report.overall.document;
  console.log(
    `eval:learn ${pair.name}: micro-F1 ${f3(f)} P ${f3(p)} R ${f3(r)} (target F1 >= 0.55 with P >= 0.7, aim 0.70; ` +
      `${lexicon.length} themes learned from ${train.length} docs in ${Math.round(ms)} ms; ` +
      `${report.folds}-fold CV on the training docs: F1 ${f3(cv.f1)} P ${f3(cv.precision)} R ${f3(cv.recall)})`,
  );
}
