// Linear time under hostile input: 1 MB of normal report text against 1 MB-ish adversarial inputs.
// Each adversarial input's time per MB must stay within 3x the normal text's (target, printed).
// Runs of more than 64 characters without a space are not handed to wink (see src/nlp/prepare.ts), so
// the unspaced inputs are cheap by design; the "(extra)" spaced forms reach every stage.
import { random, reportText } from './corpus.mjs';
import { fx, loadBuild, median, paired, ROOT } from './timing.mjs';

const TARGET = 3;
const MB = 1_000_000;

/** The adversarial inputs of the trust issue, plus a few more shapes that stress other stages. */
function inputs() {
  const next = random(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const nonWord = () => Array.from({ length: 3 + Math.floor(next() * 9) }, () => letters[Math.floor(next() * 26)]).join('');
  const nonWords = Array.from({ length: 150_000 }, nonWord).join(' ').slice(0, MB);
  const nested = '(['.repeat(25_000) + '{<'.repeat(25_000) + 'custody' + '>}'.repeat(25_000) + '])'.repeat(25_000);
  return [
    ['one 1 MB token', 'x'.repeat(MB)],
    ['100,000 repeated cue words', 'resettlement '.repeat(100_000)],
    ['100,000 nested brackets', nested],
    ['a million dots', '.'.repeat(MB)],
    ['a million digits', '7'.repeat(MB)],
    ['(extra) 100,000 spaced brackets', '( '.repeat(50_000) + 'x' + ' )'.repeat(50_000)],
    ['(extra) 500,000 spaced digits', '7 '.repeat(500_000)],
    ['(extra) 500,000 spaced dots', '. '.repeat(500_000)],
    ['(extra) 1 MB of random non-words', nonWords],
    ['(extra) 250,000 "97%" figures', '97% '.repeat(250_000)],
    ['(extra) 1 MB one sentence of prose words', 'children and families were supported by staff '.repeat(21_000)],
    ['(extra) 500,000 line breaks', 'a\n'.repeat(500_000)],
  ];
}

const { path, lib } = await loadBuild();
const analyzer = lib.createAnalyzer();
const { text: normal, source } = reportText(ROOT, MB);
const baseMs = median(() => analyzer.analyze(normal), 3);
console.log(`adversarial: build ${path}`);
console.log(`adversarial: normal report text (${source}) ${fx(baseMs, 0)} ms/MB`);
let worst = 0;
for (const [name, text] of inputs()) {
  // normal and adversarial alternate in each round; the ratio compares time per MB
  const { b: ms, ratio } = paired(
    () => analyzer.analyze(normal),
    () => analyzer.analyze(text),
    3,
  );
  const perMbRatio = ratio / (text.length / normal.length);
  if (!name.startsWith('(extra)')) worst = Math.max(worst, perMbRatio);
  const perMb = ms / (text.length / MB);
  console.log(`adversarial: ${name} (${fx(text.length / MB)} MB) ${fx(perMb, 0)} ms/MB, ${fx(perMbRatio)}x normal`);
}
console.log(`adversarial: worst required input ${fx(worst)}x normal (target <= ${TARGET}x) ${worst <= TARGET ? 'OK' : 'ABOVE TARGET'}`);
