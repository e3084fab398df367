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

function ofKind<K extends Metric['kind']>(text: string, kind: K): Extract<Metric, { kind: K }>[] {
  return metricsOf(text).filter((m): m is Extract<Metric, { kind: K }> => m.kind === kind);
}

/** Compact view of a metric for snapshots. */
function brief(m: Metric): string {
  switch (m.kind) {
    case 'percentage':
      return `percentage ${m.value} «${m.text}» about ${JSON.stringify(m.subject)}`;
    case 'proportion':
      return `proportion ${m.value}/${m.total} «${m.text}» about ${JSON.stringify(m.subject)}`;
    case 'fraction':
      return `fraction ${m.value} «${m.text}»`;
    case 'comparison':
      return `comparison ${m.measure} ${m.direction} [${m.baselines.join(', ')}]${m.degree ? ` ${m.degree}` : ''} «${m.text}»`;
    case 'trend':
      return `trend ${m.measure} ${m.direction} «${m.text}»`;
    case 'age-range':
      return `age-range ${m.value}-${m.total ?? '+'} «${m.text}»`;
    case 'count':
      return `count ${m.value} ${m.unit ?? ''} «${m.text}»`;
    case 'duration':
      return `duration ${m.value ?? '?'} ${m.unit} «${m.text}»`;
    case 'year':
      return `year ${m.value} «${m.text}»`;
  }
}

describe('percentages', () => {
  it.each([
    ['Attendance at Harwick panels reached 97% this spring.', [97]],
    ['Some 12.5% of referrals came from schools.', [12.5]],
    ['Around 70 per cent of the Northmere cohort had an EHCP.', [70]],
    ['Around 70 percent of the cohort had an EHCP.', [70]],
    ['Nearly ninety per cent of families took part.', [90]],
    ['Ninety-five per cent said the sessions helped.', [95]],
    ['One hundred per cent of staff were trained.', [100]],
    ['Only 0.5per cent were remanded, down from 1.2 per cent.', [0.5, 1.2]],
    ['Compliance stood at 30pc in Harwick.', [30]],
    ['Between 20-30% of cases were transferred.', [20, 30]],
    ['The gap narrowed by 4 percentage points.', [4]],
    ['Engagement rose from 61 % to 74 %.', [61, 74]],
    ['Between 20 and 30% of cases were late.', [20, 30]],
    ['Remands fell from 0.29 to 0.23 per cent.', [0.29, 0.23]],
  ])('%s', (text, values) => {
    expect(ofKind(text, 'percentage').map((m) => m.value)).toEqual(values);
  });

  it.each([
    [
      'Early results: 88% of children successfully completed their plans, 9% moved away.',
      'children successfully completed their plans',
    ],
    ['Children aged 10 to 15 (36%) and aged 16 to 17 (64%) were supervised.', 'aged 16 to 17'],
    [
      'The reoffending rate for children in Harwick is 31%, the lowest yet.',
      'The reoffending rate for children in Harwick',
    ],
  ])('finds the subject of %s', (text, subject) => {
    const last = ofKind(text, 'percentage').find((m) => m.subject === subject);
    expect(last?.subject).toBe(subject);
  });
});

describe('numbers in words of any size', () => {
  it.each([
    ['One hundred and twenty children were seen by the Wexham team.', 'count', 120],
    ['Two hundred and fifty families came to the open day.', 'count', 250],
    ['Two thousand, three hundred referrals arrived over the year.', 'count', 2300],
    ['The panel heard three hundred and six cases.', 'count', 306],
    ['A thousand volunteers signed up.', 'count', 1000],
    ['Staff made one hundred twenty-one visits.', 'count', 121],
    ['Some two thousand and fifty sessions ran.', 'count', 2050],
    ['Eighty-three point five per cent were in school.', 'percentage', 83.5],
    ['Forty-one per cent had a plan.', 'percentage', 41],
    ['Only zero point five per cent reoffended.', 'percentage', 0.5],
    ['Attendance was 32pc in the spring.', 'percentage', 32],
  ] as const)('%s', (text, kind, value) => {
    const found = metricsOf(text).filter((m) => m.kind === kind);
    expect(found.map((m) => ('value' in m ? m.value : null))).toEqual([value]);
  });

  it.each([
    ['One hundred and twenty children were seen.'],
    ['Two thousand, three hundred referrals arrived.'],
    ['Eighty-three point five per cent were in school.'],
  ])('no stray partial figure inside %s', (text) => {
    expect(metricsOf(text)).toHaveLength(1);
  });

  it.each([
    ['They saw two thousand, three children.', 3],
    ['One hundred and two hundred and six were counted in turn: 206 children.', 206],
  ])('a comma or a second hundred starts a new number in %s', (text, value) => {
    expect(ofKind(text, 'count').map((m) => m.value)).toContain(value);
  });
});

