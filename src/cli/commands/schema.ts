import { reportSummaryJsonSchema } from '../../schema.js';
import { EXIT } from '../errors.js';

/** Prints the JSON Schema of a summary. */
export function schemaCommand(): number {
  process.stdout.write(`${JSON.stringify(reportSummaryJsonSchema, null, 2)}\n`);
  return EXIT.ok;
}
