// One full cold run in a fresh process, as a user's first question would run it: load the
// catalog (default options: parallel when large, no cache), compile it, analyse every
// province and explain what is blocked (as `tthc blocked` prints it), and count what
// depends on the household book. Prints the times and the
// process's peak resident memory (worker threads included) as JSON.
// `node bench/full-run.mjs <catalog-dir>`
import * as tthc from '../dist/index.js';

const { analyzeCompiled, compileCatalog, countDependents, loadCatalog } = tthc;

const dir = process.argv[2];
const t0 = performance.now();
const loaded = await loadCatalog(dir);
const t1 = performance.now();
const compiled = compileCatalog(loaded.catalog);
const t2 = performance.now();
const result = analyzeCompiled(compiled, {});
let explained = 0;
for (const r of result.results) if (r.status === 'blocked') explained += r.requirements.length + r.needs.length;
const t3 = performance.now();
const counts = countDependents(loaded.catalog, 'so-ho-khau');
const t4 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    total_ms: t4 - t0,
    load_ms: t1 - t0,
    compile_ms: t2 - t1,
    analyze_ms: t3 - t2,
    count_ms: t4 - t3,
    evaluations: result.results.length,
    explained,
    dependents: counts.total,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
