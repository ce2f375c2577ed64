import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/core.js', 'dist/core.cjs', 'dist/core.d.ts', 'dist/core.d.cts', 'dist/cli.js'];

/**
 * Makes sure dist/ holds a build. `npm test` builds before running the tests, so this
 * builds only when the tests run on their own and dist/ is missing.
 */
export function ensureBuilt(): void {
  if (OUTPUTS.every((f) => existsSync(`${ROOT}${f}`))) return;
  execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'pipe' });
}
