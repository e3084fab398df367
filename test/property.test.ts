import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type ReportSummary } from '../src/index.js';
import { parse } from '../src/nlp/parse.js';
import { MAX_RUN, prepare } from '../src/nlp/prepare.js';
import { expectValidSummary } from './helpers.js';
import {
  anyCodeUnits,
  anyText,
  edgeText,
  fixtureTexts,
  mutatedFixture,
  UNICODE_EDGES,
} from './property-arbitraries.js';

const FIXTURES = fixtureTexts();
/** PROPERTY_RUNS_SCALE=20 runs a deeper search by hand; CI keeps the modest default. */
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? '1') || 1;
const other = createAnalyzer();

/** Every span's `sentence` is the sentence (as parse splits the text) that contains it. */
function expectSentencesHold(summary: ReportSummary, text: string): void {
  const { sentences } = parse(text);
  const spans = [
    ...summary.themes.flatMap((t) => t.mentions),
    ...summary.metrics,
    ...summary.organisations,
    ...summary.acronyms,
    ...summary.people,
  ];
  for (const span of spans) {
    const sentence = sentences[span.sentence];
    const where = `${JSON.stringify(span.text)} at ${span.start} claims sentence ${span.sentence}`;
    expect(sentence, where).toBeDefined();
    expect(span.start >= (sentence?.start ?? 0) && span.end <= (sentence?.end ?? 0), where).toBe(true);
  }
}

/** analyze never throws, validates, spans hold, and repeated, interleaved and fresh runs agree. */
function checkText(text: string, interleaved: string): void {
  let first: ReportSummary;
  try {
    first = analyze(text);
  } catch (error) {
    throw new Error(`analyze threw on ${JSON.stringify(text.slice(0, 300))}: ${String(error)}`, { cause: error });
  }
  expectValidSummary(first, text);
  expect(first.length).toBe(text.length);
  expectSentencesHold(first, text);
  analyze(interleaved); // B between A and A
  expect(analyze(text)).toEqual(first);
  expect(other.analyze(text)).toEqual(first);
}

const cases: [string, fc.Arbitrary<string>, number][] = [
  ['arbitrary strings (code points, graphemes, ASCII)', anyText, 150],
  ['raw UTF-16 code units, lone surrogates included', anyCodeUnits, 80],
  ['report words mixed with Unicode edge cases', edgeText, 150],
  ['fixtures with random slices inserted, deleted and duplicated', mutatedFixture(FIXTURES), 60],
];

describe('analyze holds for any string', () => {
  it.each(cases)(
    '%s: never throws, validates, spans exact, deterministic, no state leaks',
    (_name, texts, numRuns) => {
      fc.assert(
        fc.property(texts, fc.constantFrom(...FIXTURES), (text, interleaved) => checkText(text, interleaved)),
        { numRuns: Math.ceil(numRuns * SCALE) },
      );
    },
    30_000 * SCALE,
  );

  it.each(UNICODE_EDGES.map((edge) => [JSON.stringify(edge), edge]))(
    'edge %s alone, repeated and inside a fixture',
    (_name, edge) => {
      const base = FIXTURES[0] ?? '';
      const middle = Math.floor(base.length / 2);
      for (const text of [edge, edge.repeat(50), `${base.slice(0, middle)}${edge}${base.slice(middle)}`]) {
        checkText(text, base);
      }
    },
  );

  it('every fixture gives the same summary alone, after the others, and from a fresh analyzer', () => {
    const alone = FIXTURES.map((t) => createAnalyzer().analyze(t));
    const sequence = FIXTURES.map((t) => analyze(t));
    const reversed = [...FIXTURES]
      .reverse()
      .map((t) => analyze(t))
      .reverse();
    expect(sequence).toEqual(alone);
    expect(reversed).toEqual(alone);
    FIXTURES.forEach((t, i) => expectValidSummary(alone[i] as ReportSummary, t));
  });
});

describe('summaries are independent values', () => {
  it('mutating a returned summary does not change the next one', () => {
    const text = FIXTURES[0] ?? '';
    const first = analyze(text);
    const snapshot = structuredClone(first);
    for (const theme of first.themes) {
      theme.mentions.length = 0;
      theme.label = 'changed';
    }
    first.themes.length = 0;
    first.metrics.length = 0;
    first.organisations.length = 0;
    first.acronyms.length = 0;
    first.document.kind = 'other';
    expect(snapshot.themes.length).toBeGreaterThan(0);
    expect(analyze(text)).toEqual(snapshot);
  });
});

