// The benchmark: `npm run bench [-- --json] [--quick] [--scales 1000,10000,100000] [--reps N] [--no-build]`.
//
// For each scale it generates (once, into bench/out/) a synthetic national catalog in YAML
// and in JSON, measures its loads in a fresh process against the built package
// (bench/measure.mjs), a repeat run (bench/repeat-run.mjs) in another, the queries
// (bench/query-run.mjs) in three more, runs full cold runs in fresh processes for peak
// memory (bench/full-run.mjs), and
// prints each measure as a ratio to its limit. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuCapacity, cpuPressure } from './cpu-capacity.mjs';
import { ensureCatalog } from './generate.mjs';
import { median } from './timing.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const asJson = flag('--json');
const scales = value('--scales', flag('--quick') ? '1000,10000' : '1000,10000,100000').split(',').map(Number);
const repsFor = (n) => Number(value('--reps', n >= 10000 ? 3 : 5));
const log = (s) => process.stderr.write(`${s}\n`);

const TARGETS = {
  cold_overhead: { max: 0.3, show: '≤ +30%' },
  parallel_speedup: { min: 1.6, show: '≥ 1.6×' },
  warm_vs_json: { max: 2, show: '≤ 2×' },
  json_catalog_vs_json: { max: 1.5, show: '≤ 1.5×' },
  all_provinces_vs_one: { max: 3, show: '≤ 3×' },
  one_province_vs_csr: { max: 5, show: '≤ 5×' },
  count_vs_csr: { max: 3, show: '≤ 3×' },
  peak_rss_mb: { max: 1500, show: '< 1500 MB' },
  growth_10x: { max: 12, show: '≤ 12×' },
};
const TARGET_SCALE = 100000;
// The queries are timed in this many fresh processes, and each of their figures is the median
// of the processes' own: from one process to the next the same query's time moves more than
// within one (3.6 to 7.0 ms for one province in three processes on one build), so a ratio
// of two queries is taken within each process and the median of the processes' is reported.
const QUERY_PROCESSES = 3;

