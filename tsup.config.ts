import { defineConfig } from 'tsup';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', core: 'src/core.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    // One copy of each module shared by both entry points, so that their classes are the same.
    splitting: true,
    // import.meta.url in the CommonJS build (the parse worker is found next to the module).
    shims: true,
    define: { __TTHC_VERSION__: JSON.stringify(pkg.version) },
  },
  {
    entry: { cli: 'src/cli.ts', 'parse-worker': 'src/catalog/parse-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { __TTHC_VERSION__: JSON.stringify(pkg.version) },
  },
]);
