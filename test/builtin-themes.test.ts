import { describe, expect, it } from 'vitest';
import { createAnalyzer, reportSummarySchema } from '../src/index.js';
import { childfirstErrorOf, expectValidSummary } from './helpers.js';

// a custom theme without a tenet
const SPORT = {
  id: 'sport',
  label: 'Sport',
  description: 'Sport and physical activity.',
  cues: [{ id: 'football', patterns: ['football', 'boxing club'] }],
};

describe('createAnalyzer({ builtInThemes: false })', () => {
  const text = 'A CAMHS nurse is co-located with the team. Children join a boxing club on Fridays.';

  it('analyses with the given lexicon only', () => {
    const summary = createAnalyzer({ themes: [SPORT], builtInThemes: false }).analyze(text);
    expectValidSummary(summary, text);
    expect(summary.themes.map((t) => t.id)).toEqual(['sport']);
  });

  it('leaves out the tenet of a custom theme without one, and the summary still validates', () => {
    const summary = createAnalyzer({ themes: [SPORT] }).analyze(text);
    expect(reportSummarySchema.safeParse(summary).success).toBe(true);
    const sport = summary.themes.find((t) => t.id === 'sport');
    expect(sport).toBeDefined();
    expect(sport && 'tenet' in sport).toBe(false);
    expect(summary.themes.find((t) => t.id === 'co-location')?.tenet).toBe('enabler');
  });

  it.each([
    ['true keeps the bundled themes', true, ['co-location', 'mental-health', 'sport']],
    ['absent keeps the bundled themes', undefined, ['co-location', 'mental-health', 'sport']],
  ])('%s', (_what, builtInThemes, ids) => {
    const analyzer = createAnalyzer({ themes: [SPORT], ...(builtInThemes === undefined ? {} : { builtInThemes }) });
    expect(analyzer.analyze(text).themes.map((t) => t.id)).toEqual(expect.arrayContaining(ids));
  });

  it('does not find a bundled theme the given lexicon lacks (false positives)', () => {
    const summary = createAnalyzer({ themes: [SPORT], builtInThemes: false }).analyze(
      'Resettlement planning starts early; a speech and language therapist screens every child.',
    );
    expect(summary.themes).toEqual([]);
  });

  it.each([
    [
      'no themes',
      { builtInThemes: false },
      /options\.themes: expected at least one theme when builtInThemes is false, got none/,
    ],
    ['an empty list', { builtInThemes: false, themes: [] }, /expected at least one theme/],
    ['a non-boolean', { builtInThemes: 'no' }, /createAnalyzer options\.builtInThemes/],
  ])('throws invalid-options for %s', (_what, options, message) => {
    const error = childfirstErrorOf(() => createAnalyzer(options as never));
    expect(error.code).toBe('invalid-options');
    expect(error.message).toMatch(message);
  });

  it('still requires a tenet in a bundled lexicon file', async () => {
    const { validateLexicon } = await import('../src/themes/validate.js');
    const rest = { ...SPORT, id: 'ete' };
    const error = childfirstErrorOf(() => validateLexicon(rest, 'lexicons/themes/ete.json'));
    expect(error.message).toBe(
      'childfirst: lexicons/themes/ete.json at tenet: expected a bundled theme to name its tenet, got none',
    );
  });
});
