import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const external = Object.keys(pkg.dependencies);

/** What the two Node-side builds of the command line share. */
const nodeBuild = {
  sourcemap: true,
  clean: false,
  target: 'node20',
  platform: 'node',
  external,
  define: { __CHILDFIRST_VERSION__: JSON.stringify(pkg.version) },
} as const;

export default defineConfig([
  {
    // The library: browser-safe, no Node built-ins.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // No `clean` in any config: tsup runs them in parallel and a cleaning one would delete the others'
    // files (its .d.ts clean-up runs late). `npm run build` empties dist/ before tsup instead.
    clean: false,
    target: 'node20',
    platform: 'neutral',
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod'],
  },
  {
    // The command line (bin `childfirst`, export `childfirst/cli`) and its worker thread, ESM for Node.
    // Commands are code-split so `--version` loads only commander.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker/main.ts', 'cli-api': 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: { 'cli-api': 'src/cli/index.ts' } },
    splitting: true,
    ...nodeBuild,
  },
  {
    // `require('childfirst/cli')`: the same API as CommonJS; it starts the ESM worker above.
    entry: { 'cli-api': 'src/cli/index.ts' },
    format: ['cjs'],
    dts: true,
    shims: true,
    ...nodeBuild,
  },
]);
