import type { Amendment, Catalog, DataSource, Legal, ProvisionObject } from '../../catalog/types.js';
import { legalNumberKey } from '../../text/vietnamese.js';
import type { Connection, Reform } from './types.js';
import { ReformMismatchError } from './types.js';
import { checkReform } from './check-reform.js';
import { completeCatalog } from '../../graph/complete-catalog.js';

/**
 * The catalog with a reform applied: its legal documents appended and its connections set
 * as province overrides of the data sources. Pure: the input catalog is never mutated; the
 * result shares every entity the reform does not touch.
 *
 * A connection sets the data source's override for that province to `from`, unless the
 * source already works there on an earlier date (through an earlier override, or through
 * `available_from` when the province has no override): the earliest date wins.
 *
 * Provision references of the new amendments are brought to the loaded form (objects, legal
 * documents by id where a number resolves), like a loaded catalog's.
 *
 * Throws ReformMismatchError for a reform with an error that `checkReform` reports (not in the
 * reform format, an unknown data source, province, document or legal document, a legal id or
 * number the catalog already has, a date that is not a calendar date written YYYY-MM-DD),
 * NotAReformError for what is not a reform object, and NotACatalogError for what is not a
 * catalog.
 */
export function applyReform(input: Catalog, reform: Reform): Catalog {
  const catalog = completeCatalog(input);
  const error = checkReform(reform, catalog).find((d) => d.severity === 'error');
  if (error !== undefined) {
    const reference = error.args?.reference ?? error.args?.id ?? error.args?.number ?? error.args?.value;
    throw new ReformMismatchError(`${error.message}${error.hint ? ` ${error.hint}` : ''}`, reference === undefined ? '' : String(reference));
  }
  const newLegal = reform.legal ?? [];
  const connections = reform.connect ?? [];
  if (newLegal.length === 0 && connections.length === 0) return { ...catalog };

  const legalIds = new Set(catalog.legal.map((l) => l.id));
  const byNumber = new Map<string, string>();
  for (const l of [...catalog.legal, ...newLegal]) byNumber.set(legalNumberKey(l.number), l.id);
  for (const l of newLegal) legalIds.add(l.id);
  const resolve = (ref: string): string => (legalIds.has(ref) ? ref : (byNumber.get(legalNumberKey(ref)) ?? ref));

  return {
    ...catalog,
    legal: [...catalog.legal, ...newLegal.map((l) => normaliseLegal(l, resolve))],
    data_sources: connections.length ? connectAll(catalog, connections) : catalog.data_sources,
  };
}

function normaliseLegal(legal: Legal, resolve: (ref: string) => string): Legal {
  if (!legal.amends) return legal;
  return { ...legal, amends: legal.amends.map((a) => normaliseAmendment(a, resolve)) };
}

function normaliseAmendment(a: Amendment, resolve: (ref: string) => string): Amendment {
  if (a.provision === undefined) return a;
  const p: ProvisionObject = typeof a.provision === 'string' ? { legal: a.provision } : a.provision;
  return { ...a, provision: { ...p, legal: resolve(p.legal) } };
}

function connectAll(catalog: Catalog, connections: Connection[]): DataSource[] {
  const index = new Map(catalog.data_sources.map((d, i) => [d.id, i]));
  const out = [...catalog.data_sources];
  const copied = new Set<number>();
  for (const c of connections) {
    // checkReform has made sure that the data source and the province exist.
    const i = index.get(c.data_source)!;
    const ds = out[i];
    const override = ds.provinces?.[c.province];
    const current = override === undefined ? (ds.available_from ?? null) : override;
    if (current !== null && current <= c.from) continue;
    if (!copied.has(i)) {
      out[i] = { ...ds, provinces: { ...(ds.provinces ?? {}) } };
      copied.add(i);
    }
    out[i].provinces![c.province] = c.from;
  }
  return out;
}
