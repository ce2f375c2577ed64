import type { Catalog } from '../catalog/types.js';
import { defineLazy } from '../util/lazy-property.js';
import type { CompiledCatalog } from './compiled-types.js';
import { compiledWalk, dependents } from './dependents.js';
import { isCompiledCatalog, type DependentsGraph } from './dependents-graph.js';
import type { DependentsWalk } from './dependents-walk.js';
import type {
  CountDimension,
  CountGroup,
  DependentCounts,
  DependentsOptions,
  DependentsResult,
} from './dependents-types.js';

/**
 * How many procedures depend on `id`, grouped by province, level, field and ministry, all in
 * one pass over the dependents. A procedure that runs in every province counts once in each
 * province; a central-only procedure counts in its own group (key null). A procedure with
 * several levels counts once in each level. Missing field or ministry: group key null.
 *
 * Given a compiled catalog (`compileCatalog`), it counts on the catalog's dependence graph
 * in typed arrays, built on the first query and kept for the next ones, and builds no
 * paths: the same counts, much faster when a catalog is asked more than once. There each
 * group's `codes` are filled when first read (an enumerable accessor: the result still
 * serialises and compares as data).
 */
export function countDependents(catalog: Catalog | CompiledCatalog, id: string, options: DependentsOptions = {}): DependentCounts {
  if (!isCompiledCatalog(catalog)) return groupDependents(catalog, dependents(catalog, id, options));
  const walked = compiledWalk(catalog, id, options);
  return walked ? groupWalk(walked.graph, walked.walk) : groupDependents(catalog.source, dependents(catalog.source, id, options));
}

/** The counts of an existing dependents result. */
export function groupDependents(catalog: Catalog, result: DependentsResult): DependentCounts {
  const provinceCodes =
    result.province !== null ? [result.province] : catalog.provinces.map((p) => p.code);
  const groups: Record<CountDimension, Map<string | null, CountGroup>> = {
    province: new Map(),
    level: new Map(),
    field: new Map(),
    ministry: new Map(),
  };
  const names = new Map(catalog.provinces.map((p) => [p.code, p.name]));
  // Every province appears, even with 0, so a director sees where nothing depends on it.
  for (const code of provinceCodes) {
    const name = names.get(code);
    groups.province.set(code, { key: code, ...(name ? { name } : {}), count: 0, codes: [] });
  }
  const add = (dim: CountDimension, key: string | null, code: string) => {
    let g = groups[dim].get(key);
    if (!g) {
      g = { key, count: 0, codes: [] };
      groups[dim].set(key, g);
    }
    g.count++;
    g.codes.push(code);
  };
  for (const d of result.dependents) {
    if (d.provinces === null) add('province', null, d.code);
    else {
      const where = d.provinces === 'all' ? provinceCodes : d.provinces.filter((p) => provinceCodes.includes(p));
      for (const p of where) add('province', p, d.code);
    }
    for (const l of new Set(d.level)) add('level', l, d.code);
    add('field', d.field ?? null, d.code);
    add('ministry', d.ministry ?? null, d.code);
  }
  const sorted = (dim: CountDimension) => sortGroups(dim, [...groups[dim].values()]);
  return {
    version: 1,
    target: result.target,
    at: result.at,
    province: result.province,
    without: result.without,
    total: result.dependents.length,
    direct: result.dependents.filter((d) => d.depth === 0).length,
    by: { province: sorted('province'), level: sorted('level'), field: sorted('field'), ministry: sorted('ministry') },
  };
}

/** The groups of one dimension in the order of first appearance, sorted for the result. */
function sortGroups(dim: CountDimension, list: CountGroup[]): CountGroup[] {
  // Largest first. Provinces tie in catalog order (the sort is stable); central procedures come last.
  if (dim === 'province') return list.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : b.count - a.count));
  return list.sort((a, b) => b.count - a.count || nullLast(a.key, b.key));
}

/**
 * The counts of a walk: the same groups, in the same order, as `groupDependents` gives. One
 * pass sizes every group; a second, when a group's codes are first read, fills every
 * group's codes into an array of its final size.
 */
