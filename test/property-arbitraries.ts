import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Characters and sequences that break naive text code. */
export const UNICODE_EDGES = [
  '😀', // astral emoji (a surrogate pair)
  '👩‍👩‍👧‍👦', // ZWJ family sequence
  '🏴󠁧󠁢󠁷󠁬󠁳󠁿', // tag sequence (flag of Wales)
  '👍🏽', // skin-tone modifier
  'e\u0301', // combining acute accent
  'a\u0308\u0323\u0301', // stacked combining marks
  'مرحبا بالأطفال', // right-to-left text
  '\u202eevil\u202c', // right-to-left override
  'שלום',
  '\u0000', // NUL
  '\u0001\u001b\u007f\u0085', // control characters
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\udc00\ud800', // surrogates in the wrong order
  '\r\n',
  '\r', // lone CR
  '\n\n',
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u00a0', // no-break space
  '\u200b', // zero-width space
  '\u200d', // lone zero-width joiner
  '\ufeff', // byte-order mark
  '\t',
  '\f',
  '\v',
  '\u3000',
  '\ufffd',
  'ﬁ', // ligature
  'İ', // lower-cases to two code units
  'ß',
];

/** Report words, cue words, figures and names, so stages have something to find among the edges. */
export const REPORT_PIECES = [
  'The',
  'children',
  'Youth Justice Service',
  'Harwick',
  'co-located',
  'co located',
  'CAMHS',
  'resettlement',
  'custody',
  'no',
  'not',
  'trauma-informed',
  'speech and language',
  'SEND Quality Mark',
  'Quality Lead',
  'rated',
  "'Outstanding'",
  'Inadequate',
  '97%',
  '70 per cent',
  'nine out of 12',
  '3 in 4',
  '14/20',
  '2023',
  '10 to 18-year-olds',
  'lower than the national average',
  'ETE (Education Training and Employment)',
  'HM Inspectorate of Probation',
  'Chief Inspector of Probation Jane Doe',
  'Mr',
  'O\u2019Connor',
  'YOT',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  ';',
  ':',
  '-',
  '–',
  '/',
  '"',
  '\u2019',
  '…',
  ' ',
  '  ',
  '\n',
];

/** Strings of any UTF-16 code units, lone surrogates included. */
export const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

/** Text mixing report words with Unicode edge cases, joined with and without spaces. */
export const edgeText = fc
  .array(fc.oneof(fc.constantFrom(...UNICODE_EDGES), fc.constantFrom(...REPORT_PIECES)), { maxLength: 60 })
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));

/** Any string: code points, graphemes, ASCII, raw code units and the edge mix. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  anyCodeUnits,
  edgeText,
);

/** The project's own example reports, or two short invented ones when fixtures/ is empty. */
export function fixtureTexts(): string[] {
  const dir = join(import.meta.dirname, '..', 'fixtures');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  } catch {
    files = [];
  }
  const texts = files.sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return texts.length > 0
    ? texts
    : [
        'Northmere Youth Justice Service was rated Good. Nine out of 12 standards were met, and 85% of children were in education.',
        'There was no resettlement plan for children leaving custody. The co-located CAMHS worker offers trauma-informed support.',
      ];
}

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(anyText, fc.constantFrom(...UNICODE_EDGES)) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.nat({ max: 400 }) }),
);

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
}

/** A fixture with random slices inserted, deleted and duplicated (cuts may split surrogate pairs). */
export function mutatedFixture(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({ base: fc.constantFrom(...texts), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
    .map(({ base, mutations }) => mutations.reduce(mutate, base));
}
