import { describe, expect, it } from 'vitest';
import { analyze, ChildfirstError, createAnalyzer } from '../src/index.js';
import { expectValidSummary } from './helpers.js';

describe('analyze', () => {
  it('returns a valid empty summary for empty and blank text', () => {
    for (const text of ['', '   ', '\n\t\r\n']) {
      const s = analyze(text);
      expectValidSummary(s, text);
      expect(s.themes).toEqual([]);
      expect(s.document).toEqual({ kind: 'other', rating: null, award: null });
    }
  });

  it('throws invalid-input for non-strings', () => {
    for (const bad of [42, null, undefined, {}, ['a'], Buffer.from('x')]) {
      expect(() => analyze(bad as unknown as string)).toThrowError(ChildfirstError);
      try {
        analyze(bad as unknown as string);
      } catch (e) {
        expect((e as ChildfirstError).code).toBe('invalid-input');
        expect((e as Error).message).toMatch(/^childfirst: expected text to be a string, got /);
      }
    }
  });

  it('tags themes with exact spans and marks negation', () => {
    const text = 'The Harwick YJS has a co-located CAMHS nurse. There was no resettlement plan for children leaving custody.';
    const s = analyze(text);
    expectValidSummary(s, text);
    const ids = s.themes.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['co-location', 'mental-health', 'resettlement']));
    const resettlement = s.themes.find((t) => t.id === 'resettlement');
    expect(resettlement?.mentions[0]?.negated).toBe(true);
    const colocation = s.themes.find((t) => t.id === 'co-location');
    expect(colocation?.mentions[0]).toMatchObject({ text: 'co-located', negated: false, sentence: 0 });
  });

  it('lets users add cues, add themes and disable themes', () => {
    const analyzer = createAnalyzer({
      cues: { 'co-location': [{ id: 'hub', patterns: ['shared hub'] }] },
      themes: [
        {
          id: 'sport',
          label: 'Sport',
          tenet: 'pro-social-identity',
          description: 'Sport and physical activity.',
          cues: [{ id: 'football', patterns: ['football'] }],
        },
      ],
      disable: ['workforce'],
    });
    const s = analyzer.analyze('Staff work from a shared hub. Football sessions run weekly. Training was given.');
    const ids = s.themes.map((t) => t.id);
    expect(ids).toContain('co-location');
    expect(ids).toContain('sport');
    expect(ids).not.toContain('workforce');
  });
});
