import madge from 'madge';
import { describe, expect, it } from 'vitest';

/** The files `entry` loads when it runs, through static imports only (type-only and `import()` left out). */
async function staticallyLoaded(entry: string): Promise<string[]> {
  const skip = { skipTypeImports: true, skipAsyncImports: true };
  const graph = await madge(entry, {
    fileExtensions: ['ts'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: skip, es6: skip },
  });
  return Object.keys(graph.obj());
}

describe('the command line main thread', () => {
  it.each(['src/cli/program.ts', 'src/cli/commands/batch.ts'])(
    '%s never loads the library entry, its schemas or the NLP model (the workers do), only plain data',
    async (entry) => {
      const loaded = await staticallyLoaded(entry);
      expect(loaded.length).toBeGreaterThan(1);
      expect(loaded.filter((file) => /(?:^|\/)(?:index|analyzer|schema)\.ts$|(?:^|\/)nlp\//.test(file))).toEqual([]);
    },
  );
});
