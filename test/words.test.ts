import { describe, expect, it } from 'vitest';
import { parse } from '../src/nlp/parse.js';
import { wink } from '../src/nlp/wink.js';
import { foldWord, formOf, keyOf, MAX_WORDS, partsOf, WordTable, wordOf } from '../src/nlp/words.js';

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
    expect(wordOf(value)).toEqual({ value, forms: [], type: 'word', lower, fold, parts, exact, capital, blank: false, joiner: value === '-' });
  });

  it.each(['-', '–', '—', '/', ','])('%j joins words (skipped between the words of a pattern)', (value) => {
    expect(wordOf(value).joiner).toBe(true);
  });

  it.each(['.', ';', '(', 'and'])('%j does not join words', (value) => {
    expect(wordOf(value).joiner).toBe(false);
  });

  it.each(['\n', '\n\n', ' \t'])('%j is blank', (value) => {
    expect(wordOf(value).blank).toBe(true);
  });

  it('keyOf keeps letters and digits only and reads a lone "&" as "and"', () => {
    expect([keyOf('co-located'), keyOf('16–17'), keyOf('&'), keyOf('plain')]).toEqual([
      'colocated',
      '1617',
      'and',
      'plain',
    ]);
  });

  it('foldWord and partsOf agree with the record', () => {
    expect(foldWord('Brighton')).toBe('brighton');
    expect(partsOf('Fenwick-on-Sea')).toEqual(['fenwick', 'on', 'sea']);
  });
});

describe('WordTable', () => {
  it('normalises each distinct written form once and hands back the same record', () => {
    const table = new WordTable();
    const first = table.add('Harwick', 'word');
    expect(table.find('Harwick')).toBe(first);
    expect(table.find('harwick')).toBeUndefined();
    table.add('harwick', 'word');
    expect(table.size).toBe(2);
  });

  it('parse gives every token written the same way the same word, and in the same tag the same form', () => {
    const doc = parse('Staff met the team and the board. The Team met again.');
    const the = doc.tokens.filter((t) => t.value === 'the');
    expect(the).toHaveLength(2);
    expect(the[0]?.word).toBe(the[1]?.word);
    for (const token of doc.tokens) expect(token.word.value).toBe(token.value);
    expect(doc.tokens.find((t) => t.value === '.')?.type).toBe('punctuation');
    expect(the[0]?.form).toBe(the[1]?.form);
    expect(the[0]?.form).toMatchObject({ pos: 'DET', normal: 'the', lemma: 'the', key: 'the', lemmaKey: '' });
  });

  it('keeps each form of a word once, with its keys', () => {
    const table = new WordTable();
    const word = table.add('Organisations', 'word');
    const form = table.addForm(word, 'NOUN', 'organizations', 'organization');
    expect(table.findForm(word, 'NOUN')).toBe(form);
    expect(table.findForm(word, 'VERB')).toBeUndefined();
    expect(form).toEqual({
      pos: 'NOUN',
      normal: 'organizations',
      lemma: 'organization',
      key: 'organizations',
      lemmaKey: 'organization',
    });
  });

  it.each([
    // value, normal, lemma → key, lemmaKey
    ['plan', 'plan', 'plan', 'plan', ''],
    ['Co-located', 'co-located', 'co-locate', 'colocated', 'colocate'],
    ['&', '&', '&', 'and', ''],
    ['U.S.', 'u.s.', 'u.s.', 'us', ''],
  ])('formOf %s: keys %s', (value, normal, lemma, key, lemmaKey) => {
    expect(formOf(wordOf(value), 'X', normal, lemma)).toMatchObject({ key, lemmaKey });
  });

  it(`starts again after ${MAX_WORDS} distinct words, so it never grows without bound`, () => {
    const table = new WordTable();
    for (let i = 0; i < MAX_WORDS; i++) table.add(`w${i}`, 'word');
    expect(table.size).toBe(MAX_WORDS);
    table.add('one-more', 'word');
    expect(table.size).toBe(1);
    expect(table.find('w0')).toBeUndefined();
  });
});

describe('parse of a long document', () => {
  // past 8192 tokens wink's tokens are copied out a sentence at a time (a short text is copied whole)
  const paragraph =
    'The Harwick youth justice team was not judged outstanding in 2024. Staff re-designated two plans, and 40% of children were seen weekly!';
  const view = (doc: ReturnType<typeof parse>, copy: number, shift: number, sentences: number) =>
    doc.tokens.map((t) => [t.value, t.pos, t.normal, t.negated, t.sentence - copy * sentences, t.start - copy * shift]);

  it('reads each paragraph of a long text as it reads the paragraph alone', () => {
    const copies = 400;
    const alone = parse(paragraph);
    const long = parse(Array.from({ length: copies }, () => paragraph).join('\n\n'));
    expect(long.tokens.length).toBe(alone.tokens.length * copies);
    expect(long.tokens.length).toBeGreaterThan(8192);
    const per = alone.tokens.length;
    const sentences = alone.sentences.length;
    const shift = paragraph.length + 2;
    for (const copy of [0, 1, 199, copies - 1]) {
      expect(view(long, copy, shift, sentences).slice(copy * per, (copy + 1) * per)).toEqual(view(alone, 0, 0, 0));
    }
    expect(long.parts.length).toBe(alone.parts.length * copies);
    expect(long.parts.at(-1)?.token).toBe(long.tokens.length - 1);
    expect(long.sentenceOf.length).toBe(long.tokens.length);
  });
});

describe('negation scopes', () => {
  it('marks the tokens wink marks (a long document reads only the sentences wink flags: see above)', () => {
    const text = 'The team met. Staff did not attend the review, and no plan was made. Children were seen weekly!';
    const nlp = wink();
    const direct = nlp.readDoc(text).tokens().out(nlp.its.negationFlag) as unknown as boolean[];
    const doc = parse(text);
    expect(doc.tokens.map((t) => t.negated)).toEqual(direct);
    expect(direct.filter(Boolean).length).toBeGreaterThan(2);
    expect(doc.tokens.filter((t) => t.negated).every((t) => t.sentence === 1)).toBe(true);
  });
});