/** The obvious per-character reading of `prepare`'s contract, as an oracle for the regular expression it uses. */
function preparedByHand(text: string): string {
  const splitters = ' \n\r\t\u00a0\u2002\u2003\u2004\u2005\u2009\u200a\u202f\u205f';
  const toSpace = '\u1680\u2000\u2001\u2006\u2007\u2008\u200b\u3000\ufeff';
  const toNewline = '\u000b\u000c\u0085\u2028\u2029';
  const out = [...text.split('')].map((c) => (toSpace.includes(c) ? ' ' : toNewline.includes(c) ? '\n' : c));
  let run = 0;
  for (let i = 0; i <= out.length; i++) {
    const c = out[i];
    if (
      c !== undefined &&
      !splitters.includes(c) &&
      !toSpace.includes(text[i] ?? '') &&
      !toNewline.includes(text[i] ?? '')
    ) {
      run++;
      continue;
    }
    if (run > MAX_RUN) for (let k = i - run; k < i; k++) out[k] = ' ';
    run = 0;
  }
  return out.join('');
}

describe('prepare: other whitespace to a space or newline, over-long runs to spaces, nothing else', () => {
  const runs = fc
    .array(fc.oneof(fc.constantFrom(...UNICODE_EDGES, ' ', '\u2000', '\u000b'), fc.string({ maxLength: 90 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join(''));
  it.each([
    ...cases,
    ['runs of word characters around the limit', runs, 200] as [string, fc.Arbitrary<string>, number],
  ])(
    '%s',
    (_name, texts, numRuns) => {
      fc.assert(
        fc.property(texts, (text) => {
          expect(prepare(text)).toBe(preparedByHand(text));
        }),
        { numRuns: Math.ceil(numRuns * SCALE) },
      );
    },
    30_000 * SCALE,
  );

  it.each([
    ['a run of exactly MAX_RUN is kept', 'x'.repeat(MAX_RUN), 'x'.repeat(MAX_RUN)],
    ['one more is blanked', `a ${'x'.repeat(MAX_RUN + 1)}\u2028b`, `a ${' '.repeat(MAX_RUN + 1)}\nb`],
    [
      'a zero-width space ends a run',
      `${'x'.repeat(40)}\u200b${'y'.repeat(40)}`,
      `${'x'.repeat(40)} ${'y'.repeat(40)}`,
    ],
  ])('%s', (_name, text, expected) => {
    expect(prepare(text)).toBe(expected);
  });
});

describe('parse: tokens point at the text, sentences tile the tokens', () => {
  function checkParse(text: string): void {
    const prepared = prepare(text);
    expect(prepared.length).toBe(text.length);
    const { tokens, sentences } = parse(text);
    let previousEnd = 0;
    tokens.forEach((t, i) => {
      expect(text.slice(t.start, t.end)).toBe(t.value);
      expect(prepared.slice(t.start, t.end)).toBe(t.value);
      expect(t.start).toBeGreaterThanOrEqual(previousEnd);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.value.length).toBeLessThanOrEqual(MAX_RUN);
      const sentence = sentences[t.sentence];
      expect(sentence && i >= sentence.first && i < sentence.last).toBe(true);
      previousEnd = t.end;
    });
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.first).toBe(i === 0 ? 0 : sentences[i - 1]?.last);
      expect(s.start).toBe(tokens[s.first]?.start);
      expect(s.end).toBe(tokens[s.last - 1]?.end);
    });
    expect(sentences.at(-1)?.last ?? 0).toBe(tokens.length);
  }

  it.each(cases)(
    '%s',
    (_name, texts, numRuns) => {
      fc.assert(fc.property(texts, checkParse), { numRuns: Math.ceil(numRuns * SCALE) });
    },
    30_000 * SCALE,
  );

  it.each([
    ['a run longer than MAX_RUN is not read', `care ${'x'.repeat(MAX_RUN + 1)} plan`, ['care', 'plan']],
    ['a run of exactly MAX_RUN is read', `care ${'x'.repeat(MAX_RUN)} plan`, ['care', 'x'.repeat(MAX_RUN), 'plan']],
    [
      'a long URL is not read, the words around it are',
      `See https://example.org/${'youth-justice/'.repeat(5)} now.`,
      ['See', 'now', '.'],
    ],
    [
      'line and paragraph separators split words',
      'family\u2028work\u2029plans\fnow\vthen',
      ['family', 'work', 'plans', 'now', 'then'],
    ],
    ['ideographic and zero-width spaces split words', 'family\u3000work\u200bplans', ['family', 'work', 'plans']],
    ['more spaces than wink counts (65,535) between words', `family${' '.repeat(70_000)}work`, ['family', 'work']],
    ['no-break spaces between words', 'family\u00a0\u00a0work\u202fplans', ['family', 'work', 'plans']],
  ])('%s', (_name, text, values) => {
    expect(parse(text).tokens.map((t) => t.value)).toEqual(values);
  });

  it.each([
    ['a blank line ends a sentence', 'Family work\n\nSpeech therapy', 2],
    ['CRLF blank line ends a sentence', 'Family work\r\n\r\nSpeech therapy', 2],
    ['a single line break does not', 'Family work\nand speech therapy', 1],
    ['two line separators end a sentence', 'Family work\u2028\u2028Speech therapy', 2],
  ])('%s', (_name, text, count) => {
    expect(parse(text).sentences).toHaveLength(count);
  });
});
