import { completeCatalog } from '../graph/complete-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { defineLazy } from '../util/lazy-property.js';
import type { CompiledCatalog } from './compiled-types.js';
import { checkDependentsOptions, compiledGraph, plainDependents } from './dependents.js';
import { dependentFacts } from './dependents-procedure.js';
import { groupKeyOrder, isCompiledCatalog, type DependentsGraph } from './dependents-graph.js';
import { listedIn, provinceSlot, reachDependents, walkDependents, type DependentsReach } from './dependents-walk.js';
import type {
  CountDimension,
  CountGroup,
  Dependent,
  DependentCounts,
  DependentsOptions,
  DependentsResult,
} from './dependents-types.js';
import { expectList, expectOptions, expectRecord } from '../util/expect-argument.js';
import { groupNameEn } from './english-names.js';

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
 * serialises and compares as data), from the dependents listed by a walk made again then.
 */
export function countDependents(catalog: Catalog | CompiledCatalog, id: string, options: DependentsOptions = {}): DependentCounts {
  expectOptions(options, 'countDependents', '{ at: "2023-01-01", province: "GL" }');
  if (!isCompiledCatalog(catalog)) return countPlain(catalog, id, options);
  return countCompiled(catalog, id, options).counts;
}

/**
 * `countDependents` and `dependentProcedures` of one question on a compiled catalog, from
 * one walk of its dependence graph.
 */
export function countWithProcedures(
  compiled: CompiledCatalog,
  id: string,
  options: DependentsOptions = {},
): { counts: DependentCounts; procedures: Int32Array | null } {
  expectOptions(options, 'countWithProcedures', '{ at: "2023-01-01" }');
  const { counts, found } = countCompiled(compiled, id, options);
  return { counts, procedures: found && inIndexOrder(found, compiled.procedureCount) };
}

/** The counts on a compiled catalog, and the procedures its walk reached (null when it took the plain path). */
function countCompiled(compiled: CompiledCatalog, id: string, options: DependentsOptions): { counts: DependentCounts; found: Int32Array | null } {
  options = checkDependentsOptions(compiled.source, options);
  const graph = compiledGraph(compiled);
  if (!graph) return { counts: countPlain(compiled.source, id, options), found: null };
  // Only the options a walk reads, as they are now: the codes may be read much later.
  const { at, province, without, kind } = options;
  const asked = { at, province, without: without && [...without], kind };
  // With ties between keys the groups are sized in the order the dependents are listed (see sizeGroups).
  const walk: CountWalk = graph.keyTies ? walkDependents(graph, id, asked) : reachDependents(graph, id, asked);
  const listed = walk.order;
  return { counts: groupWalk(graph, walk, () => listed ?? walkDependents(graph, id, asked).order), found: walk.found };
}

/**
 * Every procedure that depends on `id`, in every province, by its index in the compiled
 * catalog, ascending: what `countDependents` counts, without grouping them. Null when the
 * catalog's dependence graph cannot answer exactly (a code or a province given twice): ask
 * `countDependents` for the codes then.
 */
export function dependentProcedures(compiled: CompiledCatalog, id: string, options: Omit<DependentsOptions, 'province'> = {}): Int32Array | null {
  const checked = checkDependentsOptions(compiled.source, options);
  const graph = compiledGraph(compiled);
  if (!graph) return null;
  return inIndexOrder(reachDependents(graph, id, checked).found, compiled.procedureCount);
}

/** The procedures a walk found, ascending, in a new array: marked, then listed, cheaper than sorting. */
function inIndexOrder(found: Int32Array, procedureCount: number): Int32Array {
  const marked = new Uint8Array(procedureCount);
  for (const y of found) marked[y] = 1;
  const procedures = new Int32Array(found.length);
  for (let y = 0, i = 0; y < marked.length; y++) if (marked[y]) procedures[i++] = y;
  return procedures;
}

