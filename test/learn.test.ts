import { describe, expect, it } from 'vitest';
import { createAnalyzer, learnLexicon, type CodedDocument, type CodedSegment } from '../src/index.js';
import { childfirstErrorOf, expectValidSummary } from './helpers.js';

// invented passages: four documents of one segment each
const HAND: CodedSegment[] = [
  { text: 'The allotment grew beans.', codes: ['garden'] },
  { text: 'The allotment grew carrots.', codes: ['garden'] },
  { text: 'The office closed early.', codes: [] },
  { text: 'The allotment office closed.', codes: [] },
];
const HAND_OPTIONS = { folds: 2, minSupport: 1, minDocs: 1, maxWords: 1 } as const;

describe('learnLexicon: the cross-validated report', () => {
  it('matches a hand computation on a small fixture', () => {
    // folds by document, round-robin: {0, 2} and {1, 3}.
    // Fold 0 trains on 1 and 3: "allotment" is in 1 coded and 1 uncoded document (precision 0.5 < 0.7); "carrots"
    // and "grew" tie (support 1, precision 1), "carrots" is first by key and alone reaches F1 1. Held out: document 0
    // (coded) has no "carrots": a false negative; document 2 stays uncoded.
    // Fold 1 trains on 0 and 2: "allotment", "beans" and "grew" tie, "allotment" first. Held out: document 1 (coded,
    // holds "allotment"): a true positive; document 3 (uncoded, holds "allotment"): a false positive.
    const { report } = learnLexicon(HAND, HAND_OPTIONS);
    const half = { precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 };
    expect(report).toMatchObject({ folds: 2, segments: 4, documents: 4, negatives: 2 });
    expect(report.codes).toEqual([
      {
        code: 'garden',
        positives: 2,
        documents: 2,
        cues: 1,
        segment: half,
        document: half,
        warning: 'garden: 2 positive examples, fewer than 10; its figures are unreliable',
      },
    ]);
    expect(report.overall).toEqual({ segment: half, document: half });
    expect(report.warnings).toHaveLength(1);
  });

  it('learns on all examples a cue a reviewer can read: pattern, support and precision', () => {
    // all four: "allotment" is in an uncoded document (precision 2/3); "grew" is in both coded ones and no other
    const { lexicon } = learnLexicon(HAND, HAND_OPTIONS);
    expect(lexicon).toEqual([
      {
        id: 'garden',
        label: 'Garden',
        description: 'Learned by childfirst from 2 coded examples of "garden" in 4 segments.',
        minWeight: 1,
        cues: [{ id: 'grew', patterns: ['grew'], support: 2, precision: 1 }],
      },
    ]);
  });

  it('counts a borderline (optional) document neither for nor against a code', () => {
    const docs: CodedDocument[] = [
      { id: 'a', text: 'Mentors met each child weekly.', themes: { mentoring: 'Mentors met each child' } },
      { id: 'b', text: 'Mentors met the girls weekly.', themes: { mentoring: 'Mentors met the girls' } },
      { id: 'c', text: 'Mentors met the panel once.', themes: {}, optional: ['mentoring'] },
      { id: 'd', text: 'The panel met once.', themes: {} },
    ];
    const { report } = learnLexicon(docs, HAND_OPTIONS);
    const documents = report.codes[0]?.document;
    // document c is never counted, whatever is predicted for it
    expect((documents?.tp ?? 0) + (documents?.fp ?? 0) + (documents?.fn ?? 0)).toBeLessThanOrEqual(3);
  });
});

describe('learnLexicon: keeps no text', () => {
  it('holds nothing of the examples beyond the cue patterns', () => {
    const result = JSON.stringify(learnLexicon(HAND, HAND_OPTIONS));
    for (const { text } of HAND) expect(result).not.toContain(text.slice(0, 12));
    for (const word of ['beans', 'carrots', 'office', 'closed']) expect(result).not.toContain(word);
  });
});

describe('learnLexicon: coded documents in the gold format', () => {
  const doc = (id: string, text: string, themes: Record<string, string>): CodedDocument => ({ id, text, themes });
  const DOCS: CodedDocument[] = [
    doc('1', 'The team meets weekly. A speech therapist screens every child. Funding rose.', {
      'speech-language': 'a speech therapist screens every child',
    }),
    doc('2', 'Staff were trained. Each child sees the speech therapist within a week.', {
      'speech-language': 'sees the speech therapist',
    }),
    doc('3', 'The board met twice. The team moved to a new office. Funding fell.', {}),
    doc('4', 'A new office opened. The board reviewed the budget.', {}),
  ];

  it('takes the sentence that holds a quote as a positive and the other sentences as negatives', () => {
    const { report, lexicon } = learnLexicon(DOCS, { folds: 2 });
    expect(report).toMatchObject({ segments: 10, documents: 4, negatives: 8 });
    expect(report.codes[0]).toMatchObject({ code: 'speech-language', positives: 2, documents: 2 });
    expect(lexicon[0]?.cues.map((c) => c.patterns[0])).toContain('speech therapist');
  });

  it('finds a quote whatever its case, spacing and punctuation', () => {
    const loose = [
      { ...DOCS[0]!, themes: { 'speech-language': 'A  SPEECH therapist, screens every child' } },
      ...DOCS.slice(1),
    ];
    expect(learnLexicon(loose, { folds: 2 }).report.codes[0]?.positives).toBe(2);
  });
});

