import { reportSummaryJsonSchema } from '../../index.js';
import { EXIT } from '../errors.js';
import { reportRecordJsonSchema } from '../output/record-schema.js';
import { printToStdout } from '../output/stdout.js';

/** What `childfirst schema` can print: one summary, or one record of `analyze` (a summary or an error record). */
export type SchemaName = 'summary' | 'record';

/** Prints the JSON Schema of a summary or of a whole record. */
export async function schemaCommand(which: SchemaName): Promise<number> {
  const schema = which === 'record' ? reportRecordJsonSchema : reportSummaryJsonSchema;
  await printToStdout(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