function newestMtime(dir) {
  let newest = 0;
  for (const p of readdirSync(dir, { recursive: true })) {
    const s = statSync(join(dir, String(p)));
    if (s.isFile()) newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const dist = join(root, 'dist', 'index.js');
  const worker = join(root, 'dist', 'parse-worker.js');
  const stale = !existsSync(dist) || !existsSync(worker) || statSync(dist).mtimeMs < newestMtime(join(root, 'src'));
  if (!stale) return;
  if (flag('--no-build')) {
    log('warning: dist/ is missing or older than src/; measuring it anyway (--no-build).');
    return;
  }
  log('Building the package (dist/ is missing or older than src/)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    log('The build failed; fix it or run with --no-build.');
    process.exit(1);
  }
}

function node(script, scriptArgs) {
  const r = spawnSync(process.execPath, [join(here, script), ...scriptArgs], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status}).`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function measureScale(procedures) {
  const yamlDir = join(here, 'out', `${procedures}-yaml`);
  const jsonDir = join(here, 'out', `${procedures}-json`);
  log(`\n${procedures.toLocaleString('en')} procedures:`);
  const info = ensureCatalog(yamlDir, { procedures, format: 'yaml' });
  const json = ensureCatalog(jsonDir, { procedures, format: 'json' });
  const how = info.generated || json.generated ? 'generated now' : 'reused (same generator, size and seed)';
  log(`  catalogs in ${relative(root, yamlDir)} and ${relative(root, jsonDir)}: ${how}`);
  const reps = repsFor(procedures);
  const capacity = await cpuCapacity(2);
  const pressure = cpuPressure(readFileSync);
  log(`  CPU available: ${capacity} of 2 cores${pressure === null ? '' : ` (CPU pressure ${pressure}%)`}`);
  log(`  measuring (${reps} repetitions of each load, more of the fast measures)…`);
  const cacheDir = mkdtempSync(join(tmpdir(), 'tthc-bench-cache-'));
  let m;
  let repeat;
  let queries;
  try {
    m = node('measure.mjs', [yamlDir, jsonDir, String(reps), String(procedures), cacheDir]);
    log('  a repeat run in a fresh process (cache, .json catalog)…');
    repeat = node('repeat-run.mjs', [yamlDir, jsonDir, cacheDir, String(Math.max(7, reps * 3))]);
    log(`  the queries in ${QUERY_PROCESSES} fresh processes (analysis, count, the traversal)…`);
    queries = Array.from({ length: QUERY_PROCESSES }, () => node('query-run.mjs', [yamlDir, cacheDir, String(reps)]));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  log('  full cold runs in fresh processes…');
  const runs = Array.from({ length: reps }, () => node('full-run.mjs', [yamlDir]));
  const capacityAfter = await cpuCapacity(2);
  const q = mergedQueries(queries);
  // A ratio of two queries: taken in each process, then the median of those.
  const byProcess = (f) => queries.map((x) => round(f(x), 2));
  const qRatio = (f, digits) => round(median(queries.map(f)), digits);
  log(`  CPU available afterwards: ${capacityAfter} of 2 cores`);
  const full = {
    total_ms: median(runs.map((r) => r.total_ms)),
    load_ms: median(runs.map((r) => r.load_ms)),
    compile_ms: median(runs.map((r) => r.compile_ms)),
    analyze_ms: median(runs.map((r) => r.analyze_ms)),
    count_ms: median(runs.map((r) => r.count_ms)),
    peak_rss_mb: Math.max(...runs.map((r) => r.peak_rss_mb)),
  };
  const figures = {
    procedures,
    files: info.files,
    mb_yaml: round(m.bytes_yaml / 1e6, 1),
    mb_json: round(m.bytes_json / 1e6, 1),
    cold_overhead: round((m.cold_serial.ms - m.parse.ms) / m.parse.ms, 3),
    parallel_speedup: round(m.cold_serial.ms / m.cold_parallel.ms, 2),
    warm_vs_json: round(repeat.warm / repeat.json_parse, 2),
    json_catalog_vs_json: round(repeat.json_catalog / repeat.json_files_parse, 2),
    json_catalog_vs_read_and_parse: round(repeat.json_catalog / repeat.json_files_read_parse, 2),
    json_read_parse_kept_vs_json: round(repeat.json_files_read_parse_kept / repeat.json_files_parse, 2),
    json_catalog_vs_read_parse_kept: round(repeat.json_catalog / repeat.json_files_read_parse_kept, 2),
    warm_vs_json_in_bench_process: round(m.warm.ms / m.json_parse.ms, 2),
    json_catalog_vs_json_in_bench_process: round(m.json_catalog.ms / m.json_files_parse.ms, 2),
    all_provinces_vs_one: qRatio((x) => x.all_provinces.ms / x.one_province.ms, 2),
    one_province_vs_csr: qRatio((x) => x.one_province.ms / x.csr.ms, 1),
    all_provinces_vs_one_listed: qRatio((x) => x.all_provinces_listed.ms / x.one_province_listed.ms, 2),
    count_vs_csr: qRatio((x) => x.count.ms / x.csr.ms, 1),
    one_province_vs_csr_alone: qRatio((x) => x.one_province.ms / x.csr_alone.ms, 1),
    count_vs_csr_alone: qRatio((x) => x.count.ms / x.csr_alone.ms, 1),
    queries_by_process: {
      all_provinces_vs_one: byProcess((x) => x.all_provinces.ms / x.one_province.ms),
      one_province_vs_csr: byProcess((x) => x.one_province.ms / x.csr.ms),
      count_vs_csr: byProcess((x) => x.count.ms / x.csr.ms),
      one_province_ms: byProcess((x) => x.one_province.ms),
      all_provinces_ms: byProcess((x) => x.all_provinces.ms),
    },
    peak_rss_mb: full.peak_rss_mb,
    full_cold_run_ms: Math.round(full.total_ms),
    cpu_capacity: round((capacity + capacityAfter) / 2, 2),
    cpu_capacity_before_after: [capacity, capacityAfter],
    cpu_pressure_avg60: pressure,
    checks: {
      parallel_same_result: m.parallel_same_result,
      warm_same_result: m.warm_same_result,
      json_same_catalog: m.json_same_catalog,
      count_equals_csr: queries.every((x) => x.count_total === x.csr_total),
      count_same_as_plain: q.count_same_as_plain,
      listed_same_as_totals: q.listed_blocked_same,
      count_repeats_same: q.count_same_as_first,
      errors_in_catalog: m.errors,
    },
    ms: {
      yaml_parse: round(m.parse.ms),
      cold_serial: round(m.cold_serial.ms),
      cold_parallel: round(m.cold_parallel.ms),
      compile: round(m.compile_ms),
      json_parse: round(repeat.json_parse, 1),
      warm: round(repeat.warm, 1),
      json_files_parse: round(repeat.json_files_parse, 1),
      json_files_read_parse: round(repeat.json_files_read_parse, 1),
      json_files_read_parse_kept: round(repeat.json_files_read_parse_kept, 1),
      json_catalog: round(repeat.json_catalog, 1),
      in_bench_process: {
        json_parse: round(m.json_parse.ms, 1),
        warm: round(m.warm.ms, 1),
        json_files_parse: round(m.json_files_parse.ms, 1),
        json_catalog: round(m.json_catalog.ms, 1),
      },
      evaluate: round(q.evaluate.ms, 1),
      one_province: round(q.one_province.ms, 1),
      all_provinces: round(q.all_provinces.ms, 1),
      one_province_listed: round(q.one_province_listed.ms, 1),
      all_provinces_listed: round(q.all_provinces_listed.ms, 1),
      all_provinces_explained: round(q.all_provinces_explained.ms, 1),
      count: round(q.count.ms, 2),
      count_with_codes: round(q.count_with_codes.ms, 2),
      count_first: round(q.count_first.ms, 1),
      count_plain: round(q.count_plain.ms, 1),
      csr: round(q.csr.ms, 3),
      csr_alone: round(q.csr_alone.ms, 3),
      full_run: Object.fromEntries(Object.entries(full).filter(([k]) => k.endsWith('_ms')).map(([k, v]) => [k, round(v)])),
    },
    sizes: {
      one_province_results: q.one_province_results,
      all_provinces_results: q.all_provinces_results,
      blocked: q.blocked,
      dependents: q.count_total,
      csr_edges: q.csr_edges,
    },
    bench_peak_rss_mb: m.bench_peak_rss_mb,
    query_peak_rss_mb: q.query_peak_rss_mb,
  };
  return figures;
}

/**
 * The figures of several query processes as one: each time the median of the processes'
 * (the ratios are taken per process, above), each check true only when it held in every
 * process, the sizes those of the first (every process counts the same catalog).
 */
function mergedQueries(queries) {
  const [first] = queries;
  const out = { ...first };
  for (const [k, v] of Object.entries(first)) {
    if (v !== null && typeof v === 'object' && typeof v.ms === 'number') out[k] = { ms: median(queries.map((x) => x[k].ms)) };
    else if (typeof v === 'boolean') out[k] = queries.every((x) => x[k] === true);
  }
  out.query_peak_rss_mb = Math.max(...queries.map((x) => x.query_peak_rss_mb));
  return out;
}

function round(x, digits = 0) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function verdict(name, v) {
  const t = TARGETS[name];
  if (t.max !== undefined) return v <= t.max ? 'ok' : 'MISSED';
  return v >= t.min ? 'ok' : 'MISSED';
}

function printText(report) {
  const out = [];
  out.push(`tthc-graph benchmark — ${report.machine.cpu} ×${report.machine.cores}, ${report.machine.memory_gb} GB, Node ${report.machine.node}`);
  for (const s of report.scales) {
    out.push('', `${s.procedures.toLocaleString('en')} procedures — ${s.files} files, ${s.mb_yaml} MB YAML, ${s.mb_json} MB as JSON; CPU available ${s.cpu_capacity} of 2 cores`);
    const row = (measure, ms, limit, ratio, name) => {
      const goal = TARGETS[name].show;
      const mark = s.procedures === TARGET_SCALE ? verdict(name, s[name]) : '';
      out.push(`  ${measure.padEnd(30)} ${ms.padStart(11)}  ${limit.padEnd(34)} ${ratio.padStart(8)}  ${goal.padEnd(10)} ${mark}`);
    };
    const ms = (x) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(x >= 1 ? 1 : 3)} ms`);
    row('cold load, 1 thread', ms(s.ms.cold_serial), `YAML parse ${ms(s.ms.yaml_parse)}`, `+${(s.cold_overhead * 100).toFixed(0)}%`, 'cold_overhead');
    row('cold load, parallel', ms(s.ms.cold_parallel), `cold load, 1 thread`, `${s.parallel_speedup}×`, 'parallel_speedup');
    out.push(`  (warm load and .json catalog timed in a fresh process, as a repeat run; in the benchmark's own large heap: ${s.warm_vs_json_in_bench_process}× and ${s.json_catalog_vs_json_in_bench_process}×)`);
    row('warm load (cache)', ms(s.ms.warm), `JSON.parse ${ms(s.ms.json_parse)}`, `${s.warm_vs_json}×`, 'warm_vs_json');
    row('.json catalog', ms(s.ms.json_catalog), `JSON.parse ${ms(s.ms.json_files_parse)}`, `${s.json_catalog_vs_json}×`, 'json_catalog_vs_json');
    out.push(`  (.json catalog against reading, decoding and JSON.parse of its files, ${ms(s.ms.json_files_read_parse)}: ${s.json_catalog_vs_read_and_parse}×;`);
    out.push(`   the same with the objects kept, as a loader keeps them, ${ms(s.ms.json_files_read_parse_kept)}: ${s.json_read_parse_kept_vs_json}× JSON.parse, the load ${s.json_catalog_vs_read_parse_kept}× that)`);
    row('blocked, one province', ms(s.ms.one_province), `CSR traversal ${ms(s.ms.csr)}`, `${s.one_province_vs_csr}×`, 'one_province_vs_csr');
    row('blocked, all provinces', ms(s.ms.all_provinces), `one province`, `${s.all_provinces_vs_one}×`, 'all_provinces_vs_one');
    out.push(`  (the queries timed in ${s.queries_by_process.all_provinces_vs_one.length} processes, each ratio the median of theirs; all provinces over one in each: ${s.queries_by_process.all_provinces_vs_one.map((r) => `${r}×`).join(', ')})`);
    out.push(`  (the results are listed when read: one province with its results listed ${ms(s.ms.one_province_listed)}, all provinces ${ms(s.ms.all_provinces_listed)}, ${s.all_provinces_vs_one_listed}×)`);
    out.push(`  (explanations are built when read: all provinces with every one read ${ms(s.ms.all_provinces_explained)})`);
    row('count --depends-on', ms(s.ms.count), `CSR traversal`, `${s.count_vs_csr}×`, 'count_vs_csr');
    out.push(`  (the queries and the traversal take turns; the traversal on its own, its caches hot, ${ms(s.ms.csr_alone)}: one province ${s.one_province_vs_csr_alone}×, count ${s.count_vs_csr_alone}×)`);
    out.push(`  (count on the compiled catalog, codes filled when read: with every group's codes read ${ms(s.ms.count_with_codes)}; its first query, which builds the dependence graph, ${ms(s.ms.count_first)}; on the catalog itself ${ms(s.ms.count_plain)})`);
    row('peak memory, full cold run', `${s.peak_rss_mb} MB`, '', '', 'peak_rss_mb');
    out.push(`  full cold run ${ms(s.full_cold_run_ms)} (load ${ms(s.ms.full_run.load_ms)}, compile ${ms(s.ms.full_run.compile_ms)}, analyse ${ms(s.ms.full_run.analyze_ms)}, count ${ms(s.ms.full_run.count_ms)})`);
    out.push(`  evaluation alone (all provinces, no explanations) ${ms(s.ms.evaluate)}; compile ${ms(s.ms.compile)}`);
    const bad = Object.entries(s.checks).filter(([k, v]) => k !== 'errors_in_catalog' && v !== true);
    if (bad.length) out.push(`  CHECK FAILED: ${bad.map(([k]) => k).join(', ')}`);
    if (s.checks.errors_in_catalog) out.push(`  note: the generated catalog has ${s.checks.errors_in_catalog} errors`);
  }
  if (report.growth_10x !== null) {
    const name = Object.keys(report.growth_10x_by_step).pop();
    out.push('', `growth, full cold run ${name}: ${report.growth_10x}×  (target ≤ 12)  ${verdict('growth_10x', report.growth_10x)}`);
  }
  out.push('', `Targets apply at ${TARGET_SCALE.toLocaleString('en')} procedures. Total time ${report.total_s} s.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

const started = performance.now();
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memory_gb: Math.round(totalmem() / 2 ** 30),
  node: process.versions.node,
  platform: `${process.platform} ${process.arch}`,
  load_average_at_start: loadavg().map((x) => round(x, 2)),
};
ensureBuilt();
const results = [];
for (const n of scales) results.push(await measureScale(n));
const growth = {};
for (const a of results) {
  const b = results.find((r) => r.procedures === a.procedures * 10);
  if (b) growth[`${a.procedures}->${b.procedures}`] = round(b.full_cold_run_ms / a.full_cold_run_ms, 2);
}
const steps = Object.values(growth);
const report = {
  version: 1,
  machine,
  scales: results,
  growth_10x: steps.length ? steps[steps.length - 1] : null,
  growth_10x_by_step: growth,
  targets_at: TARGET_SCALE,
  total_s: Math.round((performance.now() - started) / 1000),
};
if (asJson) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else printText(report);
