// Run in child processes by cache-load.test.ts: loads a catalog through a shared cache
// folder several times and prints a hash of each result, one a line.
import { createHash } from 'node:crypto';
import { loadCatalog } from '../../src/catalog/load-catalog.js';

const [path, cacheDir, times] = process.argv.slice(2);
for (let i = 0; i < Number(times); i++) {
  const result = await loadCatalog(path, { cacheDir, threads: 1 });
  process.stdout.write(`${createHash('sha256').update(JSON.stringify(result)).digest('hex')}\n`);
}
