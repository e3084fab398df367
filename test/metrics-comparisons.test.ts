import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type ReportSummary } from '../src/index.js';
import { expectValidSummary } from './helpers.js';

type Metric = ReportSummary['metrics'][number];

function metricsOf(text: string): Metric[] {
  const summary = analyze(text);
  expectValidSummary(summary, text);
  return summary.metrics;
}

/** Each comparison as "measure direction:baseline+baseline". */
function comparisons(text: string): string[] {
  return metricsOf(text).flatMap((m) =>
    m.kind === 'comparison' ? [`${m.measure} ${m.direction}:${m.baselines.join('+')}`] : [],
  );
}

describe('one comparison statement gives one comparison with all its baselines', () => {
  it.each([
    [
      'the direction repeated after "and"',
      'In Fenwick the custody rate stays below the regional figure and below the national figure.',
      ['custody lower:regional+national'],
    ],
    [
      '"as well as" between baselines',
      'Kelsbury has fewer first-time entrants than its comparator authorities as well as the region.',
      ['first-time-entrants lower:statistical-neighbours+regional'],
    ],
    [
      '"as well as" between two statements',
      'Proven reoffending sits above the national average as well as above the rate for similar areas.',
      ['reoffending higher:national+statistical-neighbours'],
    ],
    [
      'two clauses of one sentence',
      'Harwick’s reoffending rate was lower than the England and Wales average, and it was also lower than the regional one.',
      ['reoffending lower:england-and-wales-average+regional'],
    ],
    [
      '"than the X rate and the Y average"',
      'Entrants to the justice system are fewer than the regional rate and the national average.',
      ['first-time-entrants lower:regional+national'],
    ],
    [
      '"or" between baselines',
      'Northmere sends fewer children to custody than either its statistical neighbours or the region.',
      ['custody lower:statistical-neighbours+regional'],
    ],
    [
      'figures after each baseline',
      'Kelsbury’s custody rate of 0.4 is lower than the national rate of 0.6 and the regional rate of 0.5.',
      ['custody lower:national+regional'],
    ],
    [
      'bracketed figures between the statements',
      'The exclusion rate (5%) is higher than the national rate and higher than in comparable areas.',
      ['exclusion higher:national+statistical-neighbours'],
    ],
    [
      'a change compared with the national change',
      'Exclusions went up by 9%, more than the regional increase.',
      ['exclusion higher:regional'],
    ],
    [
      'a degree in the second statement',
      'The exclusion rate was higher than nationally and considerably higher than in comparable areas.',
      ['exclusion higher:national+statistical-neighbours'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });
});

describe('different comparisons in one sentence stay apart', () => {
  it.each([
    [
      'two directions joined by "but"',
      'First-time entry in Calderport is above the regional rate but below the national rate.',
      ['first-time-entrants higher:regional', 'first-time-entrants lower:national'],
    ],
    [
      'two directions joined by "and"',
      'Reoffending is higher than among statistical neighbours and lower than the national rate.',
      ['reoffending higher:statistical-neighbours', 'reoffending lower:national'],
    ],
    [
      'two measures with one direction',
      'Custody use is lower than the national rate, while reoffending is lower than the regional rate.',
      ['custody lower:national', 'reoffending lower:regional'],
    ],
    [
      'one direction for two measures joined by "and"',
      'Custody is below the national rate and first time entrants are below the regional rate.',
      ['custody lower:national', 'first-time-entrants lower:regional'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });

  it('keeps statements in two sentences apart', () => {
    expect(
      comparisons('Reoffending is above the national average. It is also above the national average for girls.'),
    ).toEqual(['reoffending higher:national', 'reoffending higher:national']);
  });
});

describe('superlatives and clause-opening comparisons', () => {
  it.each([
    [
      'Calderport records the lowest custody rate among its comparator authorities.',
      ['custody lower:statistical-neighbours'],
    ],
    ['When set against the region, Fenwick has the third highest reoffending rate.', ['reoffending higher:regional']],
    ['As compared with national figures, exclusions here are lower.', ['exclusion lower:national']],
  ])('%s', (text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });

  it.each([
    'Kelsbury had the highest number of volunteers in the team.',
    'When compared with last year, custody numbers are lower.',
    'Among regional partners, the service is known for its mentoring.',
  ])('false positive: %s', (text) => {
    expect(comparisons(text)).toEqual([]);
  });
});

describe('"under" a baseline', () => {
  it('compares when a baseline follows', () => {
    expect(comparisons('Custody use in Fenwick stays under the regional average.')).toEqual(['custody lower:regional']);
  });

  it.each([
    'Two children were referred under the National Referral Mechanism.',
    'Custody cases are reviewed under regional protocols.',
    'Reoffending work runs under national guidance for youth justice services.',
    'Under the all-Wales youth to adult guidance, children move to probation at eighteen.',
    'Below the regional board, a local panel reviews each custody case.',
  ])('false positive: %s', (text) => {
    expect(comparisons(text)).toEqual([]);
  });
});

describe('a baseline stated before the direction', () => {
  it.each([
    ['The national average is higher than ours for first-time entrants.', ['first-time-entrants lower:national']],
    ['The regional rate of 14% sits above our 11% reoffending rate.', ['reoffending lower:regional']],
    ['Statistical neighbours remain well below the local custody rate.', ['custody higher:statistical-neighbours']],
  ])('%s', (text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });

  it.each([
    // the baseline opens another clause, or the figure after the direction is not our own
    'Nationally, custody is lower than our target.',
    'The national picture is better than expected.',
    'The regional average is higher than last year.',
    'Regional managers said demand was higher than our staffing allowed.',
  ])('false positive: %s', (text) => {
    expect(comparisons(text)).toEqual([]);
  });
});

describe('a bracketed baseline figure', () => {
  it.each([
    ['Reoffending in Harwick stood at 33% (national 31%).', ['reoffending higher:national']],
    ['Custody accounted for 4.1 per cent of outcomes (England average: 5.2 per cent).', ['custody lower:national']],
    [
      'The first-time entrant rate was 180 (regional 210) per 100,000 children.',
      ['first-time-entrants lower:regional'],
    ],
    ['Reoffending was 36% (national, 2023: 34%).', ['reoffending higher:national']],
  ])('%s', (text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });

  it.each([
    'Reoffending stood at 30% (national 30%).',
    'Reoffending stood at 30% (see the national data).',
    'The board met in June (national conference week) and 12 members came.',
    'Custody fell (national figures are published in May).',
    'Reoffending data for 2023 (national 34%) are not yet published locally.',
  ])('false positive: %s', (text) => {
    expect(comparisons(text)).toEqual([]);
  });
});

describe('percentages, durations and subjects', () => {
  it.each([
    ['A hundred per cent of referrals were screened.', 100, 'a hundred per cent'],
    ['One hundred per cent of plans were signed.', 100, 'One hundred per cent'],
  ])('%s', (text, value, written) => {
    const found = metricsOf(text).filter((m) => m.kind === 'percentage');
    expect(found.map((m) => [m.value, m.text.toLowerCase()])).toEqual([[value, written.toLowerCase()]]);
  });

  it.each([
    ['half', 'Half of the children were in school.'],
    ['a third', 'A third of the workers were new.'],
    ['two thirds', 'Two thirds of the panels met monthly.'],
    ['a hundred with no percent', 'A hundred volunteers came.'],
  ])('a fraction word is not a proportion or percentage: %s', (_label, text) => {
    expect(metricsOf(text).filter((m) => m.kind === 'proportion' || m.kind === 'percentage')).toEqual([]);
  });

  it.each([
    ['Every plan was written within ten working days.', 10, 'days', 'ten working days'],
    ['Reviews happen after 20 school days.', 20, 'days', '20 school days'],
  ])('a unit with an adjective is a duration: %s', (text, value, unit, written) => {
    const found = metricsOf(text);
    expect(found.map((m) => [m.kind, 'value' in m ? m.value : null, m.text])).toEqual([['duration', value, written]]);
    expect(found[0]?.kind === 'duration' ? found[0].unit : null).toBe(unit);
  });

  it('another figure ends the subject of "X is 30%"', () => {
    const found = metricsOf('The local rate was 12% and the regional rate was 15%.');
    expect(found.map((m) => ['value' in m ? m.value : null, m.subject])).toEqual([
      [12, 'The local rate'],
      [15, 'the regional rate'],
    ]);
  });

  it('a time phrase after a percentage is not its subject', () => {
    const found = metricsOf('Screening reached 91 per cent, up from 84 per cent the year before.');
    expect(found.map((m) => ['value' in m ? m.value : null, m.subject])).toEqual([
      [91, 'Screening'],
      [84, null],
    ]);
  });
});

describe('the benchmarks fixture', () => {
  it('reads every comparison statement once, with all its baselines', () => {
    const text = readFileSync(new URL('../fixtures/metrics-northmere-benchmarks.txt', import.meta.url), 'utf8');
    const found = metricsOf(text).flatMap((m) => {
      if (m.kind === 'comparison') return [`${m.measure} ${m.direction}:${m.baselines.join('+')} «${m.text}»`];
      return m.kind === 'percentage' ? [`${m.value}% about ${String(m.subject)}`] : [];
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "first-time-entrants lower:regional+statistical-neighbours «under the figure for the North East and under the figure for our statistical neighbours»",
        "reoffending higher:england-and-wales-average «England and Wales average is lower than ours»",
        "36.2% about our rate",
        "reoffending higher:national «national 32.1%»",
        "32.1% about null",
        "reoffending higher:statistical-neighbours «higher than among comparable areas»",
        "reoffending lower:regional «lower than the regional rate»",
        "custody lower:national+statistical-neighbours+regional «lower than the national rate as well as the rate across our YOT family, and it sits well below the regional average»",
        "exclusion higher:national+statistical-neighbours «more common than nationally and more common than in similar authorities»",
        "65% about null",
        "100% about cases",
        "88% about null",
      ]
    `);
  });
});

describe('baselines named in the words reports use', () => {
  it.each([
    ['Reoffending in Harbridge sits below the Avon and Somerset average.', ['reoffending lower:regional']],
    ['The custody rate is higher than the Kent Police area average of 0.3.', ['custody higher:regional']],
    [
      'First-time entrants are higher than the average for the Dyfed-Powys Police force area.',
      ['first-time-entrants higher:regional'],
    ],
    ['Our ETE rate of 80% is stronger than the Mid Wales regional figure.', ['education higher:regional']],
    ['Reoffending compares favourably with similar councils.', ['reoffending lower:statistical-neighbours']],
    ['Custody is lower than in comparator YJSs.', ['custody lower:statistical-neighbours']],
    ['Entrants were fewer than in statistically similar areas.', ['first-time-entrants lower:statistical-neighbours']],
    ['Reoffending is lower than neighbouring Kirklees and Calderdale.', ['reoffending lower:statistical-neighbours']],
    [
      'Reoffending is lower than the rate for most comparators in the family group.',
      ['reoffending lower:statistical-neighbours'],
    ],
    ['School attendance is weaker than comparator YOTs.', ['education lower:statistical-neighbours']],
    ['Exclusions were higher than national statistics suggest.', ['exclusion higher:national']],
    [
      'ETE at closure was stronger than the national average and the figure for the borough’s statistical neighbours.',
      ['education higher:national+statistical-neighbours'],
    ],
    [
      'Reoffending was well below the rate for comparable services in Wales.',
      ['reoffending lower:statistical-neighbours'],
    ],
    ['The custody rate in Brockley is less than half the regional average.', ['custody lower:regional']],
    [
      'NEET figures were more than three times the England and Wales average.',
      ['other higher:england-and-wales-average'],
    ],
    [
      'Fewer children in Wexham entered the justice system for the first time last year than the national average.',
      ['first-time-entrants lower:national'],
    ],
    [
      'We have fewer first-time entrants than the national average and than our family group.',
      ['first-time-entrants lower:national+statistical-neighbours'],
    ],
  ])('%s', (text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });

  it.each([
    ['Neighbouring Thurrock has offered to share its approach with us.'],
    ['The Avon and Somerset Constabulary funds two posts in the team.'],
    ['Staff from similar services visited in May.'],
    ['The team works across two neighbouring boroughs.'],
    ['More children than ever took part in the summer scheme.'],
    ['The rate of 380 compares to 408 in the Dyfed-Powys Police region.'],
    ['The West Yorkshire average caseload was discussed at the board.'],
  ])('no comparison in %s', (text) => {
    expect(comparisons(text)).toEqual([]);
  });
});

describe('a comparative repeated with its own figure gives one comparison per comparative', () => {
  it.each([
    [
      'First-time entrants were 18% lower than the regional average and 5% lower than the national average.',
      ['first-time-entrants lower:regional', 'first-time-entrants lower:national'],
    ],
    [
      'Custody is higher than the Essex Police area average of 0.22, and higher (worse) than the national average of 0.18.',
      ['custody higher:regional', 'custody higher:national'],
    ],
    [
      'Entrants are higher than the Thames Valley average but remain lower than the England average.',
      ['first-time-entrants higher:regional', 'first-time-entrants lower:national'],
    ],
    [
      'The exclusion rate (5%) is higher than the national rate (3%) and higher than in comparable areas (4%).',
      ['exclusion higher:national', 'exclusion higher:statistical-neighbours'],
    ],
    [
      'The rate is below the East Midlands average, and it compares favourably with neighbouring Rutland and Lincolnshire.',
      ['other lower:regional', 'other higher:statistical-neighbours'],
    ],
    ['Exclusions ran at around eight times the national figure.', ['exclusion higher:national']],
    [
      'Entrants remain higher than the average for our most similar police forces.',
      ['first-time-entrants higher:statistical-neighbours'],
    ],
    ['First-time entrants remain higher than in the Gwent police area.', ['first-time-entrants higher:regional']],
    ['Reoffending is now lower than that of similar police force areas.', ['reoffending lower:statistical-neighbours']],
    [
      'Diversion is higher than the national picture and higher than in any other force area in the region.',
      ['other higher:national+regional'],
    ],
    ['Referrals to CAMHS were higher (worse) than regional rates.', ['other higher:regional']],
    [
      'Fewer children in Eastmoor are in education than the national average: 58% compared with 71% nationally.',
      ['education lower:national'],
    ],
  ])('%s', (text, expected) => {
    expect(comparisons(text)).toEqual(expected);
  });
});
