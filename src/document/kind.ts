import type { Unit } from '../names/index.js';
import type { ParsedDoc } from '../nlp/parsed.js';
import { hasStem, mayHaveStem, type DocumentCues } from './lexicon.js';
import type { DocumentFacts } from './schema.js';

type Kind = DocumentFacts['kind'];

/** What the kind decision needs to know from the other readers. */
export interface KindInputs {
  readonly celebratesAward: boolean;
  /** The award is celebrated in the first sentences. */
  readonly awardInLead: boolean;
  readonly hasSubject: boolean;
  /** A youth justice service the text names has an overall rating (read only when the kind depends on it). */
  readonly ratedService: () => boolean;
  readonly listsAreas: boolean;
  readonly title: string | null;
}

const LEAD_SENTENCES = 4;
const HEADER_CHARS = 400;
const MAX_HEADING_WORDS = 16;

/**
 * Award announcements first (the award in the title, or celebrated near the top of a text whose
 * title is not a plan, minutes or an inspection); then thematic and annual reports (named so near
 * the top, or an inspection text about no single area); then plans, minutes and other titles; then inspections.
 */
export function decideKind(doc: ParsedDoc, units: readonly Unit[], cues: DocumentCues, inputs: KindInputs): Kind {
  const title = ` ${(inputs.title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const titleInspects =
    cues.titleInspectionStems.some((stem) => title.includes(` ${stem}`)) ||
    cues.titleInspectionWords.some((word) => title.includes(` ${word} `));
  const titleOther = cues.otherTitle.some((w) => title.includes(` ${w} `)) || headerSays(doc, cues.otherHeader);
  const titleAward = cues.levels.some((l) => title.includes(` ${l.phrase} `) || title.includes(` ${l.phrase}s `));
  const lead = leadKeys(doc, units);
  const leadInspects = cues.inspection.some((stem) => lead.includes(` ${stem}`));
  // A plan, minutes or an inspection that mentions an award the service holds is not an award text;
  // a first line that runs on like a sentence is no heading to judge by.
  const heading = title.split(' ').length <= MAX_HEADING_WORDS + 2;
  const awardTopic =
    titleAward || (!(heading && titleOther) && !titleInspects && (inputs.awardInLead || !leadInspects));
  if (inputs.celebratesAward && awardTopic && (inputs.hasSubject || inputs.listsAreas)) return 'award';
  const thematic = cues.thematic.find((phrase) => lead.includes(` ${phrase} `));
  // a service's own annual report is not the inspectorate's: one subject, and no inspectorate near the top
  const ownAnnualReport = thematic === 'annual report' && inputs.hasSubject && !/ inspectorate | hmip /.test(lead);
  if (thematic && !ownAnnualReport) return 'thematic';
  // a first line that runs on like a sentence ("... no resettlement plan for two children") is no plan's title
  if (!/\binspect/.test(title) && titleOther && (heading || headerSays(doc, cues.otherHeader))) return 'other';
  const inspects = units.some((u) => mayHaveStem(u.key, cues.inspection) && hasStem(u.key, cues.inspection));
  if (!inspects && !inputs.ratedService()) return 'other';
  return inputs.hasSubject ? 'inspection' : 'thematic';
}

/** True when the first two lines hold one of the words ("Minutes of the meeting ..."). */
function headerSays(doc: ParsedDoc, words: readonly string[]): boolean {
  const lines = doc.text
    .slice(0, HEADER_CHARS)
    .split(/\r\n|[\n\r]/, 8)
    .filter((l) => l.trim() !== '')
    .slice(0, 2);
  const header = ` ${lines
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  return words.some((w) => header.includes(` ${w} `));
}

/** The words of the first few sentences as one space-padded lower-case string. */
function leadKeys(doc: ParsedDoc, units: readonly Unit[]): string {
  const parts: string[] = [];
  for (const unit of units) {
    if ((doc.tokens[unit.token]?.sentence ?? 0) >= LEAD_SENTENCES) break;
    parts.push(unit.key.replace(/[^a-z0-9']+/g, ''));
  }
  return ` ${parts.filter((p) => p !== '').join(' ')} `;
}
