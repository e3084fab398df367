import { BASELINE, COMPARE, MEASURE, NUMBER, TREND, UNIT, WITHIN } from './kinds.js';
import type { MetricFiles } from './lexicon.js';
import { PhraseSet } from './phrases.js';
import type { Baseline, Measure } from './schema.js';

/** Which way a figure differs from its baseline; "better"/"worse" resolve by measure. */
export type Leaning = 'lower' | 'higher' | 'better' | 'worse';
/** Which way a trend runs. */
export type Direction = 'falling' | 'rising' | 'stable';
/** Units of a duration. */
export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** The metric word lists, compiled into look-up structures. */
export interface MetricCues {
  readonly triggers: PhraseSet<Leaning>;
  readonly comparators: PhraseSet<Leaning | null>;
  readonly leanings: ReadonlyMap<string, Leaning>;
  readonly comparatives: ReadonlyMap<string, Leaning>;
  readonly stated: ReadonlyMap<string, Leaning>;
  readonly superlatives: ReadonlyMap<string, Leaning>;
  readonly superlativePlaces: ReadonlySet<string>;
  readonly leadIns: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly joiners: PhraseSet<true>;
  readonly baselineGroups: ReadonlySet<string>;
  readonly baselineNouns: ReadonlySet<string>;
  readonly neighbourModifiers: PhraseSet<true>;
  readonly regionHeads: ReadonlySet<string>;
  readonly degrees: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly denials: ReadonlySet<string>;
  readonly ownFigures: ReadonlySet<string>;
  readonly restatements: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly ownFillers: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly groupFillers: ReadonlySet<string>;
  readonly nameInner: ReadonlySet<string>;
  readonly averageOver: ReadonlySet<string>;
  readonly baselines: PhraseSet<Baseline>;
  readonly measures: PhraseSet<Measure>;
  readonly measureStems: readonly (readonly [string, Measure])[];
  readonly trends: PhraseSet<Direction>;
  readonly aims: ReadonlySet<string>;
  readonly units: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  readonly hundred: ReadonlySet<string>;
  readonly scales: ReadonlyMap<string, number>;
  readonly point: ReadonlySet<string>;
  readonly fractions: ReadonlyMap<string, number>;
  readonly months: ReadonlySet<string>;
  readonly references: ReadonlySet<string>;
  readonly timeSuffixes: ReadonlySet<string>;
  readonly currency: ReadonlySet<string>;
  readonly moneyAfter: ReadonlySet<string>;
  readonly durations: ReadonlyMap<string, DurationUnit>;
  readonly unitAdjectives: ReadonlySet<string>;
  readonly ageAfter: ReadonlySet<string>;
  readonly ageBefore: ReadonlySet<string>;
  readonly notCounted: ReadonlySet<string>;
  readonly ageBetween: ReadonlySet<string>;
  readonly rangeWords: ReadonlySet<string>;
  readonly within: ReadonlySet<string>;
  /** "post-16", "over-18s": an open age range in one token; group 1 is the age. */
  readonly ageOpen: RegExp;
  /** "post-16", "in-5": a word glued before a number. */
  readonly gluedNumber: RegExp;
  readonly meridiems: ReadonlySet<string>;
  readonly lowerIsBetter: ReadonlySet<Measure>;
  readonly halfOf: ReadonlySet<string>;
  readonly periodParts: ReadonlySet<string>;
  readonly scoreWords: ReadonlySet<string>;
  readonly timeUnits: ReadonlySet<string>;
  readonly periods: ReadonlySet<string>;
  readonly timeDeterminers: ReadonlySet<string>;
  readonly outOfFillers: ReadonlySet<string>;
  readonly subjectListEnds: ReadonlySet<string>;
  readonly subjectClauseEnds: ReadonlySet<string>;
  readonly copulas: ReadonlySet<string>;
  readonly clauseJoiners: ReadonlySet<string>;
  /** Kind bits (see kinds.ts) of every word a finder starts from. */
  readonly kinds: ReadonlyMap<string, number>;
}

/** `[phrase, key]` pairs for every phrase in a `{ key: phrases }` record. */
function pairs<K extends string, V = K>(
  record: Readonly<Record<K, readonly string[]>>,
  value: (key: K) => V = (key) => key as unknown as V,
): [string, V][] {
  const out: [string, V][] = [];
  for (const key of Object.keys(record) as K[]) for (const p of record[key]) out.push([p, value(key)]);
  return out;
}

function kindsOf(c: Omit<MetricCues, 'kinds'>, files: MetricFiles): Map<string, number> {
  const kinds = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const word of words) kinds.set(word, (kinds.get(word) ?? 0) | bit);
  };
  add([...c.units.keys(), ...c.tens.keys(), ...c.hundred, ...c.scales.keys(), ...c.fractions.keys()], NUMBER);
  const compare = files.comparisons;
  add(
    [...c.triggers.firstWords(), ...c.comparators.firstWords(), ...c.comparatives.keys(), ...compare.inflections],
    COMPARE,
  );
  add(c.trends.firstWords(), TREND);
  add([...c.measures.firstWords(), ...files.measures.anchors], MEASURE);
  // "than" too: "higher than in the Gwent police area" names no baseline word the lexicon knows
  add([...c.baselines.firstWords(), ...c.neighbourModifiers.firstWords(), ...compare.baselineAnchors], BASELINE);
  add(c.within, WITHIN);
  add(c.durations.keys(), UNIT);
  return kinds;
}

