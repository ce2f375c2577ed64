import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/generate.mjs';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import type { LoadResult } from '../../src/catalog/load-types.js';
import type { CatalogFile } from '../../src/catalog/types.js';

// JSON is YAML: the same text read through the YAML parser (a .yaml name) is the plain path
// the JSON fast path (a .json name) must agree with, positions of every diagnostic included,
// on realistic catalogs with every kind of mistake, in every layout a tool might write.

const FIXTURES = join(import.meta.dirname, 'json-fast-path-fixtures');

/** Both readings of one text, with the file name made the same so they can be compared. */
function bothWays(text: string, options: { strict?: boolean; locations?: boolean } = {}) {
  const fast = parseCatalog(text, { ...options, fileName: 'catalog.json' });
  const plain = parseCatalog(text, { ...options, fileName: 'catalog.yaml' });
  return { fast: renamed(fast), plain: renamed(plain) };
}

/**
 * The result with one file name. Entity locations from the fast path give where an entity
 * starts but not where it ends (the scan for them stops there), so only their starts count.
 */
function renamed(r: LoadResult): unknown {
  const same = JSON.parse(JSON.stringify(r).replaceAll('catalog.json', 'catalog.X').replaceAll('catalog.yaml', 'catalog.X')) as LoadResult;
  for (const loc of Object.values(same.locations)) {
    delete loc.endLine;
    delete loc.endColumn;
  }
  return same;
}

type Obj = Record<string, unknown>;
/** An entity as plain data, to break it on purpose. */
const loose = (x: object) => x as unknown as Obj;
type Mutation = (c: Required<Omit<CatalogFile, 'catalog'>> & { catalog?: CatalogFile['catalog'] }, pick: (n: number) => number) => void;

const mutations: Record<string, Mutation> = {
  none: () => {},
  'missing required field': (c, pick) => {
    delete loose(c.procedures[pick(c.procedures.length)]).name;
  },
  'unknown key': (c, pick) => {
    loose(c.procedures[pick(c.procedures.length)]).colour = 'xanh';
  },
  'unknown key in a requirement': (c, pick) => {
    const p = c.procedures.find((x) => x.requires?.length)!;
    loose(p.requires![pick(p.requires!.length)]).ghi_chu = 1;
  },
  'wrong type': (c, pick) => {
    loose(c.procedures[pick(c.procedures.length)]).level = 'xa';
  },
  'wrong enum': (c, pick) => {
    loose(c.documents[pick(c.documents.length)]).form = 'giay';
  },
  'duplicate id': (c, pick) => {
    c.documents.push({ ...c.documents[pick(c.documents.length)] });
  },
  'dangling reference': (c, pick) => {
    c.procedures[pick(c.procedures.length)].needs = ['9.999999'];
  },
  'dangling legal number': (c, pick) => {
    const p = c.procedures.find((x) => x.requires?.length)!;
    p.requires![0].basis = { legal: '999/2099/NĐ-CP', article: 1 };
    void pick;
  },
  'invalid date': (c, pick) => {
    c.documents[pick(c.documents.length)].valid_until = '2022-02-30';
  },
  'text not in NFC': (c, pick) => {
    const p = c.procedures[pick(c.procedures.length)];
    p.name = p.name.normalize('NFD');
  },
  'legal number written with ND': (c) => {
    c.legal.push({ id: 'nd-999-2020', number: '999/2020/ND-CP', type: 'nghi-dinh' });
    const p = c.procedures.find((x) => x.requires?.length)!;
    p.requires![0].basis = { legal: '999/2020/NĐ-CP', article: 3, clause: 1 };
  },
  'a __proto__ key': (c, pick) => {
    Object.defineProperty(c.procedures[pick(c.procedures.length)], '__proto__', { value: { polluted: true }, enumerable: true });
  },
  'empty list and empty text': (c, pick) => {
    const p = c.procedures[pick(c.procedures.length)];
    p.needs = [];
    p.field = '';
  },
};

const textChanges: Record<string, (t: string) => string> = {
  none: (t) => t,
  'non-ASCII written as \\u escapes': (t) => t.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
  'a byte-order mark': (t) => `\ufeff${t}`,
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'slashes escaped': (t) => t.replace(/\//g, '\\/'),
  'a key given twice': (t) => t.replace('"name":', '"name": "trùng", "name":'),
};

const layouts: Record<string, (d: unknown) => string> = {
  compact: (d) => JSON.stringify(d),
  pretty: (d) => `${JSON.stringify(d, null, 2)}\n`,
  'one entity a line': (d) =>
    `{\n${Object.entries(d as Obj)
      .map(([k, v]) => (Array.isArray(v) ? `"${k}": [\n${v.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]` : `"${k}": ${JSON.stringify(v)}`))
      .join(',\n')}\n}\n`,
};

function singleFile(procedures: number, seed: number) {
  const c = { provinces: [], documents: [], data_sources: [], legal: [], procedures: [] } as unknown as Parameters<Mutation>[0];
  for (const f of generateCatalog({ procedures, seed })) {
    for (const [k, v] of Object.entries(f.data)) {
      if (k === 'catalog') c.catalog = v as CatalogFile['catalog'];
      else (c[k as keyof typeof c] as unknown[]).push(...(v as unknown[]));
    }
  }
  return c;
}

describe('the JSON fast path', () => {
  it('gives what the YAML path gives for the same text: catalog, diagnostics with positions, locations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...Object.keys(mutations)),
        fc.constantFrom(...Object.keys(textChanges)),
        fc.constantFrom(...Object.keys(layouts)),
        fc.boolean(),
        fc.infiniteStream(fc.nat()),
        (seed, mutation, textChange, layout, strict, picks) => {
          const data = singleFile(12, seed);
          const it = picks[Symbol.iterator]();
          mutations[mutation](data, (n) => it.next().value % n);
          const text = textChanges[textChange](layouts[layout](data));
          const { fast, plain } = bothWays(text, { strict });
          expect(fast).toEqual(plain);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with the YAML path without locations too', () => {
    const data = singleFile(60, 5);
    loose(data.procedures[3]).colour = 'đỏ';
    data.documents[2].valid_until = '2023-02-29';
    const text = layouts.pretty(data);
    const { fast, plain } = bothWays(text, { locations: false });
    expect(fast).toEqual(plain);
    expect((fast as LoadResult).diagnostics.length).toBeGreaterThan(1);
  });

  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  for (const name of fixtures) {
    it(`locates every finding as the YAML path does: ${name}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.json$/, '.expected')), 'utf8')) as [string, number, number][];
      const { fast, plain } = bothWays(text);
      expect(fast).toEqual(plain);
      const found = (fast as LoadResult).diagnostics.map((d) => [d.code, d.location?.line, d.location?.column]);
      expect(found).toEqual(expected);
    });
  }
});
