import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureCount } from '../../src/analysis/measure-count.js';
import { addDays } from '../../src/analysis/timeline-dates.js';
import type { Catalog } from '../../src/catalog/types.js';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import {
  AMENDED_DECREES,
  BOOKS,
  bookRequirements,
  CATALOG_DIR,
  FALLBACK,
  legalOf,
  loadBundled,
  LOOKUPS,
  NAMED_CODES,
  NOT_CONNECTED,
  REPO_DIR,
} from './helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await loadBundled()).catalog;
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the bundled catalog loads', () => {
  it('without any finding in strict mode, errors or warnings', async () => {
    const loaded = await loadBundled();
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line} ${d.message}`)).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it('and `tthc check catalog/` says so and exits 0', async () => {
    const io = memoryIo({ cwd: REPO_DIR });
    const code = await run(['check', 'catalog/'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
  });

  it('each file names the JSON Schema by a path that exists', () => {
    const files = yamlFiles(CATALOG_DIR);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const first = readFileSync(f, 'utf8').split('\n')[0];
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, f).not.toBeNull();
      expect(resolve(dirname(f), m![1]), f).toBe(resolve(REPO_DIR, 'schemas/catalog.schema.json'));
      expect(existsSync(resolve(dirname(f), m![1]))).toBe(true);
    }
  });
});

describe('what the catalog holds', () => {
  it('the 63 provinces of 2022, with distinct short uppercase codes', () => {
    const codes = catalog.provinces.map((p) => p.code);
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
    for (const c of [...NOT_CONNECTED, 'HN', 'HCM', 'HP', 'DN', 'CT']) expect(codes).toContain(c);
  });

  it('national codes only where known, visibly local codes elsewhere', () => {
    for (const p of catalog.procedures) {
      expect(p.code, p.name).toMatch(/^(\d\.\d{6}|qd06-\d{2}|nd104-\d{2}(-\d)?|bca-[a-z]+(-[a-z]+)*)$/);
    }
    const codes = catalog.procedures.map((p) => p.code);
    for (const c of NAMED_CODES) expect(codes).toContain(c);
  });

  it('the 25 essential services of Decision 06, one per row of its list', () => {
    const essential = catalog.procedures.filter((p) => p.essential === true);
    expect(essential).toHaveLength(25);
    const rows = new Map([['1.001193', 14], ['1.000894', 16], ['2.000986', 17]]);
    const numbers = essential.map((p) => rows.get(p.code) ?? Number(/^qd06-(\d{2})$/.exec(p.code)?.[1]));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // Every qd06 code is an essential service.
    for (const p of catalog.procedures) if (p.code.startsWith('qd06-')) expect(p.essential, p.code).toBe(true);
  });

  it('every procedure says who settles it and where it comes from', () => {
    for (const p of catalog.procedures) {
      for (const k of ['field', 'ministry', 'agency', 'source'] as const) expect(p[k], `${p.code} ${k}`).toBeTruthy();
      for (const r of p.requires ?? []) expect(r.basis, `${p.code} ${r.document}`).toBeDefined();
    }
    for (const l of catalog.legal) expect(l.source, l.id).toBeTruthy();
    for (const d of catalog.documents) expect(d.source, d.id).toBeTruthy();
    for (const s of catalog.data_sources) expect(s.source, s.id).toBeTruthy();
  });

  it('English names for the catalog, its published figures, every entity, and every ministry and field its procedures name', () => {
    expect(catalog.catalog?.name_en).toBeTruthy();
    for (const e of [...catalog.provinces, ...catalog.procedures, ...catalog.documents, ...catalog.data_sources]) expect(e.name_en, e.name).toBeTruthy();
    for (const l of catalog.legal) expect(l.title_en, l.id).toBeTruthy();
    for (const r of catalog.catalog?.reported ?? []) expect(r.claim_en, r.claim).toBeTruthy();
    const en = { ministry: catalog.catalog?.ministries_en ?? {}, field: catalog.catalog?.fields_en ?? {} };
    for (const p of catalog.procedures) {
      for (const k of ['ministry', 'field'] as const) expect(Object.hasOwn(en[k], p[k]!), `${p.code} ${k} ${p[k]}`).toBe(true);
    }
  });

  it('the books end on 2022-12-31 under Art. 38 cl. 3 of the Law on Residence', () => {
    for (const id of BOOKS) {
      const d = catalog.documents.find((x) => x.id === id)!;
      expect([d.form, d.valid_until]).toEqual(['paper', '2022-12-31']);
      expect(d.sunset_basis).toMatchObject({ legal: 'luat-cu-tru-2020', article: 38, clause: 3 });
    }
  });

  it('the CMND card ends on 2024-12-31 under Art. 46 cl. 2 of the Law on Identification 2023', () => {
    const d = catalog.documents.find((x) => x.id === 'cmnd')!;
    expect([d.form, d.valid_until]).toEqual(['card', '2024-12-31']);
    expect(d.sunset_basis).toEqual({ legal: 'luat-can-cuoc-2023', article: 46, clause: 2 });
    const law = catalog.legal.find((l) => l.id === 'luat-can-cuoc-2023')!;
    expect([law.number, law.effective]).toEqual(['26/2023/QH15', '2024-07-01']);
  });

  it('the Law on Citizen Identification 2014 is 59/2014/QH13, passed 2014-11-20, in force 2016-01-01 until the 2023 law', () => {
    const law = catalog.legal.find((l) => l.id === 'luat-cccd-2014')!;
    expect([law.number, law.issued, law.effective]).toEqual(['59/2014/QH13', '2014-11-20', '2016-01-01']);
    const next = catalog.legal.find((l) => l.id === 'luat-can-cuoc-2023')!;
    expect(addDays(law.expires!, 1)).toBe(next.effective);
  });

  it('the residence circulars 55, 56 and 57/2021/TT-BCA were issued 2021-05-15; 55 and 56 took effect with the Law on Residence', () => {
    const dates = ['tt-55-2021-bca', 'tt-56-2021-bca', 'tt-57-2021-bca'].map((id) => {
      const l = catalog.legal.find((x) => x.id === id)!;
      return [l.issued, l.effective];
    });
    const law = catalog.legal.find((l) => l.id === 'luat-cu-tru-2020')!;
    expect(law.effective).toBe('2021-07-01');
    expect(dates).toEqual([['2021-05-15', law.effective], ['2021-05-15', law.effective], ['2021-05-15', undefined]]);
  });

  it('the three Art. 14 lookups are not connected in Gia Lai, Phú Yên and Bắc Kạn', () => {
    for (const id of LOOKUPS) {
      const s = catalog.data_sources.find((x) => x.id === id)!;
      for (const p of NOT_CONNECTED) expect(s.provinces?.[p], `${id} ${p}`).toBeNull();
      expect(s.available_from! <= '2023-01-01').toBe(true);
    }
  });

  it('Decree 104 amends exactly the 19 decrees of its text, each change located inside it', () => {
    expect(measureCount(catalog, { count: 'legal-amended-by', legal: 'nd-104-2022', legal_type: 'nghi-dinh' })).toEqual([...AMENDED_DECREES].sort());
    const nd104 = catalog.legal.find((l) => l.id === 'nd-104-2022')!;
    expect(nd104.effective).toBe('2023-01-01');
    const art13 = ['nd-150-2018', 'nd-123-2015', 'nd-45-2021', 'nd-131-2021', 'nd-11-2021', 'nd-20-2021', 'nd-57-2017'];
    for (const a of nd104.amends!) {
      if (a.scope) {
        expect(a.by).toEqual({ article: 15, clause: 3 });
        continue;
      }
      const legal = legalOf(a.provision)!;
      const i = AMENDED_DECREES.indexOf(legal);
      if (i < 12) expect(a.by, legal).toEqual({ article: i + 1 });
      else expect(a.by, legal).toEqual({ article: 13, clause: art13.indexOf(legal) + 1 });
      expect(a.drop === true || (a.accept?.length ?? 0) > 0, legal).toBe(true);
    }
  });

  it('its Art. 15 cl. 3 catch-all accepts the lookups and the fallback documents for both books', () => {
    const nd104 = catalog.legal.find((l) => l.id === 'nd-104-2022')!;
    const scopes = nd104.amends!.filter((a) => a.scope);
    expect(scopes.map((a) => a.scope!.document).sort()).toEqual([...BOOKS].sort());
    for (const a of scopes) expect([...a.accept!].sort()).toEqual([...LOOKUPS, ...FALLBACK].sort());
  });

  it('at least one procedure rests on each amended decree through a book requirement', () => {
    for (const decree of AMENDED_DECREES) {
      const users = catalog.procedures.filter((p) => bookRequirements(p).some((r) => legalOf(r.basis) === decree));
      expect(users.length, decree).toBeGreaterThan(0);
    }
  });

  it('1.007659 is the "citation missing" case: its legal basis does not cite Decree 104', () => {
    const p = catalog.procedures.find((x) => x.code === '1.007659')!;
    expect(p.basis!.map(legalOf)).not.toContain('nd-104-2022');
    expect(bookRequirements(p).map((r) => legalOf(r.basis))).toEqual(['nd-134-2016']);
  });

  it('1.004884 keeps the old books as historical evidence, not as a requirement for a book', () => {
    const p = catalog.procedures.find((x) => x.code === '1.004884')!;
    expect(bookRequirements(p)).toEqual([]);
    const evidence = catalog.documents.find((d) => d.id === p.requires![0].document)!;
    expect(evidence.valid_until).toBeUndefined();
  });
});
