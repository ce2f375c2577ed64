// Measures one scale in its own process:
// `node bench/measure.mjs <yaml-dir> <json-dir> <reps> <procedures> <cache-dir>`.
// Prints one JSON object on stdout. Run by bench/run.mjs; uses the built package in dist/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as tthc from '../dist/index.js';
import { buildReverseCsr, reverseReach } from './csr-reference.mjs';

const { analyzeCompiled, compileCatalog, countDependents, evaluateCatalog, loadCatalog } = tthc;
const [yamlDir, jsonDir, repsArg, proceduresArg, cacheArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
// One unmeasured run first so the JIT is warm, except at the largest scale where a run
// lasts long enough to warm it by itself.
const warmup = Number(proceduresArg ?? 0) >= 100000 ? 0 : 1;
const fastReps = Math.max(7, reps * 3);
const TARGET = 'so-ho-khau';
const PROVINCE = 'HN';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Runs `fn` `n` times (after `warm` unmeasured runs) and returns the median time in ms and the last result. */
async function time(n, fn, warm = 0) {
  let result;
  for (let i = 0; i < warm; i++) result = await fn();
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    result = await fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), all: ms.map((x) => Math.round(x * 10) / 10), result };
}
const files = (dir, ext) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => ext.test(p) && !p.startsWith('.'))
    .map((p) => join(dir, p));

const out = { reps };

// The YAML parse itself: yaml's parser on every file of the catalog.
const yamlTexts = files(yamlDir, /\.ya?ml$/).map((f) => readFileSync(f, 'utf8'));
out.bytes_yaml = yamlTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Cold load: read, parse, validate, merge and check; then compile for the analysis (build).
const cold = async (threads) => {
  const loaded = await loadCatalog(yamlDir, { threads });
  const t = performance.now();
  const compiled = compileCatalog(loaded.catalog);
  return { loaded, compiled, compileMs: performance.now() - t };
};
// The three slow measures take turns, repetition by repetition, so that a change in what
// else the machine is doing weighs on each of them alike.
const parseAll = () => {
  for (const t of yamlTexts) parseYaml(t);
};
const slow = { parse: [], cold_serial: [], cold_parallel: [] };
let last;
for (let i = 0; i < warmup + reps; i++) {
  for (const [name, fn] of [['parse', parseAll], ['cold_serial', () => cold(1)], ['cold_parallel', () => cold('auto')]]) {
    const t = performance.now();
    const result = await fn();
    if (i >= warmup) slow[name].push(performance.now() - t);
    if (name !== 'parse') last = { ...last, [name]: result };
  }
}
for (const name of Object.keys(slow)) out[name] = { ms: median(slow[name]), all: slow[name].map((x) => Math.round(x)) };
out.cold_serial.result = last.cold_serial;
out.cold_parallel.result = last.cold_parallel;
const { loaded, compiled } = out.cold_serial.result;
out.compile_ms = out.cold_serial.result.compileMs;
out.procedures = loaded.catalog.procedures.length;
out.diagnostics = loaded.diagnostics.length;
out.errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
const parallelSame = JSON.stringify(out.cold_parallel.result.loaded) === JSON.stringify(loaded);
delete out.cold_serial.result;
delete out.cold_parallel.result;
out.parallel_same_result = parallelSame;

// JSON.parse of the same catalog serialised as JSON: the limit for loading it.
const catalogJson = JSON.stringify(loaded.catalog);
out.bytes_json = Buffer.byteLength(catalogJson);
out.json_parse = await time(fastReps, () => JSON.parse(catalogJson), 1);

// Warm load: the cache filled by one load, then repeat loads.
// Warm load: the cache filled by one load (and left for bench/repeat-run.mjs), then repeat loads.
const cacheDir = cacheArg ?? mkdtempSync(join(tmpdir(), 'tthc-bench-cache-'));
try {
  await loadCatalog(yamlDir, { cacheDir });
  out.warm = await time(fastReps, () => loadCatalog(yamlDir, { cacheDir }), 1);
  out.warm_same_result = JSON.stringify(out.warm.result) === JSON.stringify(loaded);
  delete out.warm.result;
} finally {
  if (cacheArg === undefined) rmSync(cacheDir, { recursive: true, force: true });
}

// The catalog written as .json files: loading it against JSON.parse of the same files.
const jsonFiles = files(jsonDir, /\.json$/);
const jsonTexts = jsonFiles.map((f) => readFileSync(f, 'utf8'));
out.json_files_parse = await time(fastReps, () => {
  for (const t of jsonTexts) JSON.parse(t);
}, 1);
// The least any loader must do with the files: read them, decode UTF-8, JSON.parse.
out.json_files_read_parse = await time(fastReps, () => {
  for (const f of jsonFiles) JSON.parse(readFileSync(f, 'utf8'));
}, 1);
out.json_catalog = await time(fastReps, () => loadCatalog(jsonDir), 1);
out.json_same_catalog = JSON.stringify(out.json_catalog.result.catalog) === catalogJson;
delete out.json_catalog.result;

// The blocked analysis on the compiled catalog: one province, and all provinces.
out.evaluate = await time(fastReps, () => evaluateCatalog(compiled, { at: loaded.catalog.catalog.cutoff, without: [] }), 1);
delete out.evaluate.result;
out.one_province = await time(fastReps, () => analyzeCompiled(compiled, { province: PROVINCE }), 1);
out.one_province_results = out.one_province.result.results.length;
delete out.one_province.result;
out.all_provinces = await time(fastReps, () => analyzeCompiled(compiled, {}), 1);
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
out.one_province_listed = await time(fastReps, listed({ province: PROVINCE }), 1);
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
  out.count = await time(fastReps, () => countDependents(compiled, TARGET));
  out.count_same_as_first = JSON.stringify(out.count.result) === JSON.stringify(first);
  // A group's codes are filled when the first of them is read: the count with every code read.
  out.count_with_codes = await time(fastReps, () => {
    const counts = countDependents(compiled, TARGET);
    let n = 0;
    for (const groups of Object.values(counts.by)) for (const g of groups) n += g.codes.length;
    return n;
  });
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
out.csr = await time(fastReps * 3, () => reverseReach(csr, TARGET), 5);
out.csr_total = out.csr.result;
out.csr_edges = csr.edges;
delete out.csr.result;

out.bench_peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
for (const v of Object.values(out)) if (v && typeof v === 'object') delete v.result;
process.stdout.write(`${JSON.stringify(out)}\n`);
