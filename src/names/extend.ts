import { z } from 'zod';
import { ChildfirstError } from '../errors.js';
import { parseLexicon } from '../lexicons.js';
import { expansionKey } from './acronyms.js';
import { phraseKeys } from './keys.js';
import { acronymSchema, areaSchema, jointAreaSchema, type AcronymsFile, type AreasFile } from './lexicon.js';

/** Extra areas, in the format of `lexicons/areas.json` (every field optional). */
export const userAreasSchema = z.strictObject({
  areas: z.array(areaSchema).optional(),
  joint: z.array(jointAreaSchema).optional(),
  blockers: z.array(z.string().trim().min(1)).optional(),
});

/** Extra acronyms, in the format of `lexicons/acronyms.json`. */
export const userAcronymsSchema = z.strictObject({ acronyms: z.array(acronymSchema) });

/** Extra areas for `createAnalyzer({ areas })`. */
export type AreasInput = z.input<typeof userAreasSchema>;
/** Extra acronyms for `createAnalyzer({ acronyms })`. */
export type AcronymsInput = z.input<typeof userAcronymsSchema>;

/** Throws `invalid-lexicon` for an entry that repeats a known one. */
function duplicate(where: string, expected: string, got: string, known: string): never {
  throw new ChildfirstError('invalid-lexicon', `${where}: expected ${expected}, got "${got}", ${known}`);
}

/** Records each key once, throwing on a repeat. */
class Owners {
  private readonly owners = new Map<string, string>();
  constructor(private readonly expected: string) {}
  add(key: string, owner: string, where?: string, got?: string): void {
    const known = this.owners.get(key);
    if (known !== undefined && where !== undefined) duplicate(where, this.expected, got ?? key, `already ${known}`);
    this.owners.set(key, owner);
  }
}

/**
 * The bundled areas plus the user's (`options.areas`), validated. A name, alias, code or joint name the gazetteer
 * already knows throws `invalid-lexicon`, as does a joint member that names no known area.
 */
export function extendAreas(bundled: AreasFile, data: unknown): AreasFile {
  const extra = parseLexicon(userAreasSchema, data, 'options.areas');
  const names = new Owners('a name the gazetteer does not know yet');
  const codes = new Owners('a code no area has yet');
  const key = (name: string): string => phraseKeys(name).join(' ');
  for (const a of bundled.areas) {
    for (const n of [a.name, ...(a.aliases ?? [])]) names.add(key(n), `bundled for ${a.name}`);
    codes.add(a.code, `bundled for ${a.name}`);
  }
  for (const j of bundled.joint) names.add(key(j.name), 'bundled as a joint area');
  const canonical = new Set(bundled.areas.map((a) => a.name));
  (extra.areas ?? []).forEach((a, i) => {
    [a.name, ...(a.aliases ?? [])].forEach((n, k) =>
      names.add(
        key(n),
        `given for ${a.name}`,
        `options.areas at areas.${i}.${k === 0 ? 'name' : `aliases.${k - 1}`}`,
        n,
      ),
    );
    codes.add(a.code, `given for ${a.name}`, `options.areas at areas.${i}.code`, a.code);
    canonical.add(a.name);
  });
  (extra.joint ?? []).forEach((j, i) => {
    names.add(key(j.name), 'given as a joint area', `options.areas at joint.${i}.name`, j.name);
    j.members.forEach((m, k) => {
      if (!canonical.has(m))
        duplicate(`options.areas at joint.${i}.members.${k}`, 'the name of a known area', m, 'which is none');
    });
  });
  return {
    areas: [...bundled.areas, ...(extra.areas ?? [])],
    joint: [...bundled.joint, ...(extra.joint ?? [])],
    blockers: [...bundled.blockers, ...(extra.blockers ?? [])],
  };
}

/**
 * The bundled acronyms plus the user's (`options.acronyms`); a form or an expansion already known throws
 * `invalid-lexicon` (an expansion names one acronym, which organisations take).
 */
export function extendAcronyms(bundled: AcronymsFile, data: unknown): AcronymsFile {
  const extra = parseLexicon(userAcronymsSchema, data, 'options.acronyms');
  const forms = new Owners('an acronym the glossary does not know yet');
  const expansions = new Owners('an expansion the glossary does not know yet');
  for (const e of bundled.acronyms) {
    for (const f of [e.acronym, ...(e.variants ?? [])]) forms.add(f, `bundled for ${e.expansion}`);
    expansions.add(expansionKey(e.expansion), `bundled for ${e.acronym}`);
  }
  extra.acronyms.forEach((e, i) => {
    const where = `options.acronyms at acronyms.${i}`;
    forms.add(e.acronym, `given for ${e.expansion}`, `${where}.acronym`, e.acronym);
    (e.variants ?? []).forEach((v, k) => forms.add(v, `given for ${e.expansion}`, `${where}.variants.${k}`, v));
    expansions.add(expansionKey(e.expansion), `given for ${e.acronym}`, `${where}.expansion`, e.expansion);
  });
  return { acronyms: [...bundled.acronyms, ...extra.acronyms] };
}
