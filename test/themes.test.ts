import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, THEME_IDS, type ThemeId } from '../src/index.js';
import { expectValidSummary } from './helpers.js';
import { THEME_CASES } from './themes-cases.js';
import { themesOf } from './themes-helpers.js';

const ids = (text: string): string[] => themesOf(text).map((t) => t.id);
const fixture = (file: string): string => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');

describe.each(THEME_IDS.map((id) => [id, THEME_CASES[id]] as const))('theme %s', (id, cases) => {
  it.each(cases.found)('is found in: %s', (sentence) => {
    expect(ids(sentence)).toContain(id);
  });
  it.each(cases.notFound)('is not found in: %s', (sentence) => {
    expect(ids(sentence)).not.toContain(id);
  });
});

describe('mentions', () => {
  it('point at exact spans, whatever the spelling or hyphenation', () => {
    const text =
      'Our co located nurse, a re-settlement worker and an ETE officer joined.\nThe Speech & Language Therapist is colocated too.';
    const mentions = themesOf(text).flatMap((t) => t.mentions.map((m) => [m.cue, m.text, m.start, m.end, m.sentence]));
    expect(mentions).toMatchInlineSnapshot(`
      [
        [
          "co-location/co-located",
          "co located",
          4,
          14,
          0,
        ],
        [
          "co-location/co-located",
          "colocated",
          107,
          116,
          1,
        ],
        [
          "ete/ete-acronym",
          "ETE",
          52,
          55,
          0,
        ],
        [
          "resettlement/resettlement",
          "re-settlement",
          24,
          37,
          0,
        ],
        [
          "speech-language/speech-language",
          "Speech & Language",
          76,
          93,
          1,
        ],
        [
          "mental-health/therapist",
          "nurse",
          15,
          20,
          0,
        ],
      ]
    `);
  });

  it('keep the longest cue when cues of one theme overlap', () => {
    const [send] = themesOf('She has an education, health and care plan.');
    expect(send?.mentions.map((m) => m.text)).toEqual(['education, health and care plan']);
  });

  it('score more evidence higher, within [0, 1]', () => {
    const one = themesOf('There is a resettlement worker.').find((t) => t.id === 'resettlement');
    const three = themesOf('There is a resettlement worker. Custody is rare. Release plans are early.').find(
      (t) => t.id === 'resettlement',
    );
    expect(one?.score).toBe(0.393);
    expect(three?.score).toBe(0.777);
  });

  it('need two sentences of weak evidence before a theme counts', () => {
    expect(ids('The panel met.')).not.toContain('multi-agency');
    expect(ids('The panel met. A new protocol was agreed.')).toContain('multi-agency');
  });
});

const NEGATION: readonly (readonly [string, ThemeId, boolean])[] = [
  ['There was no resettlement plan for the child.', 'resettlement', true],
  ['A resettlement plan was agreed before release.', 'resettlement', false],
  ['Three children were waiting without an EHCP.', 'send', true],
  ['Every child with an EHCP has a named contact.', 'send', false],
  ['The service lacked a trauma-informed approach.', 'trauma-informed', true],
  ['The service has a trauma-informed approach.', 'trauma-informed', false],
  ['Staff had not received training.', 'workforce', true],
  ['Staff received training.', 'workforce', false],
  ['The YOS did not have a CAMHS worker.', 'mental-health', true],
  ['Victims were never contacted.', 'restorative', false],
  ['There was an absence of restorative justice.', 'restorative', true],
  ['Schools kept pupils in class without resorting to permanent exclusion.', 'ete', false],
  ['Head teachers did not resort to school exclusion.', 'ete', false],
  ['Most cases closed without the need for a custodial sentence.', 'resettlement', false],
  ['The panel resolved it with no recourse to a formal out-of-court disposal.', 'prevention-diversion', false],
  ['The child was released without a resettlement plan.', 'resettlement', true],
  ['Children had no ETE assessment at the start of their order.', 'ete', true],
];

describe('negation', () => {
  it.each(NEGATION)('"%s" has %s with negated %s', (text, id, negated) => {
    const theme = themesOf(text).find((t) => t.id === id);
    expect(theme, `${id} should still be found`).toBeDefined();
    expect(theme?.mentions[0]?.negated).toBe(negated);
  });
});

