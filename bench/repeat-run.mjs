// A repeat run in a fresh process, as a user's second question about the same catalog
// would run: loads from the cache filled by bench/measure.mjs and loads of the .json
// catalog, each against JSON.parse of the same data timed in the same process.
// `node bench/repeat-run.mjs <yaml-dir> <json-dir> <cache-dir> <reps>`; prints JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../dist/index.js';
import { time, timeByTurns } from './timing.mjs';

const [yamlDir, jsonDir, cacheDir, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 7);
/** Median of `reps` runs after one unmeasured run (the JIT warms up alike for a measure and its limit). */
const medianMs = async (fn) => (await time(reps, fn, 1)).ms;

const out = {};
out.warm = await medianMs(() => loadCatalog(yamlDir, { cacheDir }));
const catalogJson = JSON.stringify((await loadCatalog(yamlDir, { cacheDir })).catalog);
out.json_parse = await medianMs(() => JSON.parse(catalogJson));
const jsonFiles = readdirSync(jsonDir, { recursive: true })
  .map(String)
  .filter((p) => p.endsWith('.json') && !p.startsWith('.'))
  .map((p) => join(jsonDir, p));
const texts = jsonFiles.map((f) => readFileSync(f, 'utf8'));
// The .json load and its limits take turns, repetition by repetition, and none keeps its
// result for the next. Reading, decoding and parsing the files with the objects kept until
// every file is parsed, as a loader must keep them, is the least any loader that returns
// them does.
const turns = await timeByTurns(
  reps,
  {
    json_catalog: async () => {
      await loadCatalog(jsonDir);
    },
    json_files_parse: () => {
      for (const t of texts) JSON.parse(t);
    },
    json_files_read_parse: () => {
      for (const f of jsonFiles) JSON.parse(readFileSync(f, 'utf8'));
    },
    json_files_read_parse_kept: () => {
      const kept = jsonFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')));
      if (kept.length !== jsonFiles.length) throw new Error('a file was not parsed');
    },
  },
  1,
);
for (const [name, { ms }] of Object.entries(turns)) out[name] = ms;
process.stdout.write(`${JSON.stringify(out)}\n`);