describe('fractions', () => {
  it.each([
    ['A third of children had a speech need.', 0.3333, 'A third'],
    ['Two-thirds of staff completed the course.', 0.6667, 'Two-thirds'],
    ['Three quarters of parents replied.', 0.75, 'Three quarters'],
    ['Half of the cases closed early.', 0.5, 'Half'],
    ['Over half the children were in school.', 0.5, 'half'],
    ['One fifth of referrals came from schools.', 0.2, 'One fifth'],
    ['Nearly a quarter of carers attended.', 0.25, 'a quarter'],
  ])('%s', (text, value, span) => {
    const found = ofKind(text, 'fraction');
    expect(found.map((m) => [m.value, m.text])).toEqual([[value, span]]);
    expect(ofKind(text, 'percentage')).toEqual([]);
  });

  it.each([
    ['In the first half of the year the board met twice.'],
    ['A third inspection is due in 2026.'],
    ['The course took one and a half days.'],
    ['Staff lost half a day to travel.'],
    ['Figures for the last quarter are below.'],
    ['It was the third time the panel met.'],
  ])('no fraction in %s', (text) => {
    expect(ofKind(text, 'fraction')).toEqual([]);
  });
});

describe('proportions', () => {
  it.each([
    ['Inspectors rated nine out of 12 standards as outstanding.', 9, 12],
    ['Panel members rated the scheme seven-out-of-ten overall.', 7, 10],
    ['Four out of the six panels met every month.', 4, 6],
    ['About 3 in 4 children engaged with the offer.', 3, 4],
    ['One in five children had a speech need.', 1, 5],
    ['Two of the three case managers were newly qualified.', 2, 3],
    ['The young person scored 14/20 on the reading check.', 14, 20],
    ['Reviewers found good work in 27 of the 30 cases.', 27, 30],
    ['The plan scored 9 out of a possible 12.', 9, 12],
    ['Good standards numbered nine out of 12.', 9, 12],
    ['Staff filled 38 out of a total of 43 posts.', 38, 43],
    ['The team had six vacancies out of 43 posts.', 6, 43],
    ['Nine out of every 10 victims were contacted.', 9, 10],
    ['Inspectors rated 8 of its 12 standards as good.', 8, 12],
    ['Last year 11 of the 14 children leaving an order were in school or work.', 11, 14],
  ])('%s', (text, value, total) => {
    const found = ofKind(text, 'proportion');
    expect(found.map((m) => [m.value, m.total])).toEqual([[value, total]]);
  });

  it.each([
    ['The panel met on 14/05 and on 12/05/2021.'],
    ['The plan covers 2015/16 and 2021/2022.'],
    ['Thematic report 002/2013 was published.'],
    ['See page 4 of 12 for the action plan.'],
    ['It was one of the first areas to apply.'],
    ['Harwick was one of 10 teams to gain the award.'],
    ['Ten children were seen in 2019 and 12 in 2020.'],
    ['The service operates 24/7.'],
    ['Rate children on a scale of 0 to 10 for each of the ten statements.'],
    ['Three children were seen in 12 months.'],
    ['In 20/21 and 21/22 first-time entrants fell.'],
    ['In year 2 of the 3-year plan the board met monthly.'],
    ['Two thirds of families replied.'],
  ])('no proportion in %s', (text) => {
    expect(ofKind(text, 'proportion')).toEqual([]);
  });
});

