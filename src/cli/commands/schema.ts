import { reportSummaryJsonSchema } from '../../schema.js';
import { EXIT } from '../errors.js';
import { printToStdout } from '../output/stdout.js';

/** Prints the JSON Schema of a summary. */
export async function schemaCommand(): Promise<number> {
  await printToStdout(`${JSON.stringify(reportSummaryJsonSchema, null, 2)}\n`);
  return EXIT.ok;
}
