import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { parse } from '../src/nlp/parse.js';
import { MAX_NEW_WORDS, winkState } from '../src/nlp/wink.js';

const FIXTURES = readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`fixtures/${f}`, 'utf8'));

const SYLLABLES = ['bar', 'cel', 'dor', 'fin', 'gal', 'hem', 'jot', 'kip', 'lum', 'mav', 'nox', 'pel', 'quo', 'ras', 'sul', 'tov'];
/** `count` distinct invented lower-case words, none of them in wink's model. */
const inventedWords = (count: number): string =>
  Array.from({ length: count }, (_, i) => [0, 4, 8, 12].map((s) => SYLLABLES[(i >> s) & 15]).join('') + 'q').join(' ');

describe('wink vocabulary stays bounded', () => {
  it('re-creates the wink instance once it has learned MAX_NEW_WORDS words, and summaries are unchanged across it', () => {
    const before = FIXTURES.map((text) => analyze(text));
    parse(inventedWords(MAX_NEW_WORDS));
    const full = winkState();
    expect(full.learned).toBeGreaterThanOrEqual(MAX_NEW_WORDS);

    const after = FIXTURES.map((text) => analyze(text));
    const fresh = winkState();
    expect(fresh.generation).toBe(full.generation + 1);
    expect(fresh.learned).toBeLessThan(MAX_NEW_WORDS / 10);
    expect(after).toEqual(before);
  });

  it('reads a text with more new words than the limit with one instance, and gives the next text a fresh one', () => {
    parse('A short text first, so the current instance has room.');
    const { generation } = winkState();
    const words = MAX_NEW_WORDS + 5_000;
    const doc = parse(`The Harwick service was rated good. ${inventedWords(words)}`);
    expect(winkState().generation).toBe(generation);
    expect(doc.tokens).toHaveLength(words + 7);
    parse('The next text.');
    expect(winkState().generation).toBe(generation + 1);
  });
});