describe('comparisons', () => {
  it.each([
    [
      'Rates of first time entry in Harwick are lower than those of national and statistical neighbour areas.',
      'first-time-entrants',
      'lower',
      ['national', 'statistical-neighbours'],
      null,
    ],
    [
      'Diversion keeps first-time entrant numbers substantially lower than national, regional and statistical neighbour rates.',
      'first-time-entrants',
      'lower',
      ['national', 'regional', 'statistical-neighbours'],
      'substantially',
    ],
    [
      'Harwick scored below the England and Wales average for every measure.',
      'other',
      'lower',
      ['england-and-wales-average'],
      null,
    ],
    ['The reoffending rate is lower than the national average.', 'reoffending', 'lower', ['national'], null],
    ['Custody use is below the regional and national rate.', 'custody', 'lower', ['regional', 'national'], null],
    [
      'Exclusions are better than comparator YOTs and statistical neighbours.',
      'exclusion',
      'lower',
      ['statistical-neighbours'],
      null,
    ],
    ['The reoffending rate remains above the national figure.', 'reoffending', 'higher', ['national'], null],
    [
      'The rate of school exclusion compares favourably with similar areas.',
      'exclusion',
      'lower',
      ['statistical-neighbours'],
      null,
    ],
    [
      'Custodial sentences stayed low in comparison with national and regional averages.',
      'custody',
      'lower',
      ['national', 'regional'],
      null,
    ],
    [
      'Mentoring keeps driving down re-offending compared with our statistical neighbours.',
      'reoffending',
      'lower',
      ['statistical-neighbours'],
      null,
    ],
    [
      'Harwick has a lower rate of first-time entrants than its statistical neighbours.',
      'first-time-entrants',
      'lower',
      ['statistical-neighbours'],
      null,
    ],
    ['Reoffending was 30% in Harwick compared with 35% nationally.', 'reoffending', 'lower', ['national'], null],
    ['Engagement in education is higher than the England average.', 'education', 'higher', ['national'], null],
    ['Use of remand is significantly higher than in the region.', 'custody', 'higher', ['regional'], 'significantly'],
    [
      'Harwick has the lowest rate of first-time entrants in the region.',
      'first-time-entrants',
      'lower',
      ['regional'],
      null,
    ],
    [
      "Compared with the national average, Harwick's reoffending rate is lower.",
      'reoffending',
      'lower',
      ['national'],
      null,
    ],
    ['Reoffending was 30%, compared with 35% nationally.', 'reoffending', 'lower', ['national'], null],
    [
      'The FTE rate (189) is well below the national rate (208) and the regional rate (221).',
      'first-time-entrants',
      'lower',
      ['national', 'regional'],
      'well',
    ],
  ])('%s', (text, measure, direction, baselines, degree) => {
    const found = ofKind(text, 'comparison');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ measure, direction, baselines, degree });
  });

  it('reads "better than" by what is measured, carrying the measure from the sentence before', () => {
    const text =
      'The rate of children entering the youth justice system was 1.7 per 1,000. This was better than the England average.';
    expect(ofKind(text, 'comparison')).toMatchObject([
      { measure: 'first-time-entrants', direction: 'lower', baselines: ['national'] },
    ]);
  });

  it.each([
    ['Reoffending in Harwick was in line with the national average.'],
    ['First-time entrants were similar to statistical neighbours.'],
    ['First-time entrants were not lower than the England and Wales average.'],
    ["Harwick's rate did not differ significantly from England's."],
    ['Northmere recorded lower-than-average first-time entry figures.'],
    ['Plans were good in 48 per cent of cases, compared to an average of 62 per cent.'],
    ['Work was carried out well 16 per cent below the average.'],
    ['Case work fell below national standards during the pandemic.'],
    ['The National Probation Service seconded more than the regional team asked for.'],
    ['Caseloads were higher than normal after staff left.'],
    ['Numbers fell by more than 30 per cent in a year.'],
    ['Performance was measured against national indicators.'],
    ['Children were seen more often than before across the region.'],
    ['Northmere is among the best-run youth services in the country.'],
    ['The lowest rate seen since 2019 was recorded in the summer.'],
    ['Compared with the national picture, the service is similar.'],
  ])('no comparison in %s', (text) => {
    expect(ofKind(text, 'comparison')).toEqual([]);
  });
});

