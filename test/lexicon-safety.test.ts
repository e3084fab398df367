import { afterEach, describe, expect, it } from 'vitest';
import {
  analyze,
  ChildfirstError,
  createAnalyzer,
  type AnalyzerOptions,
  type CueInput,
  type ThemeLexiconInput,
} from '../src/index.js';
import { expectValidSummary } from './helpers.js';

const sport = (extra: Record<string, unknown> = {}): ThemeLexiconInput =>
  ({
    id: 'sport',
    label: 'Sport',
    tenet: 'pro-social-identity',
    description: 'Sport and physical activity.',
    cues: [{ id: 'football', patterns: ['football'] }],
    ...extra,
  }) as ThemeLexiconInput;

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype];
const snapshot = (): string[][] => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());
const before = snapshot();

afterEach(() => {
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChildfirstError);
    return (error as ChildfirstError).code;
  }
  return 'no error';
}

describe('hostile keys in custom lexicons', () => {
  it.each([
    ['cues keyed "__proto__" (JSON)', '{"cues":{"__proto__":[{"id":"x","patterns":["polluted word"]}]}}', 'unknown-theme'],
    ['cues keyed "constructor" (JSON)', '{"cues":{"constructor":[{"id":"x","patterns":["word"]}]}}', 'unknown-theme'],
    ['cues keyed "prototype" (JSON)', '{"cues":{"prototype":[{"id":"x","patterns":["word"]}]}}', 'unknown-theme'],
    ['options with a "__proto__" key', '{"__proto__":{"polluted":true},"maxLength":10}', 'invalid-options'],
    ['options with a "constructor" key', '{"constructor":{"prototype":{"polluted":true}}}', 'invalid-options'],
    [
      'a theme with a "__proto__" key',
      '{"themes":[{"id":"sport","label":"S","tenet":"pro-social-identity","description":"d","cues":[{"id":"f","patterns":["football"]}],"__proto__":{"polluted":true}}]}',
      'invalid-lexicon',
    ],
    [
      'a cue with a "__proto__" key',
      '{"themes":[{"id":"sport","label":"S","tenet":"pro-social-identity","description":"d","cues":[{"id":"f","patterns":["football"],"__proto__":{"weight":0.1}}]}]}',
      'invalid-lexicon',
    ],
    [
      'a cue with a "constructor" key',
      '{"cues":{"family":[{"id":"f","patterns":["kin"],"constructor":{"prototype":{"polluted":true}}}]}}',
      'invalid-lexicon',
    ],
    ['a theme id "__proto__"', '{"themes":[{"id":"__proto__","label":"S","tenet":"pro-social-identity","description":"d","cues":[{"id":"f","patterns":["x"]}]}]}', 'invalid-lexicon'],
    ['a cue id "__proto__"', '{"cues":{"family":[{"id":"__proto__","patterns":["kin"]}]}}', 'invalid-lexicon'],
    ['disable "__proto__"', '{"disable":["__proto__"]}', 'unknown-theme'],
    ['disable "toString"', '{"disable":["toString"]}', 'unknown-theme'],
  ])('%s is refused with a ChildfirstError and pollutes nothing', (_name, json, code) => {
    expect(codeOf(() => createAnalyzer(JSON.parse(json) as AnalyzerOptions))).toBe(code);
  });

  it.each(['constructor', 'prototype', 'to-string', 'has-own-property', 'value-of'])(
    'a theme may be called "%s": it is data, kept apart from everything else',
    (id) => {
      const analyzer = createAnalyzer({
        themes: [sport({ id, cues: [{ id: 'constructor', patterns: ['football'] }] })],
        cues: JSON.parse('{"family":[{"id":"prototype","patterns":["kinship care"]}]}') as Record<string, CueInput[]>,
      });
      const text = 'They play football. Kinship care is offered.';
      const summary = analyzer.analyze(text);
      expectValidSummary(summary, text);
      expect(summary.themes.find((t) => t.id === id)?.mentions[0]).toMatchObject({ text: 'football', cue: `${id}/constructor` });
      expect(summary.themes.find((t) => t.id === 'family')?.mentions[0]).toMatchObject({ cue: 'family/prototype' });
    },
  );
});

