import { familyKey, isTrue, type ChangeSet, type Family } from './antichain.js';

/** A monotone condition over change variables, with how many evaluations it stands for. */
export interface Weighted {
  sets: Family;
  weight: number;
}

/**
 * One independent part of the covering problem, over local variables 0..vars.length-1:
 * `constraints` are the targets (each satisfied by containing one of its sets), `bonus`
 * the tie-break (evaluations that become paperless).
 */
export interface Component {
  /** Global change index of each local variable. */
  vars: number[];
  constraints: Weighted[];
  bonus: Weighted[];
}

/** Merges equal families, adding up their weights. */
export function mergeEqual(items: Weighted[]): Weighted[] {
  const byKey = new Map<string, Weighted>();
  for (const it of items) {
    const k = familyKey(it.sets);
    const known = byKey.get(k);
    if (known) known.weight += it.weight;
    else byKey.set(k, { sets: it.sets, weight: it.weight });
  }
  return [...byKey.values()];
}

/**
 * Splits the problem into independent components: variables are linked when a set of a
 * constraint or of a bonus family uses both. Bonus sets that use a variable no constraint
 * uses are dropped (such a change is never worth making for the tie-break alone).
 */
export function splitComponents(constraints: Weighted[], bonus: Weighted[]): Component[] {
  const universe = new Set<number>();
  for (const c of constraints) for (const s of c.sets) for (const v of s) universe.add(v);
  const parent = new Map<number, number>([...universe].map((v) => [v, v]));
  const find = (v: number): number => {
    let r = v;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    while (parent.get(v)! !== r) {
      const next = parent.get(v)!;
      parent.set(v, r);
      v = next;
    }
    return r;
  };
  const link = (s: ChangeSet) => {
    for (let i = 1; i < s.length; i++) parent.set(find(s[i]), find(s[0]));
  };
  const usable = bonus
    .map((b) => ({ sets: b.sets.filter((s) => s.length > 0 && s.every((v) => universe.has(v))), weight: b.weight }))
    .filter((b) => b.sets.length > 0 && !isTrue(b.sets));
  for (const c of constraints) {
    for (const s of c.sets) link(s);
    // The sets of one constraint are alternatives: linked too, so a constraint lies in one component.
    const firsts = c.sets.filter((s) => s.length > 0).map((s) => s[0]);
    for (let i = 1; i < firsts.length; i++) parent.set(find(firsts[i]), find(firsts[0]));
  }
  for (const b of usable) {
    for (const s of b.sets) link(s);
    for (let i = 1; i < b.sets.length; i++) parent.set(find(b.sets[i][0]), find(b.sets[0][0]));
  }
  const groups = new Map<number, number[]>();
  for (const v of [...universe].sort((a, b) => a - b)) {
    const r = find(v);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(v);
  }
  const components = new Map<number, Component>();
  const local = new Map<number, number>();
  for (const [root, vars] of groups) {
    components.set(root, { vars, constraints: [], bonus: [] });
    vars.forEach((v, i) => local.set(v, i));
  }
  const toLocal = (f: Family): Family => f.map((s) => s.map((v) => local.get(v)!).sort((a, b) => a - b));
  for (const c of constraints) {
    const first = c.sets.find((s) => s.length > 0);
    if (!first) continue;
    components.get(find(first[0]))!.constraints.push({ sets: toLocal(c.sets), weight: c.weight });
  }
  for (const b of usable) components.get(find(b.sets[0][0]))!.bonus.push({ sets: toLocal(b.sets), weight: b.weight });
  return [...components.values()].sort((a, b) => a.vars[0] - b.vars[0]);
}

/**
 * Variables that some other variable dominates: swapping v for w keeps every constraint and
 * bonus family satisfied (every set with v, with v replaced by w, contains a set of the same
 * family). Some optimal plan avoids every returned variable; of equivalent ones the lowest is kept.
 */
export function dominatedVars(component: Component): Set<number> {
  const families = [...component.constraints, ...component.bonus].map((f) => f.sets);
  const n = component.vars.length;
  const occurs: number[][] = Array.from({ length: n }, () => []);
  const members = families.map((f) => {
    const m = new Set<number>();
    for (const s of f) for (const v of s) m.add(v);
    return m;
  });
  members.forEach((m, fi) => {
    for (const v of m) occurs[v].push(fi);
  });
  const dominates = (w: number, v: number): boolean => {
    for (const fi of occurs[v]) {
      const f = families[fi];
      for (const a of f) {
        if (!a.includes(v)) continue;
        const swapped = [...new Set([...a.filter((x) => x !== v), w])].sort((x, y) => x - y);
        if (!f.some((b) => b.every((x) => swapped.includes(x)))) return false;
      }
    }
    return true;
  };
  const removed = new Set<number>();
  for (let v = 0; v < n; v++) {
    if (occurs[v].length === 0) {
      removed.add(v);
      continue;
    }
    let candidates = [...members[occurs[v][0]]].filter((x) => x !== v);
    for (const fi of occurs[v]) candidates = candidates.filter((x) => members[fi].has(x));
    for (const w of candidates) {
      if (removed.has(w)) continue;
      if (dominates(w, v) && (!dominates(v, w) || w < v)) {
        removed.add(v);
        break;
      }
    }
  }
  return removed;
}

/** The component without the given variables: sets using them are dropped. */
export function withoutVars(component: Component, removed: Set<number>): Component {
  const keep = (f: Weighted): Weighted => ({ sets: f.sets.filter((s) => !s.some((v) => removed.has(v))), weight: f.weight });
  return {
    vars: component.vars,
    constraints: component.constraints.map(keep),
    bonus: component.bonus.map(keep).filter((b) => b.sets.length > 0),
  };
}
