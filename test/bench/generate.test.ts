import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCatalog, generateCatalog, PROVINCE_CODES, serialise, writeCatalog } from '../../bench/generate.mjs';
import { mergedCatalog } from '../helpers/generated-catalog.js';
import schema from '../../schemas/catalog.schema.json' with { type: 'json' };
import type { Procedure } from '../../src/catalog/types.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const small = generateCatalog({ procedures: 1000, seed: 7 });
const c = mergedCatalog(small);

describe('the synthetic catalog generator', () => {
  it('gives the same files for the same seed and size, byte for byte', () => {
    const again = generateCatalog({ procedures: 1000, seed: 7 });
    expect(again.map((f) => f.path)).toEqual(small.map((f) => f.path));
    for (let i = 0; i < small.length; i++) {
      expect(serialise(again[i].data, 'yaml')).toBe(serialise(small[i].data, 'yaml'));
    }
  });

  it('gives another catalog for another seed', () => {
    const other = mergedCatalog(generateCatalog({ procedures: 1000, seed: 8 }));
    expect(other.procedures.length).toBe(1000);
    expect(JSON.stringify(other.procedures)).not.toBe(JSON.stringify(c.procedures));
  });

  it('makes exactly the procedures asked for, at every size', () => {
    expect(c.procedures.length).toBe(1000);
    expect(mergedCatalog(generateCatalog({ procedures: 3000, seed: 1 })).procedures.length).toBe(3000);
  });

  it('keeps files by ministry and by province, one for each of the 63 provinces', () => {
    expect(PROVINCE_CODES).toHaveLength(63);
    expect(new Set(PROVINCE_CODES).size).toBe(63);
    expect(c.provinces.map((p) => p.code)).toEqual(PROVINCE_CODES);
    const paths = small.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('provinces/'))).toHaveLength(63);
    expect(paths.filter((p) => p.startsWith('ministries/')).length).toBeGreaterThan(5);
    expect(paths.filter((p) => p.startsWith('legal/')).length).toBeGreaterThan(1);
    for (const f of small.filter((x) => x.path.startsWith('provinces/'))) {
      const code = f.path.slice('provinces/'.length, -'.yaml'.length).toUpperCase();
      for (const p of f.data.procedures ?? []) expect(p.provinces).toEqual([code]);
    }
  });

  it('covers every feature of the format the analysis uses', () => {
    const levels = new Set(c.procedures.flatMap((p) => p.level));
    expect([...levels].sort()).toEqual(['huyen', 'tinh', 'trung-uong', 'xa']);
    expect(c.procedures.some((p) => p.level.length === 1 && p.level[0] === 'trung-uong')).toBe(true);
    expect(c.procedures.some((p) => p.provinces === undefined || p.provinces === 'all')).toBe(true);
    const sunset = c.documents.filter((d) => d.valid_until);
    expect(sunset.map((d) => d.id)).toContain('so-ho-khau');
    const onSunset = c.procedures.filter((p) => p.requires?.some((r) => sunset.some((d) => d.id === r.document)));
    expect(onSunset.length).toBeGreaterThan(50);
    const amendments = c.legal.flatMap((l) => l.amends ?? []);
    expect(amendments.some((a) => a.provision && a.accept)).toBe(true);
    expect(amendments.some((a) => a.scope)).toBe(true);
    expect(amendments.some((a) => a.drop)).toBe(true);
    const overrides = c.data_sources.flatMap((s) => Object.values(s.provinces ?? {}));
    expect(overrides).toContain(null);
    expect(overrides.some((v) => typeof v === 'string')).toBe(true);
    expect(c.procedures.filter((p) => p.needs?.length).length).toBeGreaterThan(100);
    expect(c.documents.filter((d) => d.obtained_by?.length).length).toBeGreaterThan(5);
    expect(c.procedures.some((p) => p.requires?.some((r) => r.basis && typeof r.basis === 'object' && r.basis.legal.includes('/')))).toBe(true);
    // needs chains deeper than one step
    const byCode = new Map(c.procedures.map((p) => [p.code, p]));
    const depth = (p: Procedure, seen = new Set<string>()): number => {
      if (seen.has(p.code)) return 0;
      seen.add(p.code);
      return 1 + Math.max(0, ...(p.needs ?? []).map((n) => depth(byCode.get(n)!, seen)));
    };
    expect(Math.max(...c.procedures.map((p) => depth(p)))).toBeGreaterThan(3);
  });

  it('defines every id once and resolves every reference', () => {
    const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);
    unique(c.procedures.map((p) => p.code));
    unique(c.documents.map((d) => d.id));
    unique([...c.documents.map((d) => d.id), ...c.data_sources.map((s) => s.id)]);
    unique(c.legal.map((l) => l.id));
    unique(c.legal.map((l) => l.number));
    const codes = new Set(c.procedures.map((p) => p.code));
    const docs = new Set(c.documents.map((d) => d.id));
    const evidence = new Set([...docs, ...c.data_sources.map((s) => s.id)]);
    const legal = new Set([...c.legal.map((l) => l.id), ...c.legal.map((l) => l.number)]);
    const provinces = new Set(PROVINCE_CODES);
    const legalOf = (p: unknown) => (typeof p === 'string' ? p : (p as { legal: string }).legal);
    for (const p of c.procedures) {
      for (const n of p.needs ?? []) expect(codes.has(n), n).toBe(true);
      for (const r of p.requires ?? []) {
        expect(docs.has(r.document), r.document).toBe(true);
        for (const a of r.accept ?? []) expect(evidence.has(a), a).toBe(true);
        if (r.basis) expect(legal.has(legalOf(r.basis)), legalOf(r.basis)).toBe(true);
      }
      for (const d of p.produces ?? []) expect(docs.has(d)).toBe(true);
      if (Array.isArray(p.provinces)) for (const code of p.provinces) expect(provinces.has(code)).toBe(true);
    }
    for (const d of c.documents) {
      for (const q of d.obtained_by ?? []) expect(codes.has(q), q).toBe(true);
      for (const r of d.replaced_by ?? []) expect(evidence.has(r), r).toBe(true);
      if (d.sunset_basis) expect(legal.has(legalOf(d.sunset_basis))).toBe(true);
    }
    for (const s of c.data_sources) {
      for (const d of s.provides) expect(docs.has(d), d).toBe(true);
      for (const code of Object.keys(s.provinces ?? {})) expect(provinces.has(code)).toBe(true);
    }
    for (const l of c.legal) {
      for (const a of l.amends ?? []) {
        if (a.provision) expect(legal.has(legalOf(a.provision))).toBe(true);
        if (a.scope) expect(docs.has(a.scope.document)).toBe(true);
        for (const x of a.accept ?? []) expect(evidence.has(x)).toBe(true);
      }
    }
  });

  it('writes files that satisfy the catalog schema, in YAML and in JSON with the same content', () => {
    const yamlDir = mkdtempSync(join(tmpdir(), 'tthc-gen-yaml-'));
    const jsonDir = mkdtempSync(join(tmpdir(), 'tthc-gen-json-'));
    dirs.push(yamlDir, jsonDir);
    writeCatalog(yamlDir, small, 'yaml');
    writeCatalog(jsonDir, small, 'json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    for (const f of small) {
      const fromYaml = parse(readFileSync(join(yamlDir, f.path), 'utf8'));
      const fromJson = JSON.parse(readFileSync(join(jsonDir, f.path.replace(/\.yaml$/, '.json')), 'utf8'));
      expect(validate(fromYaml), `${f.path}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
      expect(fromYaml).toEqual(fromJson);
      expect(fromYaml).toEqual(JSON.parse(JSON.stringify(f.data)));
    }
    const listed = readdirSync(jsonDir, { recursive: true }).filter((p) => String(p).endsWith('.json') && !String(p).startsWith('.'));
    expect(listed).toHaveLength(small.length);
  });

  it('reuses a generated catalog only when it was made with the same size and seed', () => {
    const root = mkdtempSync(join(tmpdir(), 'tthc-gen-ensure-'));
    dirs.push(root);
    const dir = join(root, 'catalog');
    const first = ensureCatalog(dir, { procedures: 200, seed: 3 });
    expect(first.generated).toBe(true);
    expect(ensureCatalog(dir, { procedures: 200, seed: 3 }).generated).toBe(false);
    const reseeded = ensureCatalog(dir, { procedures: 200, seed: 4 });
    expect(reseeded.generated).toBe(true);
    for (const f of generateCatalog({ procedures: 200, seed: 4 })) expect(readFileSync(join(dir, f.path), 'utf8')).toBe(serialise(f.data, 'yaml'));
    expect(ensureCatalog(dir, { procedures: 300, seed: 4 }).generated).toBe(true);
    expect(ensureCatalog(dir, { procedures: 300, seed: 4 })).toMatchObject({ procedures: 300, seed: 4, generated: false });
  });
});
