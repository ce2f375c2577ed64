// Measures the loads of one scale in its own process:
// `node bench/measure.mjs <yaml-dir> <json-dir> <reps> <procedures> <cache-dir>`.
// Prints one JSON object on stdout. Run by bench/run.mjs; uses the built package in dist/.
// The queries are measured in a fresh process of their own (bench/query-run.mjs).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileCatalog, loadCatalog } from '../dist/index.js';
import { time, timeByTurns } from './timing.mjs';

const [yamlDir, jsonDir, repsArg, proceduresArg, cacheArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
// One unmeasured run first so the JIT is warm, except at the largest scale where a run
// lasts long enough to warm it by itself.
const warmup = Number(proceduresArg ?? 0) >= 100000 ? 0 : 1;
const fastReps = Math.max(7, reps * 3);

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
Object.assign(out, await timeByTurns(reps, { parse: parseAll, cold_serial: () => cold(1), cold_parallel: () => cold('auto') }, warmup));
const { loaded } = out.cold_serial.result;
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

// Warm load: the cache filled by one load (and left for bench/repeat-run.mjs and
// bench/query-run.mjs), then repeat loads.
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

out.bench_peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
for (const v of Object.values(out)) if (v && typeof v === 'object') delete v.result;
process.stdout.write(`${JSON.stringify(out)}\n`);
