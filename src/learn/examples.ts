import { z } from 'zod';
import { ChildfirstError } from '../errors.js';
import { preview } from '../lexicons.js';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const code = z.string().regex(kebab, 'expected a kebab-case code such as "mental-health"');

/** A coded passage: `codes: []` marks a negative example. `doc` groups passages of one document for cross-validation. */
export const codedSegmentSchema = z.strictObject({
  text: z.string(),
  codes: z.array(code),
  doc: z.string().min(1).optional(),
});

/** A whole coded document, as `evaluate`'s gold format gives it: each code with an evidence quote from `text`. */
export const codedDocumentSchema = z.looseObject({
  id: z.string().min(1).optional(),
  text: z.string(),
  themes: z.record(code, z.string().trim().min(1, 'expected a non-empty evidence quote')),
  optional: z.array(code).optional(),
});

export type CodedSegment = z.input<typeof codedSegmentSchema>;
export type CodedDocument = z.input<typeof codedDocumentSchema>;

/** Examples to learn from: coded segments, or coded documents in the gold format. */
export type LearnExamples = readonly CodedSegment[] | readonly CodedDocument[];

/** Validated examples, tagged with their format. */
export type ReadExamples =
  | { readonly format: 'segments'; readonly items: z.output<typeof codedSegmentSchema>[] }
  | { readonly format: 'documents'; readonly items: z.output<typeof codedDocumentSchema>[] };

/** Validates examples: one format throughout, chosen by the first example (`codes` → segments, `themes` → documents). */
export function readExamples(examples: unknown): ReadExamples {
  if (!Array.isArray(examples) || examples.length === 0) {
    throw invalid(`examples: expected a non-empty array of coded examples, got ${preview(examples)}`);
  }
  const first: unknown = examples[0];
  const isObject = typeof first === 'object' && first !== null;
  if (isObject && 'codes' in first)
    return { format: 'segments', items: examples.map((e, i) => check(codedSegmentSchema, e, i)) };
  if (isObject && 'themes' in first)
    return { format: 'documents', items: examples.map((e, i) => check(codedDocumentSchema, e, i)) };
  throw invalid(
    `examples[0]: expected a coded segment {text, codes} or a coded document {text, themes}, got ${preview(first)}`,
  );
}

function check<S extends z.ZodType>(schema: S, data: unknown, index: number): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [index, ...(issue?.path ?? [])].map(String).join('.');
  const message = (issue?.message ?? 'invalid').replace(/^Invalid (input|option): /, '');
  return throwInvalid(`examples.${path}: ${message} (in ${preview(data)})`);
}

function throwInvalid(message: string): never {
  throw invalid(message);
}

/** The error for examples the learner cannot use. */
export function invalid(message: string): ChildfirstError {
  return new ChildfirstError('invalid-examples', message);
}