/** A walk for a count: the dependents reached, and listed in order only when the groups' keys tie (see `sizeGroups`). */
type CountWalk = DependentsReach & { order?: Int32Array };

/** The counts on the catalog itself, from its dependents without their paths. */
function countPlain(catalog: Catalog, id: string, options: DependentsOptions): DependentCounts {
  const complete = completeCatalog(catalog);
  const { head, listed } = plainDependents(complete, id, options);
  return groupDependents(complete, { ...head, dependents: listed.map((d) => dependentFacts(d.procedure, d.depth)) });
}

/** The counts of an existing dependents result (the dependents' paths are not read). */
export function groupDependents(
  catalog: Catalog,
  result: Omit<DependentsResult, 'dependents'> & { dependents: readonly Omit<Dependent, 'path'>[] },
): DependentCounts {
  const complete = completeCatalog(catalog);
  expectRecord(result, 'groupDependents', 'what dependents(catalog, id) returns');
  expectList(result.dependents, 'groupDependents', 'the dependents of what dependents(catalog, id) returns');
  const provinceCodes =
    result.province !== null ? [result.province] : complete.provinces.map((p) => p.code);
  const groups: Record<CountDimension, Map<string | null, CountGroup>> = {
    province: new Map(),
    level: new Map(),
    field: new Map(),
    ministry: new Map(),
  };
  const named = new Map(catalog.provinces.map((p) => [p.code, p]));
  // Every province appears, even with 0, so a director sees where nothing depends on it.
  for (const code of provinceCodes) groups.province.set(code, { ...provinceGroup(code, named.get(code)), count: 0, codes: [] });
  const add = (dim: CountDimension, key: string | null, code: string) => {
    let g = groups[dim].get(key);
    if (!g) {
      g = { key, ...(dim === 'field' || dim === 'ministry' ? englishName(catalog, dim, key) : {}), count: 0, codes: [] };
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
  return list.sort((a, b) => b.count - a.count || groupKeyOrder(a.key, b.key));
}

/**
 * The counts of a walk: the same groups, in the same order, as `groupDependents` gives. One
 * pass sizes every group; a second, when a group's codes are first read, fills every
 * group's codes into an array of its final size, in the order `listed()` gives.
 */
function groupWalk(graph: DependentsGraph, walk: CountWalk, listed: () => Int32Array): DependentCounts {
  const provinces = graph.index.catalog.provinces;
  // Province groups by position in the catalog, and the central group last.
  const central = provinces.length;
  const tables = {
    province: new Table(central + 1),
    level: new Table(graph.levelKeys.length),
    field: new Table(graph.fieldKeys.length),
    ministry: new Table(graph.ministryKeys.length),
  };
  const { everywhere, direct, total } = sizeGroups(graph, walk, tables);
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
      fillGroups(graph, listed(), tables, Int32Array.from(runEverywhere));
      filled = true;
    }
    return table.codes[id];
  };
  // Every province appears, even with 0, in catalog order; the central group (if any) after them.
  const provinceGroups = runEverywhere.map((i): CountGroup => {
    return withCodes({ ...provinceGroup(provinces[i].code, provinces[i]), count: tables.province.count[i] }, codesOf(tables.province, i));
  });
  if (tables.province.count[central] > 0) {
    provinceGroups.push(withCodes({ key: null, count: tables.province.count[central] }, codesOf(tables.province, central)));
  }
  const keyed = (table: Table, keys: (string | null)[], dim?: 'field' | 'ministry') =>
    table.met().map((id) => withCodes({ key: keys[id], ...(dim ? englishName(graph.index.catalog, dim, keys[id]) : {}), count: table.count[id] }, codesOf(table, id)));
  return {
    version: 1,
    target: walk.target,
    at: walk.at,
    province: walk.province,
    without: walk.without,
    total,
    direct,
    by: {
      province: sortGroups('province', provinceGroups),
      level: sortGroups('level', keyed(tables.level, graph.levelKeys)),
      field: sortGroups('field', keyed(tables.field, graph.fieldKeys, 'field')),
      ministry: sortGroups('ministry', keyed(tables.ministry, graph.ministryKeys, 'ministry')),
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

/**
 * Counts each group's dependents; those run in every province are counted apart. A group's
 * `first` is where the count first met it. Groups of equal size are ordered by key, so
 * unless two keys compare equal (`keyTies`), where a group was first met does not change
 * the result: the dependents are then counted by class (`DependentsGraph.groupClass`) in
 * one pass over the procedures as they lie in memory, and each class met is added to its
 * groups. With ties they are counted one by one in the order the result lists them.
 */
function sizeGroups(graph: DependentsGraph, walk: CountWalk, tables: Tables) {
  const { depth, found } = walk;
  const position = provinceSlot(graph, walk.province);
  // The walk reaches the direct dependents first.
  let direct = 0;
  for (let k = 0; k < found.length && depth[found[k]] === 0; k++) if (listedIn(graph, position, found[k])) direct++;
  const add = groupAdder(graph, tables);
  const { order } = walk;
  if (order !== undefined) {
    for (let n = 0; n < order.length; n++) add(order[n], 1, n);
    return { everywhere: add.everywhere(), direct, total: order.length };
  }
  const { groupClass, classMember } = graph;
  const size = new Int32Array(classMember.length);
  for (let i = 0; i < graph.procedureCount; i++) size[groupClass[i]] += (depth[i] >>> 31) ^ 1;
  // A class's procedures run in the same provinces: the class is listed or not as a whole.
  let total = 0;
  for (let c = 0; c < size.length; c++) {
    if (size[c] > 0 && listedIn(graph, position, classMember[c])) {
      add(classMember[c], size[c], c);
      total += size[c];
    }
  }
  return { everywhere: add.everywhere(), direct, total };
}

/** Adds `size` dependents like procedure `i` to their groups, first met at `n`. */
function groupAdder(graph: DependentsGraph, tables: Tables) {
  const { provinceMode, listedProvinces, levels, field, ministry } = graph;
  const central = tables.province.count.length - 1;
  const province = tables.province.count;
  const [level, levelFirst] = [tables.level.count, tables.level.first];
  const [fields, fieldFirst] = [tables.field.count, tables.field.first];
  const [ministries, ministryFirst] = [tables.ministry.count, tables.ministry.first];
  let everywhere = 0;
  const add = (i: number, size: number, n: number): void => {
    const mode = provinceMode[i];
    if (mode === 0) province[central] += size;
    else if (mode === 1) everywhere += size;
    else for (let k = listedProvinces.start[i]; k < listedProvinces.start[i + 1]; k++) province[listedProvinces.items[k]] += size;
    for (let k = levels.start[i]; k < levels.start[i + 1]; k++) {
      const l = levels.items[k];
      if (level[l] === 0) levelFirst[l] = n;
      level[l] += size;
    }
    if (fields[field[i]] === 0) fieldFirst[field[i]] = n;
    fields[field[i]] += size;
    if (ministries[ministry[i]] === 0) ministryFirst[ministry[i]] = n;
    ministries[ministry[i]] += size;
  };
  return Object.assign(add, { everywhere: () => everywhere });
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

/** A province's group: its code, with its names when the catalog gives them. */
function provinceGroup(code: string, p: { name?: string; name_en?: string } | undefined): Pick<CountGroup, 'key' | 'name' | 'name_en'> {
  return { key: code, ...(p?.name ? { name: p.name } : {}), ...(p?.name_en ? { name_en: p.name_en } : {}) };
}

/** A ministry's or field's English name from the catalog settings, as a group's `name_en`. */
function englishName(catalog: Catalog, dim: 'field' | 'ministry', key: string | null): Pick<CountGroup, 'name_en'> {
  const en = groupNameEn(catalog, dim, key);
  return en === undefined ? {} : { name_en: en };
}
