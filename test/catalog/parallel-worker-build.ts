import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';

/**
 * Builds a TypeScript entry of the sources into a runnable ES module in a temporary folder
 * inside node_modules/.cache (so it finds the packages it imports), as tsup builds dist/.
 * Tests use it for code that must run outside vitest: worker threads and child processes.
 */
export async function buildForNode(name: string, entry: string): Promise<URL> {
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, `tthc-${name}-`));
  await build({
    config: false,
    entry: { [name]: entry },
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
  return pathToFileURL(join(outDir, `${name}.mjs`));
}

/** The parse worker built from the sources, as dist/parse-worker.js is. */
export function buildParseWorker(): Promise<URL> {
  return buildForNode('parse-worker', 'src/catalog/parse-worker.ts');
}