/** What each fixture must and must not be tagged with. */
const FIXTURES: readonly { file: string; has: ThemeId[]; lacks: ThemeId[] }[] = [
  {
    file: 'award-quality-lead-harwick.txt',
    has: [
      'send',
      'speech-language',
      'co-location',
      'trauma-informed',
      'ete',
      'multi-agency',
      'participation',
      'exploitation',
      'prevention-diversion',
    ],
    lacks: ['resettlement', 'substance-misuse', 'disproportionality'],
  },
  {
    file: 'award-quality-mark-northmere.txt',
    has: ['send', 'ete', 'workforce'],
    lacks: ['resettlement', 'exploitation', 'co-location', 'trauma-informed'],
  },
  {
    file: 'award-redesignation-kelsbury.txt',
    has: ['send', 'speech-language', 'transitions', 'family', 'workforce', 'co-location'],
    lacks: ['exploitation', 'disproportionality', 'trauma-informed'],
  },
  {
    file: 'award-commendations-roundup.txt',
    has: ['participation', 'prevention-diversion', 'restorative', 'speech-language', 'transitions'],
    lacks: ['resettlement', 'exploitation', 'substance-misuse'],
  },
  {
    file: 'inspection-outstanding-harwick.txt',
    has: [
      'leadership',
      'workforce',
      'mental-health',
      'co-location',
      'disproportionality',
      'prevention-diversion',
      'restorative',
      'substance-misuse',
      'identity-strengths',
      'participation',
    ],
    lacks: ['transitions', 'speech-language', 'trauma-informed'],
  },
  {
    file: 'inspection-good-westmoor.txt',
    has: [
      'multi-agency',
      'ete',
      'family',
      'resettlement',
      'exploitation',
      'trauma-informed',
      'workforce',
      'leadership',
    ],
    lacks: ['disproportionality', 'substance-misuse', 'transitions'],
  },
  {
    file: 'inspection-inadequate-calderport.txt',
    has: ['leadership', 'workforce', 'trauma-informed', 'ete', 'resettlement', 'prevention-diversion'],
    lacks: ['participation', 'speech-language', 'family', 'transitions'],
  },
  {
    file: 'negated-practice-fenwick.txt',
    has: ['ete', 'send', 'mental-health', 'resettlement', 'exploitation', 'restorative', 'workforce', 'participation'],
    lacks: ['leadership', 'transitions', 'disproportionality'],
  },
  {
    file: 'reinspection-calderport.txt',
    has: [
      'leadership',
      'workforce',
      'trauma-informed',
      'exploitation',
      'ete',
      'mental-health',
      'resettlement',
      'prevention-diversion',
    ],
    lacks: ['disproportionality', 'transitions', 'speech-language'],
  },
  {
    file: 'thematic-resettlement.txt',
    has: ['resettlement', 'ete', 'send', 'disproportionality', 'mental-health', 'transitions'],
    lacks: ['co-location', 'restorative', 'speech-language'],
  },
  {
    file: 'thematic-exploitation.txt',
    has: ['exploitation', 'multi-agency', 'co-location', 'prevention-diversion', 'trauma-informed', 'ete'],
    lacks: ['resettlement', 'transitions', 'send'],
  },
  {
    file: 'youth-justice-plan-northmere.txt',
    has: [
      'prevention-diversion',
      'ete',
      'disproportionality',
      'mental-health',
      'speech-language',
      'transitions',
      'workforce',
      'leadership',
      'participation',
    ],
    lacks: ['trauma-informed', 'exploitation', 'restorative'],
  },
  {
    file: 'local-news-kelsbury.txt',
    has: ['prevention-diversion', 'identity-strengths', 'exploitation', 'restorative'],
    lacks: ['send', 'resettlement', 'workforce'],
  },
];

describe('fixtures', () => {
  it.each(FIXTURES)('$file', ({ file, has, lacks }) => {
    const found = ids(fixture(file));
    expect(found).toEqual(expect.arrayContaining(has));
    for (const id of lacks) expect(found, `${file} should not have ${id}`).not.toContain(id);
  });

  it('marks negated practice in the findings of concern', () => {
    const text = fixture('negated-practice-fenwick.txt');
    const negated = (id: ThemeId): boolean[] =>
      themesOf(text)
        .find((t) => t.id === id)
        ?.mentions.map((m) => m.negated) ?? [];
    for (const id of ['send', 'restorative', 'resettlement'] as const) expect(negated(id)).toContain(true);
  });

  it.each(FIXTURES.map((f) => f.file))("%s gives a valid summary whose themes are the theme stage's", (file) => {
    const text = fixture(file);
    const summary = analyze(text);
    expectValidSummary(summary, text);
    expect(summary.themes).toEqual(themesOf(text));
  });
});
