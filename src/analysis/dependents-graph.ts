import type { Catalog, Procedure } from '../catalog/types.js';
import type { CompiledCatalog } from './compiled-types.js';
import { toCsr, type Csr } from './csr.js';
import {
  amendmentLookup,
  buildDependentsIndex,
  coveringAmendments,
  provisionLegal,
  type DependentsIndex,
} from './dependents-index.js';
import { centralOnly } from './dependents-procedure.js';

/**
 * The dependence relation of a catalog as typed arrays, prepared once for any number of
 * `dependents` / `countDependents` queries. Nodes are the procedures (0 … P-1, catalog
 * order), then every document or data-source id, then every legal document a reference
 * names. Each edge points backwards, from what is depended on to the procedure that depends
 * on it, in catalog order of that procedure, and holds while its condition does: the
 * requirement it comes through is not dropped (`edgeRequirement`, -1: none) and the
 * amendment that adds it is in force (`edgeAmendment`, -1: none). A breadth-first walk
 * from the target's node over these edges finds the dependents by depth, as `dependents`
 * does, without building a path for each.
 */
export interface DependentsGraph {
  index: DependentsIndex;
  /**
   * False when the catalog has two procedures with one code, two provinces with one code or
   * a procedure without a level list (a catalog with errors): queries then take the plain path.
   */
  exact: boolean;
  procedureCount: number;
  codes: string[];
  procedureIndex: Map<string, number>;
  requirementCount: number;
  /** Position of each province code in `catalog.provinces`. */
  provincePosition: Map<string, number>;
  evidenceNode: Map<string, number>;
  legalNode: Map<string, number>;
  nodeCount: number;
  reverse: Csr;
  edgeRequirement: Int32Array;
  edgeAmendment: Int32Array;
  /** Amendments (`index.amendments`) by the requirements they cover, to find dropped ones. */
  coveredBy: Csr;
  /** Position of each procedure in code order (1.2 before 1.10); equal codes share one. */
  rank: Int32Array;
  /** Procedures in code order. */
  byRank: Int32Array;
  /** Whether two different codes compare equal in code order. */
  rankTies: boolean;
  /** 0: central only, 1: every province, 2: listed provinces (`listedProvinces`). */
  provinceMode: Uint8Array;
  /** Positions in `catalog.provinces` of the listed provinces that the catalog has, as listed. */
  listedProvinces: Csr;
  levelKeys: string[];
  /** Each procedure's levels, each once, in the order listed. */
  levels: Csr;
  fieldKeys: (string | null)[];
  field: Int32Array;
  ministryKeys: (string | null)[];
  ministry: Int32Array;
  /**
   * Whether two different level, field or ministry keys compare equal in `groupKeyOrder`:
   * a count's groups of equal size are then ordered as first met among the dependents.
   */
  keyTies: boolean;
  /**
   * Procedures that fall in the same count groups (the same province mode and provinces,
   * levels, field and ministry) share a class, numbered in catalog order of their first
   * procedure, which stands for the class in the columns above (`classMember`).
   */
  groupClass: Int32Array;
  classMember: Int32Array;
}

/** Procedure codes in natural order (1.2 before 1.10), as `dependents` sorts them. */
export const CODE_ORDER = new Intl.Collator('en', { numeric: true });

/** How a count orders groups of equal size: by key in Vietnamese order, the group without a key (null) last. */
export function groupKeyOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'vi');
}

const prepared = new WeakMap<CompiledCatalog, DependentsGraph>();

/** Whether `countDependents` / `dependents` were given a compiled catalog rather than a catalog. */
export function isCompiledCatalog(input: unknown): input is CompiledCatalog {
  return typeof input === 'object' && input !== null && 'source' in input && 'procedureIndex' in input;
}

/** The dependence graph of a compiled catalog, built on first use and kept with it. */
export function compiledDependentsGraph(compiled: CompiledCatalog): DependentsGraph {
  let graph = prepared.get(compiled);
  if (!graph) {
    graph = buildDependentsGraph(compiled.source);
    prepared.set(compiled, graph);
  }
  return graph;
}

