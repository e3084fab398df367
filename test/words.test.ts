import { describe, expect, it } from 'vitest';
import { parse } from '../src/nlp/parse.js';
import { foldWord, keyOf, partsOf, WordTable, wordOf } from '../src/nlp/words.js';

describe('the word layer: one record per written form', () => {
  it.each([
    // value, lower, fold, parts, exact, capital
    ['Harwick', 'harwick', 'harwick', ['harwick'], 'Harwick', true],
    ['Ynys Môn', 'ynys môn', 'ynys mon', ['ynys mon'], 'YnysMôn', true],
    ['Stockton-on-Tees', 'stockton-on-tees', 'stockton-on-tees', ['stockton', 'on', 'tees'], 'StocktononTees', true],
    ['co‑located', 'co‑located', 'co‑located', ['co', 'located'], 'colocated', false],
    ['St.', 'st.', 'st', ['st'], 'St', true],
    ['children’s', 'children’s', "children's", ["children's"], 'childrens', false],
    ['&', '&', 'and', ['and'], 'and', false],
    ['-', '-', '-', [], '', false],
    ['ÉCOLE', 'école', 'ecole', ['ecole'], 'ÉCOLE', true],
  ] as const)('%s', (value, lower, fold, parts, exact, capital) => {
    expect(wordOf(value)).toEqual({ value, type: 'word', lower, fold, parts, exact, capital, blank: false });
  });

  it.each(['\n', '\n\n', ' \t'])('%j is blank', (value) => {
    expect(wordOf(value).blank).toBe(true);
  });

  it('keyOf keeps letters and digits only and reads a lone "&" as "and"', () => {
    expect([keyOf('co-located'), keyOf('16–17'), keyOf('&'), keyOf('plain')]).toEqual(['colocated', '1617', 'and', 'plain']);
  });

  it('foldWord and partsOf agree with the record', () => {
    expect(foldWord('Brighton')).toBe('brighton');
    expect(partsOf('Fenwick-on-Sea')).toEqual(['fenwick', 'on', 'sea']);
  });
});

describe('WordTable', () => {
  it('normalises each distinct form once and hands back the same record', () => {
    const table = new WordTable();
    const first = table.add('Harwick', 'word');
    expect(table.find('Harwick')).toBe(first);
    expect(table.find('harwick')).toBeUndefined();
    table.add('harwick', 'word');
    expect(table.size).toBe(2);
  });

  it('parse gives every token written the same way the same record, and the table holds each form once', () => {
    const doc = parse('Staff met the team and the board. The Team met again.');
    const the = doc.tokens.filter((t) => t.value === 'the');
    expect(the).toHaveLength(2);
    expect(the[0]?.word).toBe(the[1]?.word);
    for (const token of doc.tokens) expect(token.word.value).toBe(token.value);
    expect(doc.tokens.find((t) => t.value === '.')?.type).toBe('punctuation');
    expect(doc.words.size).toBe(new Set(doc.tokens.map((t) => t.value)).size);
  });
});
