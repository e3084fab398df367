export { analyze, createAnalyzer, DEFAULT_MAX_LENGTH } from './analyzer.js';
export type { Analyzer, AnalyzerOptions, AnalyzeOptions } from './analyzer.js';
export { ChildfirstError } from './errors.js';
export type { ChildfirstErrorCode } from './errors.js';
export { reportSummarySchema, reportSummaryJsonSchema, SCHEMA_VERSION, STAGE_IDS } from './schema.js';
export type { ReportSummary, StageId } from './schema.js';
export { themes } from './taxonomy.js';
export type { ThemeInfo } from './taxonomy.js';
export { THEME_IDS } from './themes/bundled.js';
export type { ThemeId } from './themes/bundled.js';
export type { CueInput, ThemeLexiconInput } from './themes/lexicon.js';
export type { Mention, ThemeResult, Tenet } from './themes/schema.js';
export type { Metric, Measure, Baseline } from './metrics/schema.js';
export type { Subject, Organisation, Acronym, Person } from './names/schema.js';
export type { AcronymsInput, AreasInput } from './names/index.js';
export type { DocumentCuesInput } from './document/index.js';
export type { BaselinesInput } from './metrics/index.js';
export type { DocumentFacts, Award, Rating } from './document/schema.js';
export { learnLexicon } from './learn/index.js';
export type {
  CodedDocument,
  CodedSegment,
  CodeReport,
  LearnExamples,
  LearnOptions,
  LearnReport,
  LearnResult,
  LearnScores,
} from './learn/index.js';