describe('trends', () => {
  it.each([
    ['The data show a continual falling trend in first-time offending rates.', 'first-time-entrants', 'falling'],
    ['Desistance work is driving down reoffending rates.', 'reoffending', 'falling'],
    ['Custody numbers are rising again.', 'custody', 'rising'],
    ['School exclusions remained stable over the year.', 'exclusion', 'stable'],
    ['The number of first-time entrants fell by a quarter.', 'first-time-entrants', 'falling'],
  ])('%s', (text, measure, direction) => {
    expect(ofKind(text, 'trend')).toMatchObject([{ measure, direction }]);
  });

  it.each([
    ['The plan aims to reduce reoffending.'],
    ['We will increase custody reviews.'],
    ['Staff morale is rising.'],
  ])('no trend in %s', (text) => {
    expect(ofKind(text, 'trend')).toEqual([]);
  });
});

describe('counts, durations, age ranges and years', () => {
  it.each([
    ['The team works with 10 to 18-year-olds.', 'age-range', 10, 18],
    ['It offers a wrap-around 18-25 provision.', 'age-range', 18, 25],
    ['Partners include 16+ providers.', 'age-range', 16, null],
    ['Each post-16 learner has a mentor.', 'age-range', 16, null],
    ['The 10-17 year olds population fell.', 'age-range', 10, 17],
    ['Children aged twelve to seventeen were seen.', 'age-range', 12, 17],
  ])('%s', (text, kind, value, total) => {
    expect(metricsOf(text).filter((m) => m.kind === kind)).toMatchObject([{ value, total }]);
  });

  it.each([
    ['Screening is commissioned in days rather than weeks.', null, 'days'],
    ['We plan to revisit in three years.', 3, 'years'],
    ['Reoffending is tracked for 12 months.', 12, 'months'],
    ['Plans were agreed within a two-week window.', 2, 'weeks'],
  ])('duration in %s', (text, value, unit) => {
    expect(ofKind(text, 'duration')).toMatchObject([{ value, unit }]);
  });

  it.each([
    ['Inspectors spoke to 39 young people.', 39, 'people'],
    ['Nearly 1,000 referrals were made.', 1000, 'referrals'],
    ['Harwick YJS supervised nine children on licence.', 9, 'children'],
  ])('count in %s', (text, value, unit) => {
    expect(ofKind(text, 'count')).toMatchObject([{ value, unit }]);
  });

  it.each([
    ['The panel was set up in 2016.', [2016]],
    ['The plan for 2021/2022 and the review of 2018-19 were published.', [2021, 2018]],
  ])('years in %s', (text, years) => {
    expect(ofKind(text, 'year').map((m) => m.value)).toEqual(years);
  });
});

describe('never a metric', () => {
  it.each([
    ['phone numbers', 'For media enquiries call 01632 960123 or 0300 123 4567.'],
    ['a date read as numbers', 'Published on Monday 07 June 2021 and updated 12/05/2022.'],
    ['an embargo time', 'Embargoed until 00.01 hrs on 3 March.'],
    ['clock times', 'The panel sits at 10:30 and again at 14.45pm.'],
    ['list numbering', '1. Introduction\n2. Governance\n\n3) Staffing\n\n2.1 Leadership'],
    ['a standard number', 'See standard 2.1 and Figure 3 in section 4.'],
    ['a report number', 'Thematic report #002/2013 covered this.'],
    ['money', 'The scheme cost £9.5 million, or $12 each.'],
    ['a postcode', 'Write to Harwick House, HX1 2AB.'],
    ['a web address', 'Read it at www.example.gov.uk/reports/2020-youth (PDF, 168Kb).'],
    ['an e-mail address', 'Contact team2020@example.org.uk for copies.'],
  ])('%s', (_label, text) => {
    expect(metricsOf(text)).toEqual([]);
  });
});

