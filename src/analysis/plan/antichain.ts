/**
 * Monotone boolean functions over change variables, as antichains of sets: a family
 * `[[1, 4], [2]]` is true for a set of changes S when S contains {1, 4} or {2}. Each set is
 * sorted and no set contains another. `TRUE` is `[[]]` (no change needed), `FALSE` is `[]`.
 */
export type ChangeSet = readonly number[];
export type Family = readonly ChangeSet[];

export const TRUE: Family = [[]];
export const FALSE: Family = [];

/** Whether sorted `a` is a subset of sorted `b`. */
export function isSubset(a: ChangeSet, b: ChangeSet): boolean {
  if (a.length > b.length) return false;
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j] < x) j++;
    if (j === b.length || b[j] !== x) return false;
    j++;
  }
  return true;
}

/** The union of two sorted sets, sorted. */
export function unionSets(a: ChangeSet, b: ChangeSet): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i === a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  return out;
}

function compareSets(a: ChangeSet, b: ChangeSet): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * A 32-bit summary of a set: bit `v % 32` for each member `v`. A subset's summary has no bit
 * its superset's lacks, so most sets that are not subsets are told apart by one AND.
 */
function signature(s: ChangeSet): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s[i] & 31);
  return m;
}

/**
 * The minimal sets among `sets`, smallest first; at most `cap` of them (the smallest), with
 * `truncated` set when more existed.
 */
export function minimize(sets: ChangeSet[], cap = Infinity): { family: Family; truncated: boolean } {
  const sorted = [...sets].sort(compareSets);
  const kept: ChangeSet[] = [];
  const summaries: number[] = [];
  let truncated = false;
  // Kept sets as long as `s` cannot be subsets of it without being equal, and an equal one
  // is the last kept: only the `shorter` ones before them are compared.
  let shorter = 0;
  for (const s of sorted) {
    if (kept.length > 0 && compareSets(kept[kept.length - 1], s) === 0) continue;
    if (kept.length > 0 && kept[kept.length - 1].length < s.length) shorter = kept.length;
    const summary = signature(s);
    let covered = false;
    for (let k = 0; k < shorter && !covered; k++) covered = (summaries[k] & ~summary) === 0 && isSubset(kept[k], s);
    if (covered) continue;
    if (kept.length >= cap) {
      truncated = true;
      break;
    }
    kept.push(s);
    summaries.push(summary);
  }
  return { family: kept, truncated };
}

/** a OR b. */
export function or(a: Family, b: Family, cap = Infinity): { family: Family; truncated: boolean } {
  if (a.length === 0) return { family: b, truncated: false };
  if (b.length === 0) return { family: a, truncated: false };
  return minimize([...a, ...b], cap);
}

/** a AND b. */
export function and(a: Family, b: Family, cap = Infinity): { family: Family; truncated: boolean } {
  if (a.length === 0 || b.length === 0) return { family: FALSE, truncated: false };
  if (isTrue(a)) return { family: b, truncated: false };
  if (isTrue(b)) return { family: a, truncated: false };
  const all: ChangeSet[] = [];
  for (const x of a) for (const y of b) all.push(unionSets(x, y));
  return minimize(all, cap);
}

export function isTrue(f: Family): boolean {
  return f.length === 1 && f[0].length === 0;
}

/** Whether the family is true for the changes marked in `chosen`. */
export function satisfiedBy(f: Family, chosen: Uint8Array): boolean {
  return f.some((s) => s.every((v) => chosen[v] === 1));
}

/** A canonical string, equal for equal families. */
export function familyKey(f: Family): string {
  return `${f.length}:${f.map((s) => s.join(',')).join('|')}`;
}
