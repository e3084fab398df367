// Core speed: analyze() against bare wink readDoc on the same ~5 MB of report-like text, in one run.
// Also: compiling a custom lexicon of 10,000 cues. Targets are printed, not asserted.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { reportText } from './corpus.mjs';
import { fx, inBlocks, loadBuild, mbps, median, middle, ratioOf, ROOT } from './timing.mjs';

const SIZE = 5_000_000;
const RATIO_TARGET = 0.8;

/** 10,000 distinct invented cues (two-word phrases) for one existing theme. */
export function manyCues(n = 10_000) {
  const syllables = ['bar', 'cel', 'dor', 'fin', 'gal', 'hem', 'jot', 'kip', 'lum', 'mav', 'nox', 'pel', 'quo', 'ras', 'sul', 'tov'];
  const word = (i) => syllables[i % 16] + syllables[(i >> 4) % 16] + syllables[(i >> 8) % 16] + syllables[(i >> 12) % 16];
  return Array.from({ length: n }, (_, i) => ({ id: `cue-${i}`, patterns: [`${word(i)} ${word(n - 1 - i)}`] }));
}

const { path, lib } = await loadBuild();
const { text, source } = reportText(ROOT, SIZE);
console.log(`core: build ${path}`);
console.log(`core: ${fx(text.length / 1e6)} MB of ${source}`);

const bare = winkNLP(model);
const lean = winkNLP(model, ['sbd', 'negation', 'pos']);
const analyzer = lib.createAnalyzer();
// CPU time, each in blocks of calls over passes: each pays its own collection debt, both see the machine's load
const t = inBlocks({ readDoc: () => bare.readDoc(text), analyze: () => analyzer.analyze(text) }, 3, 2);
const readDocMs = middle(t.readDoc);
const analyzeMs = middle(t.analyze);
const leanMs = median(() => lean.readDoc(text), 3);
const ratio = ratioOf(t.readDoc, t.analyze);
console.log(`core: wink readDoc (default pipeline) ${fx(mbps(text.length, readDocMs))} MB/s (${fx(readDocMs, 0)} ms)`);
console.log(`core: wink readDoc (sbd, negation, pos: the steps childfirst runs) ${fx(mbps(text.length, leanMs))} MB/s (${fx(leanMs, 0)} ms)`);
console.log(`core: childfirst analyze() ${fx(mbps(text.length, analyzeMs))} MB/s (${fx(analyzeMs, 0)} ms)`);
console.log(`core: analyze/readDoc throughput ratio ${fx(ratio)} (CPU time, median of paired blocks; target >= ${RATIO_TARGET}) ${ratio >= RATIO_TARGET ? 'OK' : 'BELOW TARGET'}`);

const cues = manyCues();
const compileMs = median(() => lib.createAnalyzer({ cues: { workforce: cues } }), 3);
console.log(`core: compiling a custom lexicon of ${cues.length} cues ${fx(compileMs, 0)} ms (target well under 1000 ms)`);

// learning a lexicon from 1,000 coded segments: sentences of the same text, coded by a word each holds
const CODES = { education: 'ete', family: 'family', custody: 'resettlement', health: 'mental-health', training: 'workforce' };
const segments = text
  .split(/(?<=[.!?])\s+/)
  .slice(0, 1000)
  .map((sentence) => ({
    text: sentence,
    codes: Object.entries(CODES)
      .filter(([word]) => sentence.toLowerCase().includes(word))
      .map(([, code]) => code),
  }));
const learnMs = median(() => lib.learnLexicon(segments), 3);
console.log(`core: learnLexicon on ${segments.length} coded segments (5-fold cross-validation included) ${fx(learnMs, 0)} ms (target < 5000 ms) ${learnMs < 5000 ? 'OK' : 'ABOVE TARGET'}`);