describe('whole texts', () => {
  it('lists the figures of an inspection press release', () => {
    const text = [
      'Northmere YOS rated Good',
      '',
      'Inspectors looked at 12 aspects of the work of Northmere Youth Offending Service and rated nine out of 12 as Good.',
      'When inspectors spoke to 24 children, 83 per cent said staff listened to them.',
      'The reoffending rate is lower than the national average and statistical neighbours.',
      '',
      'Notes to editors',
      '1. The report is published at 00.01 on 4 June 2024.',
      '2. For media enquiries call 01632 960456.',
    ].join('\n');
    expect(metricsOf(text).map(brief)).toMatchInlineSnapshot(`
      [
        "count 12 aspects «12 aspects»",
        "proportion 9/12 «nine out of 12» about null",
        "count 24 children «24 children»",
        "percentage 83 «83 per cent» about null",
        "comparison reoffending lower [national, statistical-neighbours] «lower than the national average and statistical neighbours»",
      ]
    `);
  });

  it('lists the figures of an award announcement', () => {
    const text =
      'Harwick Area Partnership has driven down first-time entrants to levels well below regional and national rates. ' +
      'Its 16+ offer and 18-25 provision support transition, and 92% of children engaged with the service.';
    expect(metricsOf(text).map(brief)).toMatchInlineSnapshot(`
      [
        "trend first-time-entrants falling «driven down first-time entrants»",
        "comparison first-time-entrants lower [regional, national] well «well below regional and national rates»",
        "age-range 16-+ «16+»",
        "age-range 18-25 «18-25»",
        "percentage 92 «92%» about "children engaged with the service"",
      ]
    `);
  });

  it('lists the figures of the youth justice plan fixture', () => {
    const text = readFileSync(new URL('../fixtures/metrics-harwick-plan.txt', import.meta.url), 'utf8');
    const scored = metricsOf(text)
      .filter((m) => m.kind === 'percentage' || m.kind === 'proportion' || m.kind === 'comparison')
      .map(brief);
    expect(scored).toMatchInlineSnapshot(`
      [
        "comparison first-time-entrants lower [regional, national] «below the regional and national averages»",
        "percentage 33.8 «33.8 per cent» about "The proven reoffending rate for the latest cohort"",
        "comparison reoffending higher [england-and-wales-average] slightly «slightly higher than the England and Wales average»",
        "percentage 31.2 «31.2 per cent» about "the England and Wales average"",
        "comparison reoffending higher [statistical-neighbours] «above our statistical neighbours»",
        "comparison custody lower [statistical-neighbours] «compares favourably with comparator YOTs»",
        "proportion 7/10 «Seven out of 10» about "children open to the service"",
        "proportion 2/3 «two of the three» about "children"",
        "proportion 1/4 «one in four» about "children"",
        "percentage 58 «58%» about "those referred were seen within six weeks"",
        "percentage 29 «29 per cent» about "Some 12 children"",
        "percentage 71 «71 per cent» about null",
      ]
    `);
  });
});

describe('hostile input', () => {
  it.each([
    ['a long run of digits', '7'.repeat(20000), 0],
    ['many small numbers', '1 2 3 4 5 6 7 8 9 '.repeat(2000), 0],
    ['many percentages', '12% '.repeat(3000), 3000],
    ['repeated comparisons', 'lower than national and regional, but '.repeat(500), 500],
    // one direction restated again and again is one statement
    ['one comparison restated', 'lower than national and regional and '.repeat(500), 1],
    ['nested brackets', '( '.repeat(5000) + '50% ' + ') '.repeat(5000), 1],
  ])('%s: a valid summary, figures counted once each', (_label, text, figures) => {
    expect(metricsOf(text)).toHaveLength(figures);
  });
});
