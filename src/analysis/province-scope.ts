import type { CompiledCatalog } from './compiled-types.js';

/** What one province's analysis reads. */
export interface ProvinceScope {
  /** Per procedure: 1 when in scope. */
  procedures: Uint8Array;
  /** The components (see `CompiledCatalog.components`) in scope, in evaluation order: a component is in or out whole. */
  components: Int32Array;
  /** Per procedure: its row in an evaluation of the scope (its views' position), -1 outside it. */
  rows: Int32Array;
  /** How many procedures are in scope. */
  count: number;
}

const scopes = new WeakMap<CompiledCatalog, Map<number, ProvinceScope>>();

/**
 * Per procedure: 1 when the analysis of province `slot` reads its views: it runs there or
 * is central, or one of those depends on it (needs it, or a document it issues could be a
 * candidate), directly or through others. Worked out once per compiled catalog and province.
 */
export function provinceScope(c: CompiledCatalog, slot: number): ProvinceScope {
  if (!Number.isInteger(slot) || slot < 0 || slot >= c.national) {
    throw new RangeError(`No province ${slot}: province indexes run from 0 to ${c.national - 1}.`);
  }
  let byProvince = scopes.get(c);
  if (byProvince === undefined) {
    byProvince = new Map();
    scopes.set(c, byProvince);
  }
  let scope = byProvince.get(slot);
  if (scope === undefined) {
    const procedures = dependencyClosure(c, slot);
    const { order, start, cyclic } = c.components;
    const components: number[] = [];
    for (let k = 0; k < cyclic.length; k++) if (procedures[order[start[k]]]) components.push(k);
    const rows = new Int32Array(c.procedureCount).fill(-1);
    let count = 0;
    for (let y = 0; y < c.procedureCount; y++) if (procedures[y]) rows[y] = count++;
    scope = { procedures, components: Int32Array.from(components), rows, count };
    byProvince.set(slot, scope);
  }
  return scope;
}

function dependencyClosure(c: CompiledCatalog, slot: number): Uint8Array {
  const scope = new Uint8Array(c.procedureCount);
  const stack: number[] = [];
  const word = slot >>> 5;
  const bit = 1 << (slot & 31);
  for (let y = 0; y < c.procedureCount; y++) {
    if (c.central[y] || (c.domain[y * c.words + word] & bit) !== 0) {
      scope[y] = 1;
      stack.push(y);
    }
  }
  const { start, items } = c.dependencies;
  while (stack.length > 0) {
    const y = stack.pop()!;
    for (let q = start[y]; q < start[y + 1]; q++) {
      const x = items[q];
      if (scope[x] === 0) {
        scope[x] = 1;
        stack.push(x);
      }
    }
  }
  return scope;
}