describe('values that JSON cannot carry', () => {
  const cyclic: Record<string, unknown> = { a: null };
  cyclic['a'] = cyclic;
  it.each([
    ['a BigInt label', sport({ label: 10n })],
    ['a cyclic label', sport({ label: cyclic })],
    ['a getter that throws', Object.defineProperty(sport(), 'label', { enumerable: true, get: () => { throw new Error('boom'); } })],
    ['a symbol pattern', sport({ cues: [{ id: 'f', patterns: [Symbol('x')] }] })],
    ['a function as cues', sport({ cues: () => [] })],
  ])('%s is an invalid-lexicon ChildfirstError, never a raw TypeError', (_name, theme) => {
    expect(codeOf(() => createAnalyzer({ themes: [theme] }))).toBe('invalid-lexicon');
  });
});

describe('cues are words, never regular expressions', () => {
  it.each([
    ['(a+)+$'],
    ['^care'],
    ['care|custody'],
    ['[a-z]+'],
    ['a{1,99}'],
    ['care?'],
    ['\\w+'],
    ['fo*t'],
    ['*'],
  ])('the pattern %j is refused by the schema', (pattern) => {
    expect(codeOf(() => createAnalyzer({ cues: { family: [{ id: 'x', patterns: [pattern] }] } }))).toBe('invalid-lexicon');
  });

  it.each([
    ['a.b', 'axb aab a.b', ['a.b']],
    ['x+', 'xxx xx x+', ['x']],
    ['a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.b', `${'a.'.repeat(40)}c`, []],
    ['care & support', 'care and support, care & support', ['care and support', 'care & support']],
  ])('the allowed punctuation in %j is literal (words compare by letters and digits; & reads as and)', (pattern, text, found) => {
    const analyzer = createAnalyzer({ themes: [sport({ cues: [{ id: 'p', patterns: [pattern] }] })] });
    const summary = analyzer.analyze(text);
    expectValidSummary(summary, text);
    expect(summary.themes.find((t) => t.id === 'sport')?.mentions.map((m) => m.text) ?? []).toEqual(found);
  });

  it('no RegExp is constructed from a cue while compiling or matching', () => {
    const sources: string[] = [];
    const Original = globalThis.RegExp;
    const spy = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        sources.push(String(args[0]));
        return new target(...args);
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        sources.push(String(args[0]));
        return target(...args);
      },
    });
    globalThis.RegExp = spy;
    try {
      const cue = 'zebracrossingword';
      const analyzer = createAnalyzer({ cues: { family: [{ id: 'zebra', patterns: [cue, `${cue} plan*`] }] } });
      const text = `A ${cue} plan was agreed.`;
      expect(analyzer.analyze(text).themes.map((t) => t.id)).toContain('family');
      expect(sources.filter((s) => s.includes('zebra'))).toEqual([]);
    } finally {
      globalThis.RegExp = Original;
    }
  });
});

describe('custom lexicons leak into nothing else', () => {
  it('a custom analyzer changes neither the shared analyzer nor later custom ones', () => {
    const text = 'They play football with family support. Staff training was good.';
    const plain = analyze(text);
    const options = { themes: [sport()], cues: { family: [{ id: 'kin', patterns: ['kinship'] }] }, disable: ['workforce'] };
    const custom = createAnalyzer(options);
    expect(custom.analyze(text).themes.map((t) => t.id)).toContain('sport');
    // mutating the options afterwards changes nothing either
    options.themes[0] = sport({ id: 'other' });
    options.disable.push('family');
    expect(custom.analyze(text).themes.map((t) => t.id)).toContain('sport');
    expect(analyze(text)).toEqual(plain);
    expect(createAnalyzer().analyze(text)).toEqual(plain);
    expect(plain.themes.map((t) => t.id)).not.toContain('sport');
  });

  it('a lexicon of 10,000 cues compiles and every cue can match', () => {
    const word = (i: number): string => `zq${i.toString(36)}x`;
    const cues = Array.from({ length: 10_000 }, (_, i) => ({ id: `cue-${i}`, patterns: [`${word(i)} ${word(9_999 - i)}`] }));
    const analyzer = createAnalyzer({ cues: { family: cues } });
    const text = `First ${word(0)} ${word(9_999)}. Last ${word(9_999)} ${word(0)}. Middle ${word(5_000)} ${word(4_999)}.`;
    const family = analyzer.analyze(text).themes.find((t) => t.id === 'family');
    expect(family?.mentions.map((m) => m.cue)).toEqual(['family/cue-0', 'family/cue-9999', 'family/cue-5000']);
  });

  it('more than 10,000 cues for one theme is refused', () => {
    const cues = Array.from({ length: 10_001 }, (_, i) => ({ id: `cue-${i}`, patterns: [`zq${i}`] }));
    expect(codeOf(() => createAnalyzer({ cues: { family: cues } }))).toBe('invalid-lexicon');
  });
});
