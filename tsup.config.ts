import { defineConfig } from 'tsup';
import { readFileSync } from 'node:fs';
import { sourceDigest } from './scripts/source-digest.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

// What the build is made of, for keying cached loads: the package version and a digest of
// its sources (a build from a checkout between two releases keeps the version).
const define = {
  __TTHC_VERSION__: JSON.stringify(pkg.version),
  __TTHC_SOURCES__: JSON.stringify(sourceDigest('.')),
};

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
    define,
  },
  {
    entry: { cli: 'src/cli.ts', 'parse-worker': 'src/catalog/parse-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
]);
