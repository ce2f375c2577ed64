import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { checkReform } from '../../../src/analysis/reform/check-reform.js';
import { parseReform } from '../../../src/analysis/reform/parse-reform.js';
import type { Connection } from '../../../src/analysis/reform/types.js';

// A reform file can hold tens of thousands of entries (a national plan, a script's output):
// each of its findings is the one a small file gets, at the place of its entry.

const dir = new URL('../../fixtures/reform/', import.meta.url);
const loaded = parseCatalog(readFileSync(new URL('catalog.yaml', dir), 'utf8'), { fileName: 'catalog.yaml' });
const catalog = loaded.catalog;

const N = 4_000;
/** Connection i: a province the catalog lacks, HN or GL (each connected many times), or a misspelt data source. */
function connection(i: number): Connection {
  const kind = i % 4;
  return {
    data_source: kind === 3 ? 'csdlqg-dan-cuu' : 'csdlqg-dan-cu',
    province: kind === 0 ? (i % 8 === 0 ? 'ZZ' : 'HNX') : kind === 1 ? 'HN' : 'GL',
    from: `2023-0${1 + (i % 9)}-01`,
  };
}
const connections = Array.from({ length: N }, (_, i) => connection(i));
const lines = connections.map((c) => `  - { data_source: ${c.data_source}, province: ${c.province}, from: ${c.from} }`);
const text = `connect:\n${lines.join('\n')}\n`;

/** What the entry on line `i + 2` is to get, worked out from its line: code, line:column, hint. */
function expected(): string[] {
  const out: string[] = [];
  const first = new Map<string, number>();
  connections.forEach((c, i) => {
    const line = i + 2;
    const at = (word: string) => `${line}:${lines[i].indexOf(word) + word.length + 1}`;
    const found: [number, string][] = [];
    if (c.data_source !== 'csdlqg-dan-cu') found.push([lines[i].indexOf('data_source: '), `UNKNOWN_REFERENCE ${at('data_source: ')} Did you mean 'csdlqg-dan-cu'? Use an id from data_sources: of the catalog.`]);
    if (c.province !== 'HN' && c.province !== 'GL') {
      const hint = c.province === 'HNX' ? "Did you mean 'HN'? " : '';
      found.push([lines[i].indexOf('province: '), `UNKNOWN_REFERENCE ${at('province: ')} ${hint}Use a province code from provinces: of the catalog.`]);
    }
    const key = `${c.data_source} ${c.province}`;
    if (first.has(key)) found.push([2, `DUPLICATE_ITEM ${line}:5 Keep one connection per data source and province.`]);
    else first.set(key, i);
    out.push(...found.sort((a, b) => a[0] - b[0]).map(([, d]) => d));
  });
  return out;
}

describe('a reform of thousands of connections', () => {
  it('has each finding of each entry at its own line and column, in order, as a one-entry file has it', () => {
    const r = parseReform(text, { fileName: 'plan.yaml', catalog, catalogLocations: loaded.locations });
    const want = expected();
    expect(want.length).toBeGreaterThan(N);
    expect(r.diagnostics.map((d) => `${d.code} ${d.location!.line}:${d.location!.column} ${d.hint}`)).toEqual(want);
    expect(r.ok).toBe(false);
    for (const d of r.diagnostics) expect(d.location!.file).toBe('plan.yaml');
    // The last entry's finding is word for word the finding of a file holding that entry alone.
    const last = r.diagnostics[r.diagnostics.length - 1];
    const alone = parseReform(`connect:\n${lines[N - 1]}\n`, { fileName: 'plan.yaml', catalog }).diagnostics;
    const one = alone[alone.length - 1];
    expect(last.location).toEqual({ ...one.location, line: N + 1, endLine: N + 1, path: ['connect', N - 1, 'data_source'] });
    expect(last.message).toBe(one.message.replace('Connection 1 ', `Connection ${N} `));
    expect(last.hint).toBe(one.hint);
  });

  it('without errors is read whole, each connection given again warned of where it is', () => {
    const valid = connections.map((c, i) => ({ ...c, data_source: 'csdlqg-dan-cu', province: i % 2 ? 'HN' : 'GL' }));
    const r = parseReform(`connect:\n${valid.map((c) => `  - { data_source: ${c.data_source}, province: ${c.province}, from: ${c.from} }`).join('\n')}\n`, { catalog });
    expect(r.ok).toBe(true);
    expect(r.reform!.connect).toEqual(valid);
    expect(r.diagnostics.map((d) => `${d.code} ${d.location!.line}:${d.location!.column}`)).toEqual(
      valid.flatMap((c, i) => (i < 2 ? [] : [`DUPLICATE_ITEM ${i + 2}:5`])),
    );
    expect(r.diagnostics[0].message).toBe("Connection 3 connects 'csdlqg-dan-cu' in GL again (connection 1 already does); the earlier date wins.");
  });

  it('built in code: a province written by name or in another case gets its code, in place of the schema’s finding', () => {
    const given = ['Gia Lai', 'gl', ' ha noi ', 'HNX', 'ZZ', 'GL'];
    const reform = { connect: Array.from({ length: N }, (_, i) => ({ data_source: 'csdlqg-dan-cu', province: given[i % given.length], from: '2023-01-01' })) };
    const d = checkReform(reform, catalog);
    const hints: Record<string, string> = {
      'Gia Lai': "Did you mean 'GL' (Gia Lai)? ",
      gl: "Did you mean 'GL' (Gia Lai)? ",
      ' ha noi ': "Did you mean 'HN' (Hà Nội)? ",
      HNX: "Did you mean 'HN'? ",
      ZZ: '',
    };
    const want = reform.connect.flatMap((c, i) => {
      const unknown = c.province in hints ? [`UNKNOWN_REFERENCE ${hints[c.province]}Use a province code from provinces: of the catalog.`] : [];
      return i < given.length ? unknown : [...unknown, 'DUPLICATE_ITEM Keep one connection per data source and province.'];
    });
    expect(d.map((x) => `${x.code} ${x.hint}`)).toEqual(want);
    expect(d.filter((x) => x.code === 'UNKNOWN_REFERENCE').map((x) => x.args?.reference)).toEqual(reform.connect.map((c) => c.province).filter((p) => p in hints));
  });
});

describe('a reform of thousands of legal documents', () => {
  const M = 1_500;
  /** Legal document i amends a provision of the catalog's Decree 123/2015, every tenth of a document misspelt. */
  const legal = Array.from({ length: M }, (_, i) => {
    const target = i % 10 === 0 ? (i % 20 === 0 ? 'nd-123-2051' : `nd-zz-${i}`) : 'nd-123-2015';
    return `  - { id: r-${i}, number: ${i + 1}/2031/NĐ-CP, type: nghi-dinh, amends: [{ provision: { legal: ${target}, article: 2 }, accept: [ct07] }] }`;
  });

  it('locates each amendment of a document neither the catalog nor the reform has, with the same suggestion each time', () => {
    const r = parseReform(`legal:\n${legal.join('\n')}\n`, { catalog });
    const want = legal.flatMap((line, i) => {
      if (i % 10 !== 0) return [];
      const hint = i % 20 === 0 ? "Did you mean 'nd-123-2015'? " : '';
      const column = line.indexOf('legal: ') + 'legal: '.length + 1;
      return [`UNKNOWN_REFERENCE ${i + 2}:${column} ${hint}Refer to a legal document by its id (nd-123-2015) or its number (123/2015/NĐ-CP).`];
    });
    expect(r.diagnostics.map((d) => `${d.code} ${d.location!.line}:${d.location!.column} ${d.hint}`)).toEqual(want);
  });
});
