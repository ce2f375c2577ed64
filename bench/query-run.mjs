// The queries on a loaded catalog, in a fresh process that holds that catalog and nothing
// else, as a user's process (the CLI, a script) would: the blocked analysis for one province
// and for all, the count, and the hand-written typed-array traversal they are held to, all
// timed in this process. `node bench/query-run.mjs <yaml-dir> <cache-dir> <reps>`; loads the
// catalog from the cache filled by bench/measure.mjs and prints one JSON object.
import { analyzeCompiled, compileCatalog, countDependents, evaluateCatalog, loadCatalog } from '../dist/index.js';
import { buildReverseCsr, reverseReach } from './csr-reference.mjs';
import { time } from './timing.mjs';

const [yamlDir, cacheDir, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
const fastReps = Math.max(7, reps * 3);
// Unmeasured runs before the fast measures, the same for each and for the traversal they are
// held to, so that each is timed with its code optimised.
const WARM = 5;
const TARGET = 'so-ho-khau';
const PROVINCE = 'HN';

const loaded = await loadCatalog(yamlDir, { cacheDir });
const compiled = compileCatalog(loaded.catalog);
const out = { reps };

// The blocked analysis on the compiled catalog: one province, and all provinces.
out.evaluate = await time(fastReps, () => evaluateCatalog(compiled, { at: loaded.catalog.catalog.cutoff, without: [] }), WARM);
delete out.evaluate.result;
out.one_province = await time(fastReps, () => analyzeCompiled(compiled, { province: PROVINCE }), WARM);
out.one_province_results = out.one_province.result.results.length;
delete out.one_province.result;
out.all_provinces = await time(fastReps, () => analyzeCompiled(compiled, {}), WARM);
out.all_provinces_results = out.all_provinces.result.results.length;
out.blocked = out.all_provinces.result.totals.blocked;
delete out.all_provinces.result;
// The list of results is built when first read: the same analyses with every result's
// status read, as listing them does.
const listed = (options) => () => {
  let n = 0;
  for (const r of analyzeCompiled(compiled, options).results) if (r.status === 'blocked') n++;
  return n;
};
out.one_province_listed = await time(fastReps, listed({ province: PROVINCE }), WARM);
out.all_provinces_listed = await time(reps, listed({}), 1);
out.listed_blocked_same = out.all_provinces_listed.result === out.blocked;
// Explanations are built when first read: the same analysis with every one of them read,
// as printing or serialising the whole result does.
out.all_provinces_explained = await time(reps, () => {
  const result = analyzeCompiled(compiled, {});
  let n = 0;
  for (const r of result.results) n += r.requirements.length + r.needs.length;
  return n;
});
delete out.all_provinces_explained.result;

// count --depends-on as a library user (and tthc count) calls it: on the compiled catalog,
// prepared above as for the analysis. The first query also builds the catalog's dependence
// graph in typed arrays and keeps it with the compiled catalog (timed apart: count_first);
// the next ones walk it. Then the hand-written typed-array traversal of the same graph.
{
  const t = performance.now();
  const first = countDependents(compiled, TARGET);
  out.count_first = { ms: performance.now() - t };
  out.count = await time(fastReps, () => countDependents(compiled, TARGET), WARM);
  out.count_same_as_first = JSON.stringify(out.count.result) === JSON.stringify(first);
  // A group's codes are filled when the first of them is read: the count with every code read.
  out.count_with_codes = await time(fastReps, () => {
    const counts = countDependents(compiled, TARGET);
    let n = 0;
    for (const groups of Object.values(counts.by)) for (const g of groups) n += g.codes.length;
    return n;
  }, WARM);
  delete out.count_with_codes.result;
}
out.count_total = out.count.result.total;
// The same count on the catalog itself (the plain path: lookup tables and a path for every
// dependent, built anew by each call), once, and whether it gives the same counts.
out.count_plain = await time(1, () => countDependents(loaded.catalog, TARGET));
out.count_same_as_plain = JSON.stringify(out.count_plain.result) === JSON.stringify(out.count.result);
delete out.count.result;
delete out.count_plain.result;
const csr = buildReverseCsr(loaded.catalog);
out.csr = await time(fastReps * 3, () => reverseReach(csr, TARGET), WARM);
out.csr_total = out.csr.result;
out.csr_edges = csr.edges;
delete out.csr.result;

out.query_peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
for (const v of Object.values(out)) if (v && typeof v === 'object') delete v.result;
process.stdout.write(`${JSON.stringify(out)}\n`);
