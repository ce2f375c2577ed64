import type { Catalog, Section } from '../catalog/types.js';
import { SECTIONS } from '../catalog/types.js';
import { completeCatalog } from '../graph/complete-catalog.js';

/** One field of an entity whose value differs; values as in the catalogs (absent: undefined, dropped in JSON). */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** An entity present in both catalogs whose fields differ. */
export interface EntityChange {
  id: string;
  fields: FieldChange[];
}

/** What differs in one section between two catalogs. Ids in catalog order (A's, then B's). */
export interface SectionDiff {
  added: string[];
  removed: string[];
  changed: EntityChange[];
}

export interface EntityDiff {
  /** Fields of the `catalog:` settings that differ. */
  catalog: FieldChange[];
  sections: Record<Section, SectionDiff>;
}

/** The field that identifies an entity of each section. */
export const SECTION_KEYS: Record<Section, string> = {
  provinces: 'code',
  documents: 'id',
  data_sources: 'id',
  legal: 'id',
  procedures: 'code',
};

/**
 * Entities added, removed and changed in every section between catalogs `a` and `b`,
 * field by field. Two values are equal when they have the same JSON form, keys of objects
 * compared regardless of order; lists compare in order (a requirement moved is a change).
 */
export function diffEntities(inputA: Catalog, inputB: Catalog): EntityDiff {
  const a = completeCatalog(inputA);
  const b = completeCatalog(inputB);
  const sections = {} as Record<Section, SectionDiff>;
  for (const section of SECTIONS) {
    sections[section] = diffSection(a[section] as object[], b[section] as object[], SECTION_KEYS[section]);
  }
  return { catalog: diffFields((a.catalog ?? {}) as Record<string, unknown>, (b.catalog ?? {}) as Record<string, unknown>), sections };
}

function diffSection(a: object[], b: object[], key: string): SectionDiff {
  const idOf = (e: object) => String((e as Record<string, unknown>)[key]);
  const inB = new Map(b.map((e) => [idOf(e), e as Record<string, unknown>]));
  const inA = new Set(a.map(idOf));
  const out: SectionDiff = { added: [], removed: [], changed: [] };
  for (const e of a) {
    const id = idOf(e);
    const other = inB.get(id);
    if (!other) {
      out.removed.push(id);
      continue;
    }
    const fields = diffFields(e as Record<string, unknown>, other);
    if (fields.length) out.changed.push({ id, fields });
  }
  for (const e of b) if (!inA.has(idOf(e))) out.added.push(idOf(e));
  return out;
}

function diffFields(a: Record<string, unknown>, b: Record<string, unknown>): FieldChange[] {
  const names = [...Object.keys(a)];
  for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) names.push(k);
  const out: FieldChange[] = [];
  for (const field of names) {
    const before = Object.hasOwn(a, field) ? a[field] : undefined;
    const after = Object.hasOwn(b, field) ? b[field] : undefined;
    if (canonical(before) === canonical(after)) continue;
    const change: FieldChange = { field };
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    out.push(change);
  }
  return out;
}

/** JSON text with object keys sorted, so key order never counts as a change. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
