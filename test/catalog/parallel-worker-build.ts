import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';

/**
 * Builds the parse worker from the sources into a temporary folder, as tsup builds it for
 * dist/, so tests run the worker code they are testing (vitest cannot start a worker from
 * TypeScript). The folder is inside node_modules/.cache so the worker finds the packages
 * it imports. Returns the worker's URL.
 */
export async function buildParseWorker(): Promise<URL> {
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'tthc-parse-worker-'));
  await build({
    config: false,
    entry: { 'parse-worker': 'src/catalog/parse-worker.ts' },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    silent: true,
    dts: false,
    sourcemap: false,
    clean: false,
    outExtension: () => ({ js: '.mjs' }),
  });
  return pathToFileURL(join(outDir, 'parse-worker.mjs'));
}