/** Compiles validated metric lexicon files (and the month names) into the look-up structures the finders use. */
export function compileMetricCues(files: MetricFiles, months: ReadonlySet<string>): MetricCues {
  const cmp = files.comparisons;
  const fig = files.figures;
  const base: Omit<MetricCues, 'kinds'> = {
    triggers: new PhraseSet(pairs(cmp.triggers)),
    comparators: new PhraseSet(pairs(cmp.comparators, (k) => (k === 'neutral' ? null : k))),
    leanings: new Map(pairs(cmp.leanings)),
    comparatives: new Map(pairs(cmp.comparatives)),
    stated: new Map(pairs(cmp.stated)),
    superlatives: new Map(pairs(cmp.superlatives)),
    superlativePlaces: new Set(cmp.superlativePlaces),
    leadIns: new Set(cmp.leadIns),
    connectors: new Set(cmp.connectors),
    joiners: new PhraseSet(cmp.joiners.map((j) => [j, true] as const)),
    baselineGroups: new Set(cmp.baselineGroups),
    baselineNouns: new Set(cmp.baselineNouns),
    neighbourModifiers: new PhraseSet(cmp.neighbourModifiers.map((m) => [m, true] as const)),
    regionHeads: new Set(cmp.regionHeads),
    degrees: new Set(cmp.degrees),
    clauseBreaks: new Set(cmp.clauseBreaks),
    denials: new Set(cmp.denials),
    ownFigures: new Set(cmp.ownFigures),
    restatements: new Set(cmp.restatements),
    clauseOpeners: new Set(cmp.clauseOpeners),
    ownFillers: new Set(cmp.ownFillers),
    placeHeads: new Set(cmp.placeHeads),
    groupFillers: new Set(cmp.groupFillers),
    nameInner: new Set(cmp.nameInner),
    averageOver: new Set(cmp.averageOver),
    baselines: new PhraseSet(pairs(without(files.baselines, '$comment'))),
    measures: new PhraseSet(pairs(without(files.measures, '$comment', 'stems', 'anchors', 'lowerIsBetter'))),
    measureStems: pairs(files.measures.stems),
    trends: new PhraseSet(pairs(without(files.trends, '$comment', 'aims'))),
    aims: new Set(files.trends.aims),
    units: new Map(files.numbers.units.map((w, i) => [w, i])),
    tens: new Map(files.numbers.tens.map((w, i) => [w, (i + 2) * 10])),
    hundred: new Set(files.numbers.hundred),
    scales: new Map(Object.entries(files.numbers.scales)),
    point: new Set(files.numbers.point),
    fractions: new Map(Object.entries(files.numbers.fractions)),
    months,
    references: new Set(files.never.references),
    timeSuffixes: new Set(files.never.timeSuffixes),
    currency: new Set(files.never.currency),
    moneyAfter: new Set(files.never.moneyAfter),
    durations: new Map(pairs(files.quantities.durations)),
    unitAdjectives: new Set(files.quantities.unitAdjectives),
    ageAfter: new Set(files.quantities.ageAfter),
    ageBefore: new Set(files.quantities.ageBefore),
    notCounted: new Set(files.quantities.notCounted),
    ageBetween: new Set(files.quantities.ageBetween),
    rangeWords: new Set(files.quantities.rangeWords),
    within: new Set(files.quantities.within),
    ageOpen: new RegExp(`^(?:${alternation(files.quantities.ageOpenPrefixes)})-(\\d{1,2})s?$`),
    gluedNumber: new RegExp(`^(?:${alternation(files.quantities.gluedNumberPrefixes)})-\\d`),
    meridiems: new Set(files.never.meridiems),
    lowerIsBetter: new Set(files.measures.lowerIsBetter),
    halfOf: new Set(fig.halfOf),
    periodParts: new Set(fig.periodParts),
    scoreWords: new Set(fig.scoreWords),
    timeUnits: new Set(fig.timeUnits),
    periods: new Set(fig.periods),
    timeDeterminers: new Set(fig.timeDeterminers),
    outOfFillers: new Set(fig.outOfFillers),
    subjectListEnds: new Set(fig.subjectListEnds),
    subjectClauseEnds: new Set(fig.subjectClauseEnds),
    copulas: new Set(fig.copulas),
    clauseJoiners: new Set(fig.clauseJoiners),
  };
  return { ...base, kinds: kindsOf(base, files) };
}

/** Words as a regular expression alternation, each escaped (lexicon data, never input). */
function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The record without the given keys (a file's `$comment`, or lists that are not phrases by key). */
function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const drop = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !drop.has(key))) as Omit<T, K>;
}

/** The measure a word names by its stem ("reoffended" → reoffending), or null. */
export function stemMeasure(word: string, c: MetricCues): Measure | null {
  for (const [stem, measure] of c.measureStems) if (word.startsWith(stem)) return measure;
  return null;
}