describe('learnLexicon: patterns compile back to their keys', () => {
  const examples = (phrase: string): CodedSegment[] => [
    { text: `Their ${phrase} helped the child settle.`, codes: ['x-theme'] },
    { text: `A ${phrase} was offered to every family.`, codes: ['x-theme'] },
    { text: `The ${phrase} met on Tuesday.`, codes: ['x-theme'] },
    { text: 'The weather was cold in March.', codes: [] },
    // each word of the phrase alone is in uncoded documents, so only the whole phrase is a cue
    ...phrase.split(' ').flatMap((word) => [
      { text: `The ${word} was mentioned once.`, codes: [] },
      { text: `Another ${word} appeared.`, codes: [] },
    ]),
  ];

  it.each([
    ['a British spelling, as written', 'youth organisation', 'youth organisation'],
    ['a hyphenated word, with its hyphen', 'co-located nurse', 'co-located nurse'],
    ['the most frequent case, lower-cased', 'Family Hub', 'family hub'],
  ])('writes %s', (_what, phrase, pattern) => {
    const { lexicon } = learnLexicon(examples(phrase), { folds: 2, minDocs: 2 });
    const patterns = lexicon[0]?.cues.flatMap((c) => c.patterns) ?? [];
    expect(patterns).toContain(pattern);
    const analyzer = createAnalyzer({ themes: lexicon, builtInThemes: false });
    const text = `Last year the ${phrase} grew.`;
    const summary = analyzer.analyze(text);
    expectValidSummary(summary, text);
    expect(summary.themes.map((t) => t.id)).toEqual(['x-theme']);
  });

  it.each([
    ['an unrelated sentence', 'The weather was cold in March.'],
    ['a word of the cue alone', 'The youth club was shut and the organisation moved.'],
  ])('does not code %s (false positives)', (_what, text) => {
    const { lexicon } = learnLexicon(examples('youth organisation'), { folds: 2, minDocs: 2 });
    const analyzer = createAnalyzer({ themes: lexicon, builtInThemes: false });
    expect(analyzer.analyze(text).themes).toEqual([]);
  });
});

describe('learnLexicon: bad examples and options', () => {
  it.each([
    ['not an array', 'text', /^childfirst: examples: expected a non-empty array of coded examples, got "text"/],
    ['an empty array', [], /expected a non-empty array of coded examples, got \[\]/],
    [
      'an unknown format',
      [{ passage: 'x', label: 'y' }],
      /expected a coded segment \{text, codes\} or a coded document \{text, themes\}/,
    ],
    [
      'a segment without text',
      [{ codes: ['a'] }],
      /^childfirst: examples\.0\.text: expected string, received undefined/,
    ],
    [
      'an empty code',
      [{ text: 'x', codes: [''] }],
      /examples\.0\.codes\.0: expected a kebab-case code such as "mental-health"/,
    ],
    ['a code not in kebab-case', [{ text: 'x', codes: ['Mental health'] }], /kebab-case/],
    [
      'formats mixed',
      [
        { text: 'x', codes: [] },
        { text: 'y', themes: {} },
      ],
      /examples\.1\.codes: expected array, received undefined/,
    ],
    [
      'only negatives',
      [
        { text: 'a b', codes: [] },
        { text: 'c d', codes: [] },
      ],
      /expected at least one example with a code, got only negatives/,
    ],
    [
      'one document',
      [{ text: 'The nurse visits.', codes: ['health'] }],
      /expected at least 2 documents to cross-validate, got 1/,
    ],
  ])('throws invalid-examples for %s', (_what, examples, message) => {
    const error = childfirstErrorOf(() => learnLexicon(examples as never));
    expect(error.code).toBe('invalid-examples');
    expect(error.message).toMatch(message);
  });

  it('throws invalid-examples for a quote that is not in its text', () => {
    const docs = [
      { id: 'a', text: 'The nurse visits.', themes: { health: 'a doctor calls' } },
      { id: 'b', text: 'Nothing.', themes: {} },
    ];
    const error = childfirstErrorOf(() => learnLexicon(docs));
    expect(error.code).toBe('invalid-examples');
    expect(error.message).toBe(
      'childfirst: examples.0.themes.health: expected a quote found in the text of "a", got "a doctor calls"',
    );
  });

  it('throws invalid-examples for a requested code with no positives', () => {
    const error = childfirstErrorOf(() => learnLexicon(HAND, { codes: ['garden', 'kitchen'] }));
    expect(error.code).toBe('invalid-examples');
    expect(error.message).toMatch(
      /options\.codes: expected codes with positive examples \(garden\), got "kitchen", which has none/,
    );
  });

  it.each([
    [{ folds: 1 }, /learnLexicon options\.folds: Too small/],
    [{ maxWords: 5 }, /learnLexicon options\.maxWords: Too big/],
    [{ minPrecision: 2 }, /learnLexicon options\.minPrecision/],
    [{ colour: 'red' }, /learnLexicon options: Unrecognized key: "colour"/],
  ])('throws invalid-options for %j', (options, message) => {
    const error = childfirstErrorOf(() => learnLexicon(HAND, options as never));
    expect(error.code).toBe('invalid-options');
    expect(error.message).toMatch(message);
  });
});
