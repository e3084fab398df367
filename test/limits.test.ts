import { describe, expect, it, vi } from 'vitest';
import { analyze, ChildfirstError, createAnalyzer, DEFAULT_MAX_LENGTH } from '../src/index.js';
import { parse } from '../src/nlp/parse.js';
import { childfirstErrorOf, expectValidSummary } from './helpers.js';

vi.mock('../src/nlp/parse.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/nlp/parse.js')>();
  return { ...actual, parse: vi.fn(actual.parse) };
});

/** Runs `fn` and returns the ChildfirstError it throws (fails when it throws nothing or something else). */
function thrown(fn: () => unknown): ChildfirstError {
  const error = childfirstErrorOf(fn);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('ChildfirstError');
  return error;
}

describe('maxLength', () => {
  it('defaults to 20,000,000 UTF-16 code units', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(20_000_000);
  });

  it('rejects oversized input with input-too-large before any parsing', () => {
    vi.mocked(parse).mockClear();
    const error = thrown(() => analyze('x'.repeat(DEFAULT_MAX_LENGTH + 1)));
    expect(error.code).toBe('input-too-large');
    expect(error.message).toBe(
      'childfirst: expected text of at most 20000000 characters, got 20000001; raise maxLength to allow it',
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it.each([
    ['one over the limit', 'a'.repeat(11), 'input-too-large'],
    ['an emoji counts as two code units', `${'a'.repeat(8)}😀`, null],
    ['an emoji over the limit', `${'a'.repeat(9)}😀`, 'input-too-large'],
    ['exactly the limit', 'Family work'.slice(0, 10), null],
    ['empty', '', null],
  ])('a custom maxLength of 10: %s', (_name, text, code) => {
    const analyzer = createAnalyzer({ maxLength: 10 });
    if (code === null) expectValidSummary(analyzer.analyze(text), text);
    else expect(thrown(() => analyzer.analyze(text)).code).toBe(code);
  });

  it('can be raised above the default', () => {
    const analyzer = createAnalyzer({ maxLength: DEFAULT_MAX_LENGTH * 2 });
    const text = ' '.repeat(DEFAULT_MAX_LENGTH + 1);
    expectValidSummary(analyzer.analyze(text), text);
  });
});

describe('huge inputs', () => {
  it('a 10 MB text that is one sentence returns a valid summary', () => {
    const filler = 'children and families were supported by staff in the community and ';
    const cue = 'a co-located CAMHS nurse offered 97% of them help and ';
    const unit = filler.repeat(99) + cue;
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const summary = analyze(text);
    expectValidSummary(summary, text);
    const ids = summary.themes.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['co-location', 'mental-health']));
    expect(summary.themes.flatMap((t) => t.mentions).every((m) => m.sentence === 0)).toBe(true);
  }, 120_000);

  it('one 1 MB token, a million dots and a million digits return valid summaries', () => {
    for (const text of ['x'.repeat(1_000_000), '.'.repeat(1_000_000), `Family work. ${'9'.repeat(1_000_000)} Youth justice.`]) {
      expectValidSummary(analyze(text), text);
    }
  });
});

describe('invalid input', () => {
  it.each([
    ['a number', 42, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', { text: 'x' }, 'object'],
    ['an array', ['x'], 'array'],
    ['a Buffer', Buffer.from('x'), 'object'],
    ['a String object', new String('x'), 'object'],
    ['a symbol', Symbol('x'), 'symbol'],
    ['a function', () => 'x', 'function'],
    ['a bigint', 10n, 'bigint'],
  ])('%s throws invalid-input naming its type', (_name, value, type) => {
    for (const run of [analyze, createAnalyzer().analyze]) {
      const error = thrown(() => run(value as unknown as string));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(`childfirst: expected text to be a string, got ${type}`);
    }
  });
});

describe('invalid options', () => {
  it.each([
    ['maxLength 0', { maxLength: 0 }, /maxLength/],
    ['negative maxLength', { maxLength: -1 }, /maxLength/],
    ['fractional maxLength', { maxLength: 1.5 }, /maxLength/],
    ['maxLength as a string', { maxLength: '10' }, /maxLength/],
    ['NaN maxLength', { maxLength: Number.NaN }, /maxLength/],
    ['Infinity maxLength', { maxLength: Number.POSITIVE_INFINITY }, /maxLength/],
    ['an unknown key', { maxlength: 10 }, /maxlength/],
    ['themes not an array', { themes: 'sport' }, /themes/],
    ['disable not strings', { disable: [1] }, /disable/],
    ['cues not a record', { cues: ['x'] }, /cues/],
    ['null options', null, /createAnalyzer options/],
    ['array options', [], /createAnalyzer options/],
  ])('createAnalyzer with %s throws invalid-options', (_name, options, where) => {
    const error = thrown(() => createAnalyzer(options as never));
    expect(error.code).toBe('invalid-options');
    expect(error.message).toMatch(where);
  });

  it.each([
    ['a numeric id', { id: 5 }],
    ['an unknown key', { ids: 'a' }],
    ['a non-string source', { source: ['pdf'] }],
  ])('analyze with %s throws invalid-options', (_name, options) => {
    const error = thrown(() => analyze('Family work.', options as never));
    expect(error.code).toBe('invalid-options');
    expect(error.message).toMatch(/^childfirst: analyze options/);
  });

  it('copies id and source into the summary', () => {
    const summary = analyze('Family work.', { id: 'a/b.txt', source: 'pdf' });
    expect(summary).toMatchObject({ id: 'a/b.txt', source: 'pdf' });
  });
});
