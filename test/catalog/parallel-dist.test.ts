import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, writeCatalog } from '../../bench/generate.mjs';
import { ensureBuilt, ROOT } from '../package/built-package.js';

// The built package finds its parse worker (dist/parse-worker.js) from the ES module and
// from the CommonJS build, and gives the same result with workers as without.

let dir: string;

beforeAll(() => {
  ensureBuilt();
  if (!existsSync(join(ROOT, 'dist', 'parse-worker.js'))) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'tthc-parallel-dist-'));
  writeCatalog(join(dir, 'catalog'), generateCatalog({ procedures: 200, seed: 5 }), 'yaml');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const script = (load: string) => `
${load}
let workers = 0;
process.on('worker', () => workers++);
const path = process.argv[process.argv.length - 1];
(async () => {
  const one = await loadCatalog(path, { threads: 1 });
  const before = workers;
  const two = await loadCatalog(path, { threads: 2 });
  console.log(JSON.stringify({ serial: before, parallel: workers - before, same: JSON.stringify(one) === JSON.stringify(two), ok: two.ok }));
})();
`;

describe('the built package', () => {
  for (const [kind, load, ext] of [
    ['ES module', `import { loadCatalog } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};`, 'mjs'],
    ['CommonJS', `const { loadCatalog } = require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))});`, 'cjs'],
  ] as const) {
    it(`parses in worker threads when asked, with the same result (${kind})`, () => {
      const out = execFileSync(process.execPath, [`--input-type=${ext === 'mjs' ? 'module' : 'commonjs'}`, '-e', script(load), join(dir, 'catalog')], {
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual({ serial: 0, parallel: 2, same: true, ok: true });
    });
  }
});
