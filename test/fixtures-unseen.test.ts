import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../src/index.js';
import { analyzeValid } from './helpers.js';

const fixture = (file: string): string => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');

/** The facts of a summary that depend on how the text is built, not on a known area, as one readable object. */
function facts(s: ReportSummary) {
  return {
    kind: s.document.kind,
    rating: s.document.rating,
    award: s.document.award && {
      level: s.document.award.level,
      redesignation: s.document.award.redesignation,
      commendations: s.document.award.commendations,
    },
    subject: s.subject && { area: s.subject.area, members: s.subject.members.map((m) => m.area), type: s.subject.type },
    themes: s.themes.map((t) => t.id).sort(),
    figures: s.metrics.flatMap((m) => {
      if (m.kind === 'percentage' || m.kind === 'fraction') return [`${m.kind} ${m.value} «${m.text}»`];
      if (m.kind === 'proportion') return [`proportion ${m.value}/${m.total} «${m.text}»`];
      if (m.kind === 'count') return [`count ${m.value} «${m.text}»`];
      if (m.kind === 'comparison') return [`comparison ${m.measure} ${m.direction} [${m.baselines.join(', ')}]`];
      return [];
    }),
  };
}

describe('invented areas, joint areas and number words: whole summaries', () => {
  it('an award for an invented joint partnership', () => {
    expect(facts(analyzeValid(fixture('award-joint-ashvale.txt')))).toMatchInlineSnapshot(`
      {
        "award": {
          "commendations": [
            "child-first",
          ],
          "level": "quality-lead",
          "redesignation": true,
        },
        "figures": [
          "count 120 «one hundred and twenty children»",
          "percentage 83.5 «eighty-three point five per cent»",
          "fraction 0.6667 «Two-thirds»",
          "count 2 «two new case workers»",
          "percentage 71 «71 per cent»",
          "comparison education higher [regional]",
          "comparison education higher [statistical-neighbours]",
        ],
        "kind": "award",
        "rating": null,
        "subject": {
          "area": "Ashvale & North Brackley",
          "members": [
            "Ashvale",
            "North Brackley",
          ],
          "type": "area-partnership",
        },
        "themes": [
          "co-location",
          "ete",
          "family",
          "participation",
          "speech-language",
          "workforce",
        ],
      }
    `);
  });

  it('an inspection of a hyphenated invented place', () => {
    expect(facts(analyzeValid(fixture('inspection-fenwick-on-sea.txt')))).toMatchInlineSnapshot(`
      {
        "award": null,
        "figures": [
          "count 4 «four areas»",
          "count 206 «two hundred and six cases»",
          "percentage 41 «forty-one per cent»",
          "proportion 3/10 «three in ten»",
          "fraction 0.3333 «A third»",
          "comparison custody lower [regional]",
          "fraction 0.5 «half»",
          "percentage 18 «18%»",
          "comparison first-time-entrants higher [regional]",
          "percentage 5 «5%»",
          "comparison first-time-entrants higher [national]",
        ],
        "kind": "inspection",
        "rating": "inadequate",
        "subject": {
          "area": "Fenwick-on-Sea",
          "members": [
            "Fenwick-on-Sea",
          ],
          "type": "youth-offending-team",
        },
        "themes": [
          "exploitation",
          "leadership",
          "prevention-diversion",
          "resettlement",
          "workforce",
        ],
      }
    `);
  });
});
