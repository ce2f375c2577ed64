import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { parseReform } from '../../../src/analysis/reform/parse-reform.js';
import { checkReform } from '../../../src/analysis/reform/check-reform.js';
import type { Reform } from '../../../src/analysis/reform/types.js';
import type { Diagnostic } from '../../../src/diagnostics/types.js';

// A reform file broken at random, in any number of places, is still read to the end: every
// finding once, in order of position, the references of what can be read checked against the
// catalog, and never the schema's finding and a reference's about the same value.

const loaded = parseCatalog(readFileSync(new URL('../../fixtures/reform/catalog.yaml', import.meta.url), 'utf8'), { fileName: 'catalog.yaml' });
const catalog = loaded.catalog;

type Data = Record<string, unknown> | unknown[];
type Path = (string | number)[];

/** A valid reform with every kind of reference: provisions by id, by number and bare, scopes, accepts, connections. */
function validReform(): Record<string, unknown> {
  return {
    legal: [
      {
        id: 'nd-999-2023',
        number: '999/2023/NĐ-CP',
        type: 'nghi-dinh',
        issued: '2022-12-01',
        effective: '2023-01-01',
        amends: [
          { provision: { legal: '123/2015/ND-CP', article: 2 }, accept: ['csdlqg-dan-cu', 'ct07'], by: { article: 1 } },
          { scope: { document: 'so-ho-khau' }, drop: true, effective: '2023-06-01' },
          { provision: 'nd-61-2015', accept: ['ct07'] },
        ],
      },
      { id: 'nd-1000-2023', number: '1000/2023/NĐ-CP', type: 'nghi-dinh', amends: [{ provision: { legal: 'nd-999-2023', article: 1 }, accept: ['ct07'] }] },
    ],
    connect: [
      { data_source: 'csdlqg-dan-cu', province: 'GL', from: '2023-01-01' },
      { data_source: 'csdlqg-dan-cu', province: 'HN', from: '2024-01-01' },
    ],
  };
}

/** Values a mistake puts in place of another: other types, empty ones, names the catalog lacks or has under another kind, bad dates. */
const VALUES: unknown[] = [
  null, 7, true, '', ' ', [], {}, ['ct07', 5], { legal: 'nd-123-2015' }, { document: 7 },
  'Gia Lai', 'gl', 'XX', 'nd-123-2051', '999/2023/ND-CP', 'nd-999-2023', 'csdlqg-dan-cux', 'so-ho-khau', 'csdlqg-dan-cu', 'ct07',
  '2023-02-30', '2023-2-1', 'nghi-dinhh',
];
const KEYS = ['acept', 'colour', 'id', 'number', 'accept', 'drop', 'scope', 'provision', 'document', 'legal', 'from', 'province', 'data_source'];

/** Every place in the data a mutation can reach: each list and mapping, and each value in them. */
function places(data: Data, path: Path = [], out: Path[] = []): Path[] {
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  for (const [k, v] of entries) {
    out.push([...path, k]);
    if (v !== null && typeof v === 'object') places(v as Data, [...path, k], out);
  }
  return out;
}

function parentOf(data: Data, path: Path): Data {
  let v: unknown = data;
  for (const k of path.slice(0, -1)) v = (v as Record<string | number, unknown>)[k];
  return v as Data;
}

interface Mutation {
  op: 'replace' | 'delete' | 'add key' | 'repeat';
  place: number;
  value: number;
  key: number;
}

function mutate(data: Record<string, unknown>, m: Mutation): void {
  const all = places(data);
  if (all.length === 0) return;
  const path = all[m.place % all.length];
  const parent = parentOf(data, path);
  const last = path[path.length - 1];
  const target = (parent as Record<string | number, unknown>)[last];
  const value = structuredClone(VALUES[m.value % VALUES.length]);
  if (m.op === 'replace') (parent as Record<string | number, unknown>)[last] = value;
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as string];
  } else if (m.op === 'add key' && target !== null && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, unknown>)[KEYS[m.key % KEYS.length]] = value;
  } else if (m.op === 'repeat' && Array.isArray(target) && target.length > 0) {
    target.push(structuredClone(target[m.value % target.length]));
  }
}

const mutation = fc.record({
  op: fc.constantFrom<Mutation['op']>('replace', 'delete', 'add key', 'repeat'),
  place: fc.nat(),
  value: fc.nat(),
  key: fc.nat(),
});

const layouts: Record<string, (d: unknown) => string> = {
  block: (d) => stringify(d),
  flow: (d) => stringify(d, { collectionStyle: 'flow' }),
  json: (d) => `${JSON.stringify(d, null, 2)}\n`,
};

const REFERENCE_CODES = new Set(['UNKNOWN_REFERENCE', 'WRONG_REFERENCE_KIND', 'DUPLICATE_ID', 'DUPLICATE_LEGAL_NUMBER']);
const at = (d: Diagnostic) => `${d.location!.line}:${d.location!.column}`;

describe('parseReform on reform files broken at random', () => {
  it('starts from a reform with no finding', () => {
    expect(parseReform(stringify(validReform()), { catalog }).diagnostics).toEqual([]);
  });

  it('never throws, reports each finding once, in order, and never both the schema and a reference check about one value', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom(...Object.keys(layouts)), (mutations, layout) => {
        const data = validReform();
        for (const m of mutations) mutate(data, m);
        const text = layouts[layout](data);
        const r = parseReform(text, { catalog, fileName: 'reform.yaml' });
        const found = r.diagnostics;
        for (const d of found) expect(d.location, d.message).toBeDefined();
        // Ordered by position.
        for (let i = 1; i < found.length; i++) {
          const [a, b] = [found[i - 1].location!, found[i].location!];
          expect(a.line < b.line || (a.line === b.line && a.column <= b.column), `${at(found[i - 1])} before ${at(found[i])}`).toBe(true);
        }
        // No finding twice: never one position twice with one code about one thing (an entry
        // lacking two fields gets MISSING_FIELD for each, at the entry, as in a catalog).
        const keys = found.map((d) => `${at(d)} ${d.code} ${JSON.stringify(d.args ?? {})}`);
        expect(new Set(keys).size, keys.join('\n')).toBe(keys.length);
        // What the file alone gives (the schema's and the dates' findings) is never at the place of a reference's finding.
        const alone = new Set(parseReform(text, { fileName: 'reform.yaml' }).diagnostics.map((d) => `${at(d)} ${d.code}`));
        const referencePlaces = new Set(found.filter((d) => REFERENCE_CODES.has(d.code)).map(at));
        for (const d of found) {
          if (referencePlaces.has(at(d))) expect(alone.has(`${at(d)} ${d.code}`), `${at(d)} ${d.code}: ${d.message}`).toBe(false);
        }
        // Not applied while anything is wrong.
        if (found.some((d) => d.severity === 'error')) expect(r.ok).toBe(false);
        // The file and the same reform built in code get the same findings.
        const inCode = checkReform(JSON.parse(JSON.stringify(data)) as Reform, catalog);
        expect(inCode.map((d) => d.message).sort()).toEqual(found.map((d) => d.message).sort());
      }),
      { numRuns: 400 },
    );
  });
});
