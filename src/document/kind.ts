import type { Unit } from '../names/keys.js';
import type { ParsedDoc } from '../nlp/parsed.js';
import { hasStem, mayHaveStem, type DocumentCues } from './lexicon.js';
import type { DocumentFacts } from './schema.js';

type Kind = DocumentFacts['kind'];

/** What the kind decision needs to know from the other readers. */
export interface KindInputs {
  readonly celebratesAward: boolean;
  readonly hasSubject: boolean;
  readonly listsAreas: boolean;
  readonly title: string | null;
}

const LEAD_SENTENCES = 4;

/**
 * Award announcements first; then thematic and annual reports (named so near the top, or an
 * inspection text about no single area); then plans, minutes and other titles; then inspections.
 */
export function decideKind(doc: ParsedDoc, units: readonly Unit[], cues: DocumentCues, inputs: KindInputs): Kind {
  if (inputs.celebratesAward && (inputs.hasSubject || inputs.listsAreas)) return 'award';
  const lead = leadKeys(doc, units);
  if (cues.thematic.some((phrase) => lead.includes(` ${phrase} `))) return 'thematic';
  const title = ` ${(inputs.title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const titleInspects = /\binspect/.test(title);
  if (!titleInspects && cues.otherTitle.some((w) => title.includes(` ${w} `))) return 'other';
  const inspects = units.some((u) => mayHaveStem(u.key, cues.inspection) && hasStem(u.key, cues.inspection));
  if (!inspects) return 'other';
  return inputs.hasSubject ? 'inspection' : 'thematic';
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