function groupWalk(graph: DependentsGraph, walk: DependentsWalk): DependentCounts {
  const provinces = graph.index.catalog.provinces;
  // Province groups by position in the catalog, and the central group last.
  const central = provinces.length;
  const tables = {
    province: new Table(central + 1),
    level: new Table(graph.levelKeys.length),
    field: new Table(graph.fieldKeys.length),
    ministry: new Table(graph.ministryKeys.length),
  };
  const { everywhere, direct } = sizeGroups(graph, walk.order, walk.depth, tables);
  const chosen = walk.province !== null ? graph.provincePosition.get(walk.province)! : -1;
  const runEverywhere: number[] = [];
  for (let i = 0; i < central; i++) {
    if (chosen >= 0 && i !== chosen) continue;
    tables.province.count[i] += everywhere;
    runEverywhere.push(i);
  }
  // The groups' codes are filled, all at once, when the first of them is read.
  let filled = false;
  const codesOf = (table: Table, id: number) => () => {
    if (!filled) {
      for (const t of Object.values(tables)) t.allocate();
      fillGroups(graph, walk.order, tables, Int32Array.from(runEverywhere));
      filled = true;
    }
    return table.codes[id];
  };
  // Every province appears, even with 0, in catalog order; the central group (if any) after them.
  const provinceGroups = runEverywhere.map((i): CountGroup => {
    const { code, name } = provinces[i];
    return withCodes({ key: code, ...(name ? { name } : {}), count: tables.province.count[i] }, codesOf(tables.province, i));
  });
  if (tables.province.count[central] > 0) {
    provinceGroups.push(withCodes({ key: null, count: tables.province.count[central] }, codesOf(tables.province, central)));
  }
  const keyed = (table: Table, keys: (string | null)[]) =>
    table.met().map((id) => withCodes({ key: keys[id], count: table.count[id] }, codesOf(table, id)));
  return {
    version: 1,
    target: walk.target,
    at: walk.at,
    province: walk.province,
    without: walk.without,
    total: walk.order.length,
    direct,
    by: {
      province: sortGroups('province', provinceGroups),
      level: sortGroups('level', keyed(tables.level, graph.levelKeys)),
      field: sortGroups('field', keyed(tables.field, graph.fieldKeys)),
      ministry: sortGroups('ministry', keyed(tables.ministry, graph.ministryKeys)),
    },
  };
}

/** The groups of one dimension by key id: sizes, when each was first met, then their codes. */
class Table {
  readonly count: Int32Array;
  /** Position in the dependents' order where the key was first met (-1: never). */
  readonly first: Int32Array;
  readonly cursor: Int32Array;
  codes: string[][] = [];
  constructor(n: number) {
    this.count = new Int32Array(n);
    this.first = new Int32Array(n).fill(-1);
    this.cursor = new Int32Array(n);
  }
  allocate(): void {
    this.codes = Array.from(this.count, (n) => new Array<string>(n));
  }
  /** The key ids met, in the order first met. */
  met(): number[] {
    const ids: number[] = [];
    this.first.forEach((at, id) => at >= 0 && ids.push(id));
    return ids.sort((a, b) => this.first[a] - this.first[b]);
  }
}

/** The group with its `codes` read when first asked for (see `defineLazy`). */
function withCodes(group: Omit<CountGroup, 'codes'>, read: () => string[]): CountGroup {
  return defineLazy(group as CountGroup, 'codes', read);
}

type Tables = Record<CountDimension, Table>;

/** Counts each group's dependents; those run in every province are counted apart. */
function sizeGroups(graph: DependentsGraph, order: Int32Array, depth: Int32Array, tables: Tables) {
  const { provinceMode, listedProvinces, levels, field, ministry } = graph;
  const central = tables.province.count.length - 1;
  const province = tables.province.count;
  const [level, levelFirst] = [tables.level.count, tables.level.first];
  const [fields, fieldFirst] = [tables.field.count, tables.field.first];
  const [ministries, ministryFirst] = [tables.ministry.count, tables.ministry.first];
  let everywhere = 0;
  let direct = 0;
  for (let n = 0; n < order.length; n++) {
    const i = order[n];
    if (depth[i] === 0) direct++;
    const mode = provinceMode[i];
    if (mode === 0) province[central]++;
    else if (mode === 1) everywhere++;
    else for (let k = listedProvinces.start[i]; k < listedProvinces.start[i + 1]; k++) province[listedProvinces.items[k]]++;
    for (let k = levels.start[i]; k < levels.start[i + 1]; k++) {
      const l = levels.items[k];
      if (level[l]++ === 0) levelFirst[l] = n;
    }
    if (fields[field[i]]++ === 0) fieldFirst[field[i]] = n;
    if (ministries[ministry[i]]++ === 0) ministryFirst[ministry[i]] = n;
  }
  return { everywhere, direct };
}

function fillGroups(graph: DependentsGraph, order: Int32Array, tables: Tables, everywhere: Int32Array): void {
  const { codes, provinceMode, listedProvinces, levels, field, ministry } = graph;
  const { province, level, field: fields, ministry: ministries } = tables;
  const central = province.count.length - 1;
  const put = (table: Table, id: number, code: string) => {
    table.codes[id][table.cursor[id]++] = code;
  };
  for (let n = 0; n < order.length; n++) {
    const i = order[n];
    const code = codes[i];
    const mode = provinceMode[i];
    if (mode === 0) put(province, central, code);
    else if (mode === 1) for (let g = 0; g < everywhere.length; g++) put(province, everywhere[g], code);
    else for (let k = listedProvinces.start[i]; k < listedProvinces.start[i + 1]; k++) put(province, listedProvinces.items[k], code);
    for (let k = levels.start[i]; k < levels.start[i + 1]; k++) put(level, levels.items[k], code);
    put(fields, field[i], code);
    put(ministries, ministry[i], code);
  }
}

function nullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'vi');
}
