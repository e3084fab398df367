import { describe, expect, it } from 'vitest';
import { compileNames } from '../src/names/compile.js';
import { CAPITAL, isAcronymLike, OPEN, startsUpper, TokenMask } from '../src/names/keys.js';
import { foldWord } from '../src/nlp/words.js';
import { parse } from '../src/nlp/parse.js';

describe('word keys', () => {
  it.each([
    ['service', 'service'],
    ['Service', 'service'],
    ['St.', 'st'],
    ['&', 'and'],
    ['Môn', 'mon'],
    ['children’s', "children's"],
    ['.', '.'],
    ['16-18', '16-18'],
  ])('normalises %s to %s', (word, key) => {
    expect(foldWord(word)).toBe(key);
  });

  it.each([
    ['YOS', true],
    ['SaLT', true],
    ['DfE', true],
    ['ACEs', true],
    ['Harwick', false],
    ['yos', false],
    ['I', false],
    ['ÉTÉ', true],
  ])('reads %s as acronym-like: %s', (word, like) => {
    expect(isAcronymLike(word)).toBe(like);
  });

  it('has every glossary form start with a capital (the glossary scan skips other words)', () => {
    const forms = [...compileNames().glossary.byForm.keys()];
    expect(forms.filter((f) => !startsUpper(f))).toEqual([]);
    expect(forms.length).toBeGreaterThan(20);
  });

  it('keeps token indexes in a mask, and copies it', () => {
    const mask = new TokenMask(4);
    mask.add(1);
    mask.add(9);
    const copy = new TokenMask(4, mask);
    copy.add(2);
    expect([0, 1, 2, 9].map((t) => mask.has(t))).toEqual([false, true, false, false]);
    expect([1, 2].map((t) => copy.has(t))).toEqual([true, true]);
  });

  it('marks capitalised tokens and opening brackets once per document', () => {
    const doc = parse('Harwick YOS (the service) met Éva.');
    expect(doc.tokens.map((t, i) => [t.value, doc.marks[i]])).toEqual([
      ['Harwick', CAPITAL], ['YOS', CAPITAL], ['(', OPEN], ['the', 0], ['service', 0], [')', 0], ['met', 0], ['Éva', CAPITAL], ['.', 0],
    ]);
  });

  it('gives each word its parts in order: a hyphenated word one per part, a bare hyphen none, the token itself for one part', () => {
    const doc = parse('Stockton-on-Tees YOS re-designated the St. Éva team.');
    expect(doc.parts.map((u) => [u.key, doc.tokens[u.token]?.value])).toEqual([
      ['stockton', 'Stockton'], ['on', 'on'], ['tees', 'Tees'], ['yos', 'YOS'], ['re', 're-designated'],
      ['designated', 're-designated'], ['the', 'the'], ['st', 'St.'], ['eva', 'Éva'], ['team', 'team'], ['.', '.'],
    ]);
    expect(doc.parts[3]).toBe(doc.tokens[5]);
    // the bare hyphens between Stockton, on and Tees have no parts: they point at the next word's
    expect([...doc.firstPart]).toEqual([0, 1, 1, 2, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
  });
});
