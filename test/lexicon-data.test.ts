import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datesFileSchema } from '../src/dates.js';
import { parseLexicon } from '../src/lexicons.js';
import { negationFileSchema } from '../src/themes/negation.js';
import { childfirstErrorOf } from './helpers.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

/** Every .ts file under src/, the command line (which holds no lexicon data) left out. */
function sources(dir = join(root, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Word literals (lower-case letters) inside `new Set([...])` and `list('a|b')` calls of a source text. */
function wordSets(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(/new Set(?:<[^>]*>)?\(\[([^\]]*)\]\)|list\('([^']*)'\)/g)) {
    const literals =
      m[2] !== undefined ? m[2].split('|') : [...(m[1] ?? '').matchAll(/'([^']*)'/g)].map((x) => x[1] ?? '');
    const words = literals.filter((l) => /^[a-z][a-z’']+$/.test(l));
    if (words.length > 0) out.push(words);
  }
  return out;
}

describe('word lists are data', () => {
  it('src/ builds no set of words in code (they live in lexicons/)', () => {
    const found = sources().flatMap((file) => {
      const path = file.slice(root.length);
      return wordSets(readFileSync(file, 'utf8')).map((w) => `${path}: ${w.join(', ')}`);
    });
    expect(found).toEqual([]);
  });

  it.each([
    ['a set of words', "const A = new Set(['and', 'or']);", [['and', 'or']]],
    ['a list() call', "const B = new Set(list('is|was'));", [['is', 'was']]],
    ['a typed set of words', "const C = new Set<Measure>(['custody']);", [['custody']]],
  ])('the scan finds %s', (_, text, words) => {
    expect(wordSets(text)).toEqual(words);
  });

  it.each([
    ['punctuation', "const Q = new Set(['-', '–', ',']);"],
    ['part-of-speech tags', "const P = new Set(['NOUN', 'PROPN']);"],
    ['a set built from data', 'const S = new Set(file.words);'],
  ])('the scan leaves %s alone', (_, text) => {
    expect(wordSets(text)).toEqual([]);
  });
});

describe('lexicons/dates.json and lexicons/negation.json', () => {
  it('validate', () => {
    expect(() => parseLexicon(datesFileSchema, readJson('lexicons/dates.json'), 'dates')).not.toThrow();
    expect(() => parseLexicon(negationFileSchema, readJson('lexicons/negation.json'), 'negation')).not.toThrow();
  });

  const dates = readJson('lexicons/dates.json');
  const negation = readJson('lexicons/negation.json');
  const BAD: readonly (readonly [string, typeof datesFileSchema | typeof negationFileSchema, unknown, RegExp])[] = [
    [
      'eleven months',
      datesFileSchema,
      { ...dates, months: (dates.months as string[]).slice(1) },
      /at months: .*twelve/,
    ],
    [
      'a month in capitals',
      datesFileSchema,
      { ...dates, months: ['January', ...(dates.months as string[]).slice(1)] },
      /at months\.0: .*lower-case .*"January"/,
    ],
    [
      'an abbreviation of no month',
      datesFileSchema,
      { ...dates, abbreviations: ['jnu'] },
      /at abbreviations\.0: an abbreviation must start a month name/,
    ],
    ['an unknown field', datesFileSchema, { ...dates, days: ['monday'] }, /days/],
    ['no negators', negationFileSchema, { ...negation, negators: [] }, /at negators/],
    [
      'a negator of two words',
      negationFileSchema,
      { ...negation, negators: ['no longer'] },
      /at negators\.0: a lower-case word \(got "no longer"\)/,
    ],
  ];

  it.each(BAD)('reject %s', (_, schema, data, message) => {
    const error = childfirstErrorOf(() => parseLexicon(schema, data, 'file'));
    expect(error.code).toBe('invalid-lexicon');
    expect(error.message).toMatch(message);
  });
});
