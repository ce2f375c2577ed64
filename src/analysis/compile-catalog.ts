import type { Catalog } from '../catalog/types.js';
import { completeCatalog } from '../graph/complete-catalog.js';
import { legalIndex } from '../graph/legal-index.js';
import { resolveProvision, type ProvisionRef } from '../graph/provision-ref.js';
import { compileCoverage, type AmendmentTarget } from './compile-coverage.js';
import { FORM_RANK, type CompiledCatalog } from './compiled-types.js';
import { compileSchedule } from './compile-schedule.js';
import { toCsr, type Csr } from './csr.js';
import { ALWAYS, NEVER, toDay } from './day.js';
import type { UnresolvedReference } from './errors.js';
import { PROVINCIAL_LEVELS } from '../catalog/levels.js';

/**
 * Compiles a catalog for evaluation at any date (see `CompiledCatalog`). Accepts the loader's
 * normalised catalog and also raw catalogs (bare-string provisions, legal documents referred
 * to by number). References that do not resolve are listed in `unresolved`.
 */
export function compileCatalog(input: Catalog): CompiledCatalog {
  const catalog = completeCatalog(input);
  const unresolved: UnresolvedReference[] = [];
  const missing = (kind: UnresolvedReference['kind'], reference: string, where: string) =>
    unresolved.push({ kind, reference, where });

  const provinces = catalog.provinces.map((p) => p.code);
  const provinceIndex = indexBy(provinces);
  const national = provinces.length;
  const words = (national + 1 + 31) >>> 5;
  const all = new Uint32Array(words);
  for (let s = 0; s <= national; s++) all[s >>> 5] |= 1 << (s & 31);

  const documentIndex = indexBy(catalog.documents.map((d) => d.id));
  const dataSourceIndex = indexBy(catalog.data_sources.map((s) => s.id));
  const documentCount = catalog.documents.length;
  const evidence = (id: string, where: string): number => {
    const d = documentIndex.get(id);
    if (d !== undefined) return d;
    const s = dataSourceIndex.get(id);
    if (s !== undefined) return documentCount + s;
    missing('evidence', id, where);
    return -1;
  };
  const procedureIndex = indexBy(catalog.procedures.map((p) => p.code));
  const procedureRef = (code: string, where: string): number => {
    const i = procedureIndex.get(code);
    if (i === undefined) missing('procedure', code, where);
    return i ?? -1;
  };
  const legal = legalIndex(catalog);
  const provision = (ref: Parameters<typeof resolveProvision>[0], where: string): ProvisionRef => {
    const resolved = resolveProvision(ref, legal);
    if (resolved.legalIndex < 0) missing('legal', resolved.legal, where);
    return resolved;
  };

  // Documents and data sources.
  const form = new Uint8Array(documentCount);
  const validUntil = new Int32Array(documentCount);
  const obtainable = new Uint8Array(documentCount);
  const obtainRows: number[][] = [];
  catalog.documents.forEach((d, i) => {
    form[i] = FORM_RANK[d.form] ?? FORM_RANK.paper;
    validUntil[i] = toDay(d.valid_until, NEVER);
    obtainable[i] = d.obtained_by === undefined ? 0 : 1;
    obtainRows.push((d.obtained_by ?? []).map((c) => procedureRef(c, `documents[${d.id}].obtained_by`)));
    if (d.sunset_basis !== undefined) provision(d.sunset_basis, `documents[${d.id}].sunset_basis`);
  });
  const dataSourceCount = catalog.data_sources.length;
  const availableFrom = new Int32Array(dataSourceCount);
  const connectedFrom = new Int32Array(dataSourceCount * national).fill(-1);
  catalog.data_sources.forEach((s, i) => {
    availableFrom[i] = toDay(s.available_from, NEVER);
    for (const [code, date] of Object.entries(s.provinces ?? {})) {
      const p = provinceIndex.get(code);
      if (p === undefined) missing('province', code, `data_sources[${s.id}].provinces`);
      else connectedFrom[i * national + p] = date === null ? NEVER : toDay(date, NEVER);
    }
  });

  // Amendments, flattened over legal documents.
  const amendmentLegal: number[] = [];
  const amendmentPosition: number[] = [];
  const amendmentFrom: number[] = [];
  const amendmentUntil: number[] = [];
  const amendmentDrop: number[] = [];
  const acceptRows: number[][] = [];
  const targets: AmendmentTarget[] = [];
  catalog.legal.forEach((l, li) => {
    (l.amends ?? []).forEach((a, j) => {
      const where = `legal[${l.id}].amends[${j}]`;
      amendmentLegal.push(li);
      amendmentPosition.push(j);
      amendmentFrom.push(toDay(a.effective ?? l.effective, ALWAYS));
      amendmentUntil.push(toDay(l.expires, NEVER));
      amendmentDrop.push(a.drop === true ? 1 : 0);
      acceptRows.push((a.accept ?? []).map((id) => evidence(id, `${where}.accept`)));
      if (a.provision !== undefined) {
        targets.push({ kind: 'provision', provision: provision(a.provision, `${where}.provision`) });
      } else {
        const document = a.scope?.document ?? '';
        const d = documentIndex.get(document);
        if (d === undefined) missing('document', document, `${where}.scope.document`);
        targets.push({ kind: 'scope', document: d ?? -1 });
      }
    });
  });

  // Procedures and their requirements.
  const procedureCount = catalog.procedures.length;
  const central = new Uint8Array(procedureCount);
  const nowhere = new Uint8Array(procedureCount);
  const slot = new Int32Array(procedureCount).fill(-1);
  const domain = new Uint32Array(procedureCount * words);
  const needsRows: number[][] = [];
  const requirementStart = new Int32Array(procedureCount + 1);
  const requirementProcedure: number[] = [];
  const requirementPosition: number[] = [];
  const requirementDocument: number[] = [];
  const requirementBasis: (ProvisionRef | null)[] = [];
  const candidateRows: number[][] = [];
  catalog.procedures.forEach((p, i) => {
    const where = `procedures[${p.code}]`;
    const isCentral = !(p.level ?? []).some((level) => PROVINCIAL_LEVELS.has(level));
    central[i] = isCentral ? 1 : 0;
    if (isCentral) {
      domain[i * words + (national >>> 5)] |= 1 << (national & 31);
      slot[i] = national;
    } else {
      const list = p.provinces === undefined || p.provinces === 'all' ? provinces : p.provinces;
      let count = 0;
      for (const code of list) {
        const s = provinceIndex.get(code);
        if (s === undefined) missing('province', code, `${where}.provinces`);
        else if ((domain[i * words + (s >>> 5)] & (1 << (s & 31))) === 0) {
          domain[i * words + (s >>> 5)] |= 1 << (s & 31);
          count++;
          slot[i] = count === 1 ? s : -1;
        }
      }
      nowhere[i] = count === 0 ? 1 : 0;
    }
    needsRows.push((p.needs ?? []).map((c) => procedureRef(c, `${where}.needs`)));
    (p.requires ?? []).forEach((r, j) => {
      const at = `${where}.requires[${j}]`;
      requirementProcedure.push(i);
      requirementPosition.push(j);
      const d = documentIndex.get(r.document);
      if (d === undefined) missing('document', r.document, `${at}.document`);
      requirementDocument.push(d ?? -1);
      requirementBasis.push(r.basis === undefined ? null : provision(r.basis, `${at}.basis`));
      candidateRows.push([d ?? -1, ...(r.accept ?? []).map((id) => evidence(id, `${at}.accept`))]);
    });
    for (const basis of p.basis ?? []) provision(basis, `${where}.basis`);
    requirementStart[i + 1] = requirementProcedure.length;
  });

  const wideRow = new Int32Array(procedureCount).fill(-1);
  let wideCount = 0;
  for (let i = 0; i < procedureCount; i++) if (slot[i] < 0) wideRow[i] = wideCount++;

  const { covers, coverMaybe, droppable } = compileCoverage(targets, amendmentDrop, requirementDocument, requirementBasis);
  const candidates = toCsr(candidateRows);
  const amendmentAccept = toCsr(acceptRows);
  const obtainedBy = toCsr(obtainRows);
  const needs = toCsr(needsRows);
  const centrallyIssued = new Uint8Array(documentCount);
  for (let d = 0; d < documentCount; d++) {
    let only = obtainable[d];
    for (let k = obtainedBy.start[d]; k < obtainedBy.start[d + 1] && only; k++) {
      const x = obtainedBy.items[k];
      if (x >= 0 && !(central[x] && slot[x] >= 0)) only = 0;
    }
    centrallyIssued[d] = only;
  }
  const { plain, involved, plainLevel, plainUntil } = splitRequirements(procedureCount, requirementStart, candidates, covers, documentCount, obtainable, form, validUntil);
  const { procedureRanges, involvedRanges } = kernelRanges(procedureCount, involved, needs, candidates, covers);

  const schedule = compileSchedule({
    procedureCount,
    documentCount,
    needs,
    requirementStart,
    candidates,
    covers,
    amendmentAccept,
    obtainedBy,
  });

  return {
    source: catalog,
    legal,
    provinces,
    provinceIndex,
    national,
    words,
    all,
    procedureCount,
    procedureIndex,
    central,
    domain,
    nowhere,
    slot,
    wideRow,
    wideCount,
    needs,
    requirementStart,
    requirementCount: requirementProcedure.length,
    requirementProcedure: Int32Array.from(requirementProcedure),
    requirementPosition: Int32Array.from(requirementPosition),
    requirementDocument: Int32Array.from(requirementDocument),
    requirementBasis,
    candidates,
    covers,
    plain,
    involved,
    procedureRanges,
    involvedRanges,
    plainLevel,
    plainUntil,
    coverMaybe,
    droppable,
    documentCount,
    documentIndex,
    form,
    validUntil,
    obtainable,
    obtainedBy,
    centrallyIssued,
    dataSourceCount,
    dataSourceIndex,
    availableFrom,
    connectedFrom,
    amendmentCount: amendmentLegal.length,
    amendmentLegal: Int32Array.from(amendmentLegal),
    amendmentPosition: Int32Array.from(amendmentPosition),
    amendmentFrom: Int32Array.from(amendmentFrom),
    amendmentUntil: Int32Array.from(amendmentUntil),
    amendmentDrop: Uint8Array.from(amendmentDrop),
    amendmentAccept,
    amendmentTarget: targets,
    ...schedule,
    unresolved,
  };
}