export function buildDependentsGraph(catalog: Catalog): DependentsGraph {
  const ix = buildDependentsIndex(catalog);
  const procedures = catalog.procedures;
  const P = procedures.length;
  const codes = procedures.map((p) => p.code);
  const procedureIndex = new Map<string, number>();
  codes.forEach((code, i) => procedureIndex.set(code, i));
  const provinceCodes = catalog.provinces.map((p) => p.code);
  const provincePosition = new Map(provinceCodes.map((code, i) => [code, i]));
  const exact =
    procedureIndex.size === P && provincePosition.size === provinceCodes.length && procedures.every((p) => Array.isArray(p.level));

  const evidenceNode = new Map<string, number>();
  let nodeCount = P;
  for (const id of [...ix.documents.keys(), ...ix.dataSources.keys()]) if (!evidenceNode.has(id)) evidenceNode.set(id, nodeCount++);
  const legalNode = new Map<string, number>();
  const legalOf = (legal: string): number => {
    let node = legalNode.get(legal);
    if (node === undefined) legalNode.set(legal, (node = -1 - legalNode.size));
    return node;
  };

  const edges = new EdgeList();
  const edge = (node: number | undefined, p: number, r: number, a: number) => {
    if (node !== undefined) edges.add(node, p, r, a);
  };
  // What a candidate id leads to, worked out when it is first met: its node, the legal node of
  // its sunset's basis, its obtaining procedures (undefined: a reference that does not resolve).
  const targetsOf = new Map<string, (number | undefined)[]>();
  const targets = (id: string) => {
    let found = targetsOf.get(id);
    if (found === undefined) {
      found = [evidenceNode.get(id)];
      const doc = ix.documents.get(id);
      if (doc?.sunset_basis !== undefined) found.push(legalOf(provisionLegal(ix, doc.sunset_basis)));
      for (const q of doc?.obtained_by ?? []) found.push(procedureIndex.get(q));
      targetsOf.set(id, found);
    }
    return found;
  };
  const lookup = amendmentLookup(ix.amendments);
  const coveredRows: number[][] = ix.amendments.map(() => []);
  let r = 0;
  procedures.forEach((p, i) => {
    for (const req of p.requires ?? []) {
      const covering = coveringAmendments(ix, lookup, req).map((a) => lookup.order.get(a)!);
      if (req.basis !== undefined) edge(legalOf(provisionLegal(ix, req.basis)), i, -1, -1);
      for (const a of covering) {
        coveredRows[a].push(r);
        edge(legalOf(ix.amendments[a].legal.id), i, -1, a);
      }
      // The candidates: the required document, its own alternatives, then what each covering amendment accepts.
      const candidate = (id: string, a: number) => {
        for (const node of targets(id)) edge(node, i, r, a);
      };
      candidate(req.document, -1);
      for (const id of req.accept ?? []) candidate(id, -1);
      for (const a of covering) for (const id of ix.amendments[a].amendment.accept ?? []) candidate(id, a);
      r++;
    }
    for (const q of p.needs ?? []) edge(procedureIndex.get(q), i, -1, -1);
    for (const b of p.basis ?? []) edge(legalOf(provisionLegal(ix, b)), i, -1, -1);
  });
  // Legal nodes were numbered -1, -2, … while their count was unknown; they follow the evidence.
  const legalBase = nodeCount;
  for (const [legal, node] of legalNode) legalNode.set(legal, legalBase - 1 - node);
  for (let k = 0; k < edges.length; k++) if (edges.from[k] < 0) edges.from[k] = legalBase - 1 - edges.from[k];
  nodeCount += legalNode.size;

  const { csr: reverse, edgeRequirement, edgeAmendment } = groupEdges(edges, nodeCount);
  return {
    index: ix,
    exact,
    procedureCount: P,
    codes,
    procedureIndex,
    requirementCount: r,
    provincePosition,
    evidenceNode,
    legalNode,
    nodeCount,
    reverse,
    edgeRequirement,
    edgeAmendment,
    coveredBy: toCsr(coveredRows),
    ...codeRanks(codes),
    ...countColumns(procedures, provincePosition),
  };
}

/** The columns a count groups by, and the procedures' classes over them. */
function countColumns(procedures: Procedure[], provincePosition: Map<string, number>) {
  const province = provinceColumns(procedures, provincePosition);
  const group = groupColumns(procedures);
  const row = ({ start, items }: Csr, i: number) => items.subarray(start[i], start[i + 1]).join(',');
  const classOf = new Map<string, number>();
  const members: number[] = [];
  const groupClass = new Int32Array(procedures.length);
  for (let i = 0; i < procedures.length; i++) {
    const key = `${province.provinceMode[i]}|${row(province.listedProvinces, i)}|${row(group.levels, i)}|${group.field[i]}|${group.ministry[i]}`;
    let c = classOf.get(key);
    if (c === undefined) {
      classOf.set(key, (c = members.length));
      members.push(i);
    }
    groupClass[i] = c;
  }
  return { ...province, ...group, groupClass, classMember: Int32Array.from(members) };
}

