import { ANY_FORM, FORM_RANK, LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { EvaluatedAnalysis } from './analyze.js';
import { reverseCsr, type Csr } from './csr.js';
import { blockedSomewhere, evaluatedAnywhere, evaluatedSlots, metLevel, slotProvince, viewLevel, viewStatus } from './evaluation-read.js';
import type { Evaluation } from './evaluation-types.js';
import { explainContext } from './explain-context.js';
import { chosenCandidate } from './explain-requirement.js';
import type { ResultState } from './result-state.js';
import type { PlaceCount, Snapshot } from './summary-types.js';

/**
 * The procedures a summary view reads: those whose code is in a set, or, for a catalog whose
 * codes are all different, the procedures themselves by index, ascending (`Int32Array`).
 */
export type Procedures = ReadonlySet<string> | Int32Array;

// What the summary reads of an analysis, read on its evaluation: a summary of a national
// catalog looks at hundreds of analyses of 224,000 evaluations each, and building each
// one's list of results (and explanations) would take minutes and more memory than there is.

/** The kind of each state, as a tally counts it (paperless, -1, is counted only as seen). */
const KIND_INDEX: Record<ResultState, number> = { blocked: 0, unknown: 1, paper: 2, document: 3, paperless: -1 };

/**
 * The kind (see `KIND_INDEX`) of the state of procedure `y` in `slot` (see `ResultState`), as
 * its result would give it: met from its definite level (paper at the paper layer, a card or
 * electronic document between, paperless by data), else unknown when possibly met, else blocked.
 */
function kindAt(c: CompiledCatalog, e: Evaluation, y: number, slot: number): number {
  const level = viewLevel(c, e, e.definite, y, slot);
  if (level < LAYERS) return level === ANY_FORM ? 2 : level === FORM_RANK.data ? -1 : 3;
  return viewLevel(c, e, e.possible, y, slot) < LAYERS ? 1 : 0;
}

/**
 * A snapshot's counts as evaluations are added, each with its procedure's code and its
 * province, numbered by the caller (`code`, `place`) so that adding one is a few array writes.
 * The code and province as text are asked of `describe`, with the two numbers the caller
 * gives for the evaluation (`a`, `b`), only for the examples and the places first counted.
 */
export class SnapshotTally {
  /** Per code: 16 when seen, and a bit per kind (1 blocked, 2 unknown, 4 paper, 8 document). */
  private readonly flags: Uint8Array;
  /** How many codes have each bit of `flags` (bit 4, seen, last), counted as bits are first set. */
  private readonly codes = new Int32Array(5);
  /** How many codes have some kind: the others seen are paperless everywhere. */
  private withKind = 0;
  /** Per place: the count of each kind. */
  private readonly counts: Int32Array;
  /** Places in the order first counted, with their provinces. */
  private readonly places: number[] = [];
  private readonly provinces: (string | null)[] = [];
  private needsDocument: Snapshot['example'] = null;
  private blocked: Snapshot['example'] = null;

  constructor(
    codes: number,
    places: number,
    private readonly describe: (a: number, b: number) => { code: string; province: string | null },
  ) {
    this.flags = new Uint8Array(codes);
    this.counts = new Int32Array(places * 4);
  }

  add(code: number, place: number, kind: ResultState, a: number, b: number): void {
    this.addKind(code, place, KIND_INDEX[kind], a, b);
  }

  /** `add` with the state as its kind (see `KIND_INDEX`). */
  addKind(code: number, place: number, k: number, a: number, b: number): void {
    this.mark(code, 4);
    if (k < 0) return;
    this.mark(code, k);
    if (k >= 2 && !this.needsDocument) this.needsDocument = this.describe(a, b);
    if (k === 0 && !this.blocked) this.blocked = this.describe(a, b);
    if (this.counts[place * 4] + this.counts[place * 4 + 1] + this.counts[place * 4 + 2] + this.counts[place * 4 + 3] === 0) {
      this.places.push(place);
      this.provinces[place] = this.describe(a, b).province;
    }
    this.counts[place * 4 + k]++;
  }

  /** Sets bit `b` of a code's flags, counting the code for it the first time. */
  private mark(code: number, b: number): void {
    const bit = 1 << b;
    const flags = this.flags[code];
    if ((flags & bit) !== 0) return;
    if (b < 4 && (flags & 15) === 0) this.withKind++;
    this.flags[code] = flags | bit;
    this.codes[b]++;
  }

  /** The snapshot. Places follow `provinceOrder`, then any other province, central last. */
  snapshot(date: string, without: string[], provinceOrder: string[]): Snapshot {
    const places = this.places.map((place): PlaceCount => {
      const count = (k: number) => this.counts[place * 4 + k];
      return { province: this.provinces[place], blocked: count(0), unknown: count(1), paper: count(2), document: count(3) };
    });
    return {
      date,
      without,
      procedures: this.codes[4],
      blocked: this.codes[0],
      unknown: this.codes[1],
      paper: this.codes[2],
      document: this.codes[3],
      paperless: this.codes[4] - this.withKind,
      places: places.sort((a, b) => placeRank(a.province, provinceOrder) - placeRank(b.province, provinceOrder)),
      example: this.needsDocument ?? this.blocked,
    };
  }
}

function placeRank(province: string | null, order: string[]): number {
  if (province === null) return Number.MAX_SAFE_INTEGER;
  const i = order.indexOf(province);
  return i < 0 ? order.length : i;
}

/** Per catalog: each procedure's code number, how many codes, and each procedure's code in one array (matched against a set of codes without reading the procedures). */
const numbered = new WeakMap<CompiledCatalog, { number: Int32Array; count: number; code: string[] }>();
const masks = new WeakMap<Procedures, { c: CompiledCatalog; chosen: Uint8Array; list: Int32Array | undefined }>();

/**
 * Per procedure, the number of its code (procedures sharing a code share it) and whether it
 * is in `codes` (all when null); and the procedures in `codes`, ascending (undefined for
 * all). All are kept for the catalog and the set of codes, which a summary asks about many
 * times: a sunset document's dependents are few of a national catalog's procedures.
 */
function codeNumbers(
  c: CompiledCatalog,
  codes: Procedures | null,
): { number: Int32Array; count: number; chosen: Uint8Array; list: Int32Array | undefined } {
  let known = numbered.get(c);
  if (known === undefined) {
    const numbers = new Map<string, number>();
    const number = new Int32Array(c.procedureCount);
    const code = c.source.procedures.map((p) => p.code);
    for (let y = 0; y < c.procedureCount; y++) {
      let n = numbers.get(code[y]);
      if (n === undefined) numbers.set(code[y], (n = numbers.size));
      number[y] = n;
    }
    numbered.set(c, (known = { number, count: numbers.size, code }));
  }
  const key = codes ?? ALL;
  let mask = masks.get(key);
  if (mask === undefined || mask.c !== c) {
    const chosen = new Uint8Array(c.procedureCount);
    if (codes instanceof Int32Array) {
      for (const y of codes) chosen[y] = 1;
      masks.set(key, (mask = { c, chosen, list: codes }));
    } else {
      const list: number[] = [];
      for (let y = 0; y < c.procedureCount; y++) {
        chosen[y] = codes === null || codes.has(known.code[y]) ? 1 : 0;
        if (chosen[y] && codes !== null) list.push(y);
      }
      masks.set(key, (mask = { c, chosen, list: codes === null ? undefined : Int32Array.from(list) }));
    }
  }
  return { number: known.number, count: known.count, chosen: mask.chosen, list: mask.list };
}

/** The key of the mask of every procedure. */
const ALL: Procedures = new Set();

/** The snapshot of the evaluations of procedures in `codes` (all when null) in an analysis, in the order of its results. */
export function snapshotOf(c: CompiledCatalog, a: EvaluatedAnalysis, codes: Procedures | null, provinceOrder: string[]): Snapshot {
  return snapshotOfSome(c, a, null, provinceOrder, codes);
}

/** The snapshot of some evaluations (procedure, slot) of an analysis, in the order given; all of procedures in `codes` when null. */
export function snapshotOfSome(
  c: CompiledCatalog,
  a: EvaluatedAnalysis,
  evaluations: readonly [number, number][] | null,
  provinceOrder: string[],
  codes: Procedures | null = null,
): Snapshot {
  const { number, count, chosen, list } = codeNumbers(c, codes);
  const tally = new SnapshotTally(count, c.national + 1, (y, slot) => ({ code: c.source.procedures[y].code, province: slotProvince(c, slot) }));
  if (evaluations === null) tallyEvaluations(c, a, tally, number, chosen, list);
  else for (const [y, slot] of evaluations) if (chosen[y]) tally.addKind(number[y], slot, kindAt(c, a.evaluation, y, slot), y, slot);
  return tally.snapshot(a.result.at, a.result.without, provinceOrder);
}

/**
 * Adds to `tally` every evaluation of an analysis of the procedures `chosen` (those of `list`
 * when given), in the order of its results (see `eachEvaluation`). A procedure evaluated in
 * several slots is read a word of slots at a time: its views are cumulative bit sets, a
 * slot's bit set at every layer from its own up.
 */
function tallyEvaluations(
  c: CompiledCatalog,
  a: EvaluatedAnalysis,
  tally: SnapshotTally,
  number: Int32Array,
  chosen: Uint8Array,
  list: Int32Array | undefined,
): void {
  const e = a.evaluation;
  const W = c.words;
  const n = list === undefined ? c.procedureCount : list.length;
  for (let i = 0; i < n; i++) {
    const y = list === undefined ? i : list[i];
    if (!chosen[y]) continue;
    const one = c.slot[y];
    if (one >= 0) {
      if (evaluatedAnywhere(c, y, a.only)) tally.addKind(number[y], one, kindAt(c, e, y, one), y, one);
      continue;
    }
    const base = c.wideRow[y] * LAYERS * W;
    for (let w = 0; w < W; w++) {
      let slots = evaluatedSlots(c, y, a.only, w);
      if (slots === 0) continue;
      const data = e.definite.bits[base + FORM_RANK.data * W + w];
      const card = e.definite.bits[base + FORM_RANK.card * W + w];
      const met = e.definite.bits[base + ANY_FORM * W + w];
      const possible = e.possible.bits[base + ANY_FORM * W + w];
      while (slots !== 0) {
        const low = slots & -slots;
        slots ^= low;
        const slot = w * 32 + 31 - Math.clz32(low);
        // As kindAt: paperless, then a card or an electronic document, then paper; else unknown or blocked.
        const k = (met & low) === 0 ? ((possible & low) === 0 ? 0 : 1) : (data & low) !== 0 ? -1 : (card & low) !== 0 ? 3 : 2;
        tally.addKind(number[y], slot, k, y, slot);
      }
    }
  }
}

/**
 * How many codes in `codes` (all when null) have a procedure blocked somewhere in `after` and
 * none blocked anywhere in `before`, two analyses of the same provinces: one walk of both
 * procedures' views, codes counted by number.
 */
export function newlyBlocked(c: CompiledCatalog, before: EvaluatedAnalysis, after: EvaluatedAnalysis, codes: Procedures | null): number {
  if (before.only !== after.only) throw new RangeError('newlyBlocked compares two analyses of the same provinces.');
  const { number, count, list } = codeNumbers(c, codes);
  // Per code: 1 when blocked somewhere before, 2 when blocked somewhere after.
  const blocked = new Uint8Array(count);
  const m = list === undefined ? c.procedureCount : list.length;
  for (let i = 0; i < m; i++) {
    const y = list === undefined ? i : list[i];
    if (blockedSomewhere(c, before.evaluation, y, before.only)) blocked[number[y]] |= 1;
    if (blockedSomewhere(c, after.evaluation, y, after.only)) blocked[number[y]] |= 2;
  }
  let n = 0;
  for (let k = 0; k < count; k++) if (blocked[k] === 2) n++;
  return n;
}

/**
 * The ids of the legal documents whose amendments in force in an analysis meet (accept
 * something for, or drop) a requirement that names `document` as the required document or
 * as an alternative accepted from the start, of a procedure in `codes` evaluated there. What
 * a requirement's explanation lists as accepted by an amendment (each id once, after the
 * requirement's own) and as dropping it is the same in every province, so each requirement
 * is read once, found from the document.
 */
export function relievingLegal(c: CompiledCatalog, a: EvaluatedAnalysis, document: string, codes: Procedures): Set<string> {
  const e = a.evaluation;
  const ids = new Set<string>();
  const d = c.documentIndex.get(document);
  if (d === undefined) return ids;
  const legalOf = (amendment: number) => c.source.legal[c.amendmentLegal[amendment]];
  const { chosen } = codeNumbers(c, codes);
  // The requirements that name `document` (one that names it twice is read twice, to the same effect).
  const { start, items } = namingRequirements(c);
  for (let k = start[d]; k < start[d + 1]; k++) {
    const r = items[k];
    const y = c.requirementProcedure[r];
    if (!chosen[y] || !evaluatedAnywhere(c, y, a.only)) continue;
    const requirement = c.source.procedures[y].requires![c.requirementPosition[r]];
    if (e.droppedBy[r] >= 0) ids.add(legalOf(e.droppedBy[r]).id);
    const seen = new Set([requirement.document, ...(requirement.accept ?? [])]);
    for (let m = c.covers.start[r]; m < c.covers.start[r + 1]; m++) {
      const amendment = c.covers.items[m];
      if (!e.inForce[amendment]) continue;
      const legal = legalOf(amendment);
      for (const id of legal.amends![c.amendmentPosition[amendment]].accept ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        ids.add(legal.id);
      }
    }
  }
  return ids;
}

const naming = new WeakMap<CompiledCatalog, Csr>();

/**
 * Per document or data source, the requirements that name it as the required document or as
 * an alternative accepted from the start (`candidates` transposed), made once per catalog.
 */
function namingRequirements(c: CompiledCatalog): Csr {
  let rows = naming.get(c);
  if (rows === undefined) naming.set(c, (rows = reverseCsr(c.candidates, c.documentCount + c.dataSourceCount)));
  return rows;
}

/**
 * The evaluations (procedure, slot) of procedures in `codes` met with a card as their best
 * form in an analysis, in the order of its results: a procedure evaluated in several slots
 * read a word of slots at a time (met at the card layer, not at the one below).
 */
export function metWithCard(c: CompiledCatalog, a: EvaluatedAnalysis, codes: Procedures): [number, number][] {
  const e = a.evaluation;
  const W = c.words;
  const card = FORM_RANK.card;
  const out: [number, number][] = [];
  for (const y of codeNumbers(c, codes).list!) {
    const one = c.slot[y];
    if (one >= 0) {
      if (evaluatedAnywhere(c, y, a.only) && viewLevel(c, e, e.definite, y, one) === card) out.push([y, one]);
      continue;
    }
    const base = c.wideRow[y] * LAYERS * W;
    for (let w = 0; w < W; w++) {
      let slots = evaluatedSlots(c, y, a.only, w) & e.definite.bits[base + card * W + w] & ~e.definite.bits[base + (card - 1) * W + w];
      while (slots !== 0) {
        const low = slots & -slots;
        slots ^= low;
        out.push([y, w * 32 + 31 - Math.clz32(low)]);
      }
    }
  }
  return out;
}

/**
 * For the evaluations given that are met with paper in an analysis: each paper document a
 * requirement then chooses, with the codes of the procedures that choose it.
 */
export function chosenPaper(c: CompiledCatalog, a: EvaluatedAnalysis, evaluations: readonly [number, number][]): Map<string, Set<string>> {
  const x = explainContext(c, a.evaluation);
  const chosen = new Map<string, Set<string>>();
  for (const [y, slot] of evaluations) {
    const status = viewStatus(c, a.evaluation, y, slot);
    if (status !== 'met' || metLevel(c, a.evaluation, y, slot, status) !== 3) continue;
    for (let r = c.requirementStart[y]; r < c.requirementStart[y + 1]; r++) {
      // The candidate its explanation chooses, when a document met with paper.
      const candidate = chosenCandidate(x, r, slot);
      if (candidate === null || candidate.level !== ANY_FORM || candidate.ev >= c.documentCount) continue;
      const procedures = chosen.get(candidate.id) ?? new Set<string>();
      chosen.set(candidate.id, procedures.add(c.source.procedures[y].code));
    }
  }
  return chosen;
}
