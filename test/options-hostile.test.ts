import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import { childfirstErrorOf } from './helpers.js';

const boom = (): never => {
  throw new Error('boom');
};
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
/** A Proxy whose every trap throws the given value. */
const hostile = (thrown: unknown): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw thrown;
      },
      ownKeys: () => {
        throw thrown;
      },
      getOwnPropertyDescriptor: () => {
        throw thrown;
      },
      has: () => {
        throw thrown;
      },
      getPrototypeOf: () => {
        throw thrown;
      },
    },
  );
const cue = { id: 'kin', patterns: ['kinship'] };

/** Values that run user code (or fail) while they are read, each placed somewhere in the options. */
const HOSTILE: readonly [string, () => unknown][] = [
  [
    'a throwing getter',
    () => ({
      get maxLength() {
        return boom();
      },
    }),
  ],
  [
    'a getter throwing a string',
    () => ({
      get disable(): never {
        throw 'not an Error';
      },
    }),
  ],
  [
    'a getter throwing a revoked Proxy',
    () => ({
      get disable(): never {
        throw revoked();
      },
    }),
  ],
  ['a Proxy whose traps throw', () => hostile(new Error('trap'))],
  ['a Proxy whose traps throw a Proxy', () => hostile(hostile(1))],
  ['a revoked Proxy', revoked],
];

describe('options that throw while being read give a ChildfirstError', () => {
  const places: readonly [string, (value: unknown) => unknown][] = [
    ['as the options', (v) => v],
    ['as options.disable', (v) => ({ disable: v })],
    ['as options.cues', (v) => ({ cues: v })],
    ['as a cue list', (v) => ({ cues: { family: v } })],
    ['as a cue', (v) => ({ cues: { family: [v] } })],
    ['as a theme', (v) => ({ themes: [v] })],
    ['inside a cue', (v) => ({ cues: { family: [{ ...cue, patterns: v }] } })],
  ];
  for (const [what, make] of HOSTILE) {
    it.each(places)(`createAnalyzer with ${what} %s`, (_where, place) => {
      const error = childfirstErrorOf(() => createAnalyzer(place(make()) as never));
      expect(['invalid-options', 'invalid-lexicon']).toContain(error.code);
      expect(error.message).toMatch(/^childfirst: .*expected/);
    });
  }

  it.each(HOSTILE)('analyze call options with %s', (_what, make) => {
    for (const run of [analyze, createAnalyzer().analyze]) {
      const error = childfirstErrorOf(() => run('Family work.', make() as never));
      expect(error.code).toBe('invalid-options');
      expect(error.message).toMatch(/^childfirst: analyze options/);
    }
  });

  it.each([
    [
      'a throwing id getter',
      {
        get id(): never {
          return boom();
        },
      },
    ],
    ['a Proxy for id', { id: hostile(new Error('trap')) }],
    ['a revoked Proxy for source', { source: revoked() }],
  ])('analyze call options with %s', (_what, options) => {
    expect(childfirstErrorOf(() => analyze('Family work.', options as never)).code).toBe('invalid-options');
  });

  it('a revoked Proxy as the text is invalid-input, named as such', () => {
    const error = childfirstErrorOf(() => analyze(revoked() as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('childfirst: expected text to be a string, got revoked Proxy');
  });
});

describe('disable', () => {
  it('a theme id listed twice is named as listed twice, not as unknown', () => {
    const error = childfirstErrorOf(() => createAnalyzer({ disable: ['family', 'ete', 'ete'] }));
    expect(error.code).toBe('invalid-options');
    expect(error.message).toBe(
      'childfirst: options.disable[2]: expected each theme id once, got "ete" again (first at options.disable[1])',
    );
  });
});
