import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/index.js';

// More findings than a call takes arguments (about 120,000 in Node 20), of three kinds that go
// through different checks: an unknown key (the schema), a value of no form of a union (the
// schema's anyOf, reworded once per union), a document that is not defined (the references).
const COUNT = 130_000;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-many-errors-'));
  const procedures = Array.from({ length: COUNT }, (_, i) => ({
    code: `p${i}`,
    name: 'x',
    level: ['xa'],
    requires: i % 10 === 5 ? [{ document: `d${i}` }] : [],
    ...(i % 10 === 0 ? { provinces: 5 } : {}),
    foo: 1,
  }));
  const catalog = { catalog: { name: 'many errors', cutoff: '2023-01-01' }, provinces: [{ code: 'HN', name: 'Hà Nội' }], procedures };
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(catalog));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a catalog with very many errors', () => {
  it('loads, and returns every one of them, located', async () => {
    const r = await loadCatalog(join(dir, 'catalog.json'), { threads: 1 });
    expect(r.ok).toBe(false);
    const byCode: Record<string, number> = {};
    for (const d of r.diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    expect(byCode).toEqual({ UNKNOWN_KEY: COUNT, WRONG_TYPE: COUNT / 10, UNKNOWN_REFERENCE: COUNT / 10 });
    const last = r.diagnostics[r.diagnostics.length - 1];
    expect(last).toMatchObject({ code: 'UNKNOWN_KEY', args: { key: 'foo' }, location: { line: 1, path: ['procedures', COUNT - 1, 'foo'] } });
  }, 30_000);
});
