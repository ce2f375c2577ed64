// The queries on a loaded catalog, in a fresh process that holds that catalog and nothing
// else, as a user's process (the CLI, a script) would: the blocked analysis for one province
// and for all, the count, and the hand-written typed-array traversal they are held to, all
// timed in this process. `node bench/query-run.mjs <yaml-dir> <cache-dir> <reps>`; loads the
// catalog from the cache filled by bench/measure.mjs and prints one JSON object.
import { analyzeCompiled, compileCatalog, countDependents, evaluateCatalog, loadCatalog } from '../dist/index.js';
import { buildReverseCsr, reverseReach } from './csr-reference.mjs';
import { time, timeByTurns } from './timing.mjs';

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

// The blocked analysis on the compiled catalog (one province, and all provinces), the list
// of results built when first read (every result's status read, as listing them does),
// count --depends-on as a library user (and tthc count) calls it, and the hand-written
// typed-array traversal they are held to: the fast measures, timed by turns.
// The totals of an analysis are counted when first read: read here, as answering "how many
// are blocked" does.
const counted = (result) => {
  void result.totals.blocked;
  return result;
};
const listed = (options) => () => {
  let n = 0;
  for (const r of analyzeCompiled(compiled, options).results) if (r.status === 'blocked') n++;
  return n;
};
// count runs on the compiled catalog, prepared above as for the analysis. The first query
// also builds the catalog's dependence graph in typed arrays and keeps it with the compiled
// catalog (timed apart: count_first); the next ones walk it.
const csr = buildReverseCsr(loaded.catalog);
let first;
{
  const t = performance.now();
  first = countDependents(compiled, TARGET);
  out.count_first = { ms: performance.now() - t };
}
Object.assign(
  out,
  await timeByTurns(
    fastReps,
    {
      evaluate: () => evaluateCatalog(compiled, { at: loaded.catalog.catalog.cutoff, without: [] }),
      one_province: () => counted(analyzeCompiled(compiled, { province: PROVINCE })),
      all_provinces: () => counted(analyzeCompiled(compiled, {})),
      one_province_listed: listed({ province: PROVINCE }),
      count: () => countDependents(compiled, TARGET),
      // A group's codes are filled when the first of them is read: the count with every code read.
      count_with_codes: () => {
        const counts = countDependents(compiled, TARGET);
        let n = 0;
        for (const groups of Object.values(counts.by)) for (const g of groups) n += g.codes.length;
        return n;
      },
      csr: () => reverseReach(csr, TARGET),
    },
    WARM,
  ),
);
out.one_province_results = out.one_province.result.results.length;
out.all_provinces_results = out.all_provinces.result.results.length;
out.blocked = out.all_provinces.result.totals.blocked;
out.count_same_as_first = JSON.stringify(out.count.result) === JSON.stringify(first);
out.count_total = out.count.result.total;
out.csr_total = out.csr.result;
out.csr_edges = csr.edges;
// The traversal once more on its own, many times over with nothing else between: its caches
// stay hot, as they do not when it takes turns with the queries.
out.csr_alone = await time(fastReps * 3, () => reverseReach(csr, TARGET), WARM);

// Slower measures, each on its own: all provinces listed, and explained (explanations are
// built when first read: every one of them read, as printing or serialising the whole
// result does).
out.all_provinces_listed = await time(reps, listed({}), 1);
out.listed_blocked_same = out.all_provinces_listed.result === out.blocked;
out.all_provinces_explained = await time(reps, () => {
  const result = analyzeCompiled(compiled, {});
  let n = 0;
  for (const r of result.results) n += r.requirements.length + r.needs.length;
  return n;
});

// The same count on the catalog itself (the plain path: lookup tables and a path for every
// dependent, built anew by each call), once, and whether it gives the same counts.
out.count_plain = await time(1, () => countDependents(loaded.catalog, TARGET));
out.count_same_as_plain = JSON.stringify(out.count_plain.result) === JSON.stringify(out.count.result);

out.query_peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
for (const v of Object.values(out)) if (v && typeof v === 'object') delete v.result;
process.stdout.write(`${JSON.stringify(out)}\n`);