/** The edges as they are found: their source node, procedure and conditions, in typed arrays that grow. */
class EdgeList {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  requirement = new Int32Array(1024);
  amendment = new Int32Array(1024);
  length = 0;

  add(node: number, p: number, r: number, a: number): void {
    if (this.length === this.from.length) {
      const grown = (old: Int32Array) => {
        const out = new Int32Array(old.length * 2);
        out.set(old);
        return out;
      };
      [this.from, this.to, this.requirement, this.amendment] = [grown(this.from), grown(this.to), grown(this.requirement), grown(this.amendment)];
    }
    const k = this.length++;
    this.from[k] = node;
    this.to[k] = p;
    this.requirement[k] = r;
    this.amendment[k] = a;
  }
}

/** Edges grouped by their source node, keeping their order within each (a stable counting sort), with their conditions. */
function groupEdges(edges: EdgeList, n: number): { csr: Csr; edgeRequirement: Int32Array; edgeAmendment: Int32Array } {
  const m = edges.length;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) start[edges.from[k] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const items = new Int32Array(m);
  const edgeRequirement = new Int32Array(m);
  const edgeAmendment = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const slot = fill[edges.from[k]]++;
    items[slot] = edges.to[k];
    edgeRequirement[slot] = edges.requirement[k];
    edgeAmendment[slot] = edges.amendment[k];
  }
  return { csr: { start, items }, edgeRequirement, edgeAmendment };
}

function codeRanks(codes: string[]) {
  const byRank = Int32Array.from(codes.keys()).sort((a, b) => CODE_ORDER.compare(codes[a], codes[b]) || a - b);
  const rank = new Int32Array(codes.length);
  let rankTies = false;
  for (let k = 0; k < byRank.length; k++) {
    const tie = k > 0 && CODE_ORDER.compare(codes[byRank[k - 1]], codes[byRank[k]]) === 0;
    if (tie) rankTies = true;
    rank[byRank[k]] = tie ? rank[byRank[k - 1]] : k;
  }
  return { rank, byRank, rankTies };
}

function provinceColumns(procedures: Procedure[], provincePosition: Map<string, number>) {
  const provinceMode = new Uint8Array(procedures.length);
  const listed: number[][] = [];
  procedures.forEach((p, i) => {
    const central = centralOnly(p);
    const all = p.provinces === undefined || p.provinces === 'all';
    provinceMode[i] = central ? 0 : all ? 1 : 2;
    const list = central || all ? [] : (p.provinces as string[]);
    listed.push(list.map((code) => provincePosition.get(code) ?? -1).filter((x) => x >= 0));
  });
  return { provinceMode, listedProvinces: toCsr(listed) };
}

function groupColumns(procedures: Procedure[]) {
  const levelKeys: string[] = [];
  const levelId = new Map<string, number>();
  const fieldKeys: (string | null)[] = [];
  const fieldId = new Map<string | null, number>();
  const ministryKeys: (string | null)[] = [];
  const ministryId = new Map<string | null, number>();
  const intern = <K>(keys: K[], ids: Map<K, number>, key: K): number => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = keys.length));
      keys.push(key);
    }
    return id;
  };
  const levels = toCsr(procedures.map((p) => [...new Set(Array.isArray(p.level) ? p.level : [])].map((l) => intern(levelKeys, levelId, l))));
  const field = Int32Array.from(procedures, (p) => intern(fieldKeys, fieldId, p.field ? p.field : null));
  const ministry = Int32Array.from(procedures, (p) => intern(ministryKeys, ministryId, p.ministry ? p.ministry : null));
  const keyTies = [levelKeys, fieldKeys, ministryKeys].some((keys) => {
    const sorted = [...keys].sort(groupKeyOrder);
    return sorted.some((key, k) => k > 0 && groupKeyOrder(sorted[k - 1], key) === 0);
  });
  return { levelKeys, levels, fieldKeys, field, ministryKeys, ministry, keyTies };
}
