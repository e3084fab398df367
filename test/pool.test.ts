import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import { parse } from '../src/nlp/parse.js';
import type { ParsedToken } from '../src/nlp/parsed.js';
import { MAX_POOLED, TokenPool } from '../src/nlp/pool.js';

const first = 'Harwick Youth Justice Service was rated Good. 82% of children were seen within five days, up from 70% last year.';
const second = 'The Fenwick-on-Sea team was not judged outstanding; two plans were re-designated by the board in March 2025.';
const view = (doc: ReturnType<typeof parse>) => doc.tokens.map((t) => [t.value, t.start, t.end, t.sentence, t.pos, t.negated]);

describe('token records reused from one analysis to the next', () => {
  it('lends its records once: a parse that starts while they are out gets none', () => {
    const pool = new TokenPool();
    const lent = pool.lend();
    parse(first, lent);
    expect(lent.length).toBeGreaterThan(10);
    expect(pool.lend()).toEqual([]); // nested: nothing to lend
    pool.giveBack(lent);
    expect(pool.lend()).toBe(lent);
  });

  it('keeps the larger set of records it is given back', () => {
    const pool = new TokenPool();
    const big = pool.lend();
    parse(`${first} ${second}`, big);
    const small: ParsedToken[] = [];
    parse('Good.', small);
    pool.giveBack(big);
    pool.giveBack(small);
    expect(pool.lend()).toBe(big);
  });

  it('parses into lent records exactly as into new ones, and adds records past them', () => {
    const records: ParsedToken[] = [];
    const fresh = view(parse(second));
    const one = parse(first, records);
    const count = records.length;
    expect(count).toBe(one.tokens.length);
    const two = parse(second, records);
    expect(view(two)).toEqual(fresh);
    expect(two.tokens[0]).toBe(records[0]); // overwritten, not made anew
    expect(records.length).toBe(Math.max(count, two.tokens.length));
    expect(two.parts.every((part) => part.token < two.tokens.length)).toBe(true);
  });

  it(`keeps at most ${MAX_POOLED} records`, () => {
    const records: ParsedToken[] = [];
    const doc = parse('Good. '.repeat(MAX_POOLED / 2 + 10), records);
    expect(doc.tokens.length).toBeGreaterThan(MAX_POOLED);
    expect(records).toHaveLength(MAX_POOLED);
  });

  it('leaves a summary unchanged by the analyses after it', () => {
    const analyzer = createAnalyzer();
    const summary = analyzer.analyze(first);
    const before = JSON.stringify(summary);
    analyzer.analyze(second);
    analyze(second.repeat(20));
    expect(JSON.stringify(summary)).toBe(before);
    expect(analyzer.analyze(first)).toEqual(summary);
  });
});
