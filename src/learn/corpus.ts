import type { ReadExamples } from './examples.js';
import { invalid } from './examples.js';
import { gramsOf } from './grams.js';
import { keyTokens, parse, type ParsedDoc, type TokenKeys } from './words.js';

/** One segment: its n-gram keys, its codes and the document it belongs to. No text is kept. */
export interface Segment {
  readonly grams: readonly string[];
  readonly codes: ReadonlySet<string>;
  readonly doc: number;
}

/** One document: the codes it carries (presence) and those coded as borderline (neither rewarded nor penalised). */
export interface Doc {
  readonly id: string;
  readonly codes: ReadonlySet<string>;
  readonly optional: ReadonlySet<string>;
}

/** The examples as the learner reads them. `surfaces` counts how each n-gram was written in positive segments. */
export interface Corpus {
  readonly segments: readonly Segment[];
  readonly docs: readonly Doc[];
  readonly codes: readonly string[];
  readonly surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Parses the examples into segments of n-gram keys. */
export function buildCorpus(examples: ReadExamples, maxWords: number): Corpus {
  const builder = new Builder(maxWords);
  if (examples.format === 'segments') {
    examples.items.forEach((item, i) => {
      const doc = builder.doc(item.doc ?? `#${i}`);
      const parsed = parse(item.text);
      builder.segment(parsed, keyTokens(parsed), 0, parsed.tokens.length, new Set(item.codes), doc);
    });
  } else {
    examples.items.forEach((item, i) => addDocument(builder, item, i));
  }
  return builder.done();
}

function addDocument(
  builder: Builder,
  item: { id?: string | undefined; text: string; themes: Record<string, string>; optional?: string[] | undefined },
  index: number,
): void {
  const id = item.id ?? `#${index}`;
  // each coded document is a document of its own, even when two gold sets reuse an id
  const doc = builder.doc(`#${index}`, new Set(item.optional ?? []));
  const parsed = parse(item.text);
  const haystack = letters(item.text);
  const spans = Object.entries(item.themes).map(([code, quote]) => {
    const span = locate(haystack, quote);
    if (!span)
      throw invalid(
        `examples.${index}.themes.${code}: expected a quote found in the text of "${id}", got ${JSON.stringify(quote.slice(0, 80))}`,
      );
    return { code, ...span };
  });
  const keys = keyTokens(parsed);
  for (const s of parsed.sentences) {
    const codes = new Set(spans.filter((q) => q.start < s.end && q.end > s.start).map((q) => q.code));
    builder.segment(parsed, keys, s.first, s.last, codes, doc);
  }
}

/** Where `quote` sits in a text (its {@link letters}), comparing letters and digits only and ignoring case. */
function locate({ chars, at }: Letters, quote: string): { start: number; end: number } | undefined {
  const needle = letters(quote).chars;
  if (needle === '') return undefined;
  const found = chars.indexOf(needle);
  if (found < 0) return undefined;
  return { start: at[found] ?? 0, end: (at[found + needle.length - 1] ?? 0) + 1 };
}

/** A text's letters and digits in lower case, with the offset of each in the text. */
interface Letters {
  readonly chars: string;
  readonly at: readonly number[];
}

function letters(text: string): Letters {
  const at: number[] = [];
  let chars = '';
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (/[\p{L}\p{N}]/u.test(c)) {
      chars += c;
      at.push(i);
    }
  }
  return { chars, at };
}

class Builder {
  private readonly segments: Segment[] = [];
  private readonly docs: Doc[] = [];
  private readonly docIndex = new Map<string, number>();
  private readonly surfaces = new Map<string, Map<string, number>>();
  constructor(private readonly maxWords: number) {}

  doc(id: string, optional: ReadonlySet<string> = new Set()): number {
    let index = this.docIndex.get(id);
    if (index === undefined) {
      index = this.docs.length;
      this.docIndex.set(id, index);
      this.docs.push({ id, codes: new Set(), optional });
    }
    return index;
  }

  segment(
    parsed: ParsedDoc,
    keys: TokenKeys,
    first: number,
    last: number,
    codes: ReadonlySet<string>,
    doc: number,
  ): void {
    const grams = gramsOf(parsed, keys, first, last, this.maxWords);
    for (const code of codes) (this.docs[doc]?.codes as Set<string>).add(code);
    if (codes.size > 0) for (const g of grams) this.countSurface(g.key, g.surface);
    this.segments.push({ grams: grams.map((g) => g.key), codes, doc });
  }

  private countSurface(key: string, surface: string): void {
    let forms = this.surfaces.get(key);
    if (!forms) this.surfaces.set(key, (forms = new Map()));
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
  }

  done(): Corpus {
    const codes = new Set<string>();
    for (const d of this.docs) for (const c of d.codes) codes.add(c);
    return { segments: this.segments, docs: this.docs, codes: [...codes].sort(), surfaces: this.surfaces };
  }
}