/** `CompiledCatalog.plain`, `involved`, `plainLevel` and `plainUntil`. */
function splitRequirements(
  procedureCount: number,
  requirementStart: Int32Array,
  candidates: Csr,
  covers: Csr,
  documentCount: number,
  obtainable: Uint8Array,
  form: Uint8Array,
  validUntil: Int32Array,
): { plain: Csr; involved: Csr; plainLevel: Uint8Array; plainUntil: Int32Array } {
  const plain: number[][] = [];
  const involved: number[][] = [];
  const plainLevel = new Uint8Array(procedureCount);
  const plainUntil = new Int32Array(procedureCount).fill(NEVER);
  for (let y = 0; y < procedureCount; y++) {
    const documents: number[] = [];
    const others: number[] = [];
    for (let r = requirementStart[y]; r < requirementStart[y + 1]; r++) {
      const d = candidates.items[candidates.start[r]];
      const alone =
        candidates.start[r + 1] - candidates.start[r] === 1 &&
        covers.start[r + 1] === covers.start[r] &&
        d >= 0 &&
        d < documentCount &&
        !obtainable[d];
      if (alone) {
        documents.push(d);
        plainLevel[y] = Math.max(plainLevel[y], form[d]);
        plainUntil[y] = Math.min(plainUntil[y], validUntil[d]);
      } else others.push(r);
    }
    plain.push(documents);
    involved.push(others);
  }
  return { plain: toCsr(plain), involved: toCsr(involved), plainLevel, plainUntil };
}

/** `CompiledCatalog.procedureRanges` and `involvedRanges`. */
function kernelRanges(procedureCount: number, involved: Csr, needs: Csr, candidates: Csr, covers: Csr): { procedureRanges: Int32Array; involvedRanges: Int32Array } {
  const procedureRanges = new Int32Array(procedureCount * 4);
  for (let y = 0; y < procedureCount; y++) {
    procedureRanges[4 * y] = involved.start[y];
    procedureRanges[4 * y + 1] = involved.start[y + 1];
    procedureRanges[4 * y + 2] = needs.start[y];
    procedureRanges[4 * y + 3] = needs.start[y + 1];
  }
  const involvedRanges = new Int32Array(involved.items.length * 4);
  involved.items.forEach((r, i) => {
    involvedRanges[4 * i] = candidates.start[r];
    involvedRanges[4 * i + 1] = candidates.start[r + 1];
    involvedRanges[4 * i + 2] = covers.start[r];
    involvedRanges[4 * i + 3] = covers.start[r + 1];
  });
  return { procedureRanges, involvedRanges };
}

function indexBy(keys: string[]): Map<string, number> {
  const map = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!map.has(key)) map.set(key, i);
  });
  return map;
}
