import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { diff } from '../../src/analysis/diff.js';
import { classifyChange, type EvaluationState } from '../../src/analysis/diff-results.js';
import { diffEntities } from '../../src/analysis/diff-entities.js';
import { loadFixture } from './helpers/fixture.js';
import type { DiffResult } from '../../src/analysis/diff-types.js';

const load = (path: string) => {
  const r = parseCatalog(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'), { fileName: path });
  expect(r.diagnostics).toEqual([]);
  return r.catalog;
};
const before = load('diff/before.yaml');
const after = load('diff/after.yaml');

const changes = (d: DiffResult) => d.changes.map((c) => `${c.code}@${c.province ?? '-'}:${c.change}`).sort();

describe('diff of two catalogs', () => {
  const d = diff(before, after);

  it('lists entities added, removed and changed in every section, field by field', () => {
    expect(d.entities.catalog).toEqual([{ field: 'name', before: 'diff-before', after: 'diff-after' }]);
    expect(d.entities.sections.provinces).toEqual({ added: ['PY'], removed: [], changed: [] });
    expect(d.entities.sections.documents).toEqual({
      added: ['ct07'],
      removed: ['giay-cu'],
      changed: [{ id: 'so-ho-khau', fields: [{ field: 'replaced_by', after: ['csdlqg-dan-cu', 'ct07'] }] }],
    });
    expect(d.entities.sections.data_sources.changed).toEqual([
      { id: 'csdlqg-dan-cu', fields: [{ field: 'provinces', before: { GL: null }, after: { GL: '2023-06-01' } }] },
    ]);
    expect(d.entities.sections.legal).toEqual({
      added: ['nd-104-2022'],
      removed: [],
      changed: [{ id: 'nd-123-2015', fields: [{ field: 'title', after: 'Nghị định quy định chi tiết Luật Hộ tịch' }] }],
    });
    expect(d.entities.sections.procedures).toEqual({ added: ['1.010041'], removed: ['2.000009'], changed: [] });
  });

  it('says how the analysis changed for each evaluation', () => {
    expect(d.a).toMatchObject({ catalog: 'diff-before', at: '2023-01-01' });
    expect(d.b).toMatchObject({ catalog: 'diff-after', at: '2023-01-01' });
    expect(changes(d)).toEqual([
      '1.001193@GL:newly-met',
      '1.001193@HN:newly-met',
      '1.001193@PY:added',
      '1.010041@GL:added',
      '1.010041@HN:added',
      '1.010041@PY:added',
      '2.000009@GL:removed',
      '2.000009@HN:removed',
    ]);
    const gl = d.changes.find((c) => c.code === '1.001193' && c.province === 'GL')!;
    expect(gl.before).toMatchObject({ status: 'blocked' });
    expect(gl.after).toMatchObject({ status: 'met', paper: true });
    expect(d.counts).toMatchObject({ 'newly-met': 2, added: 4, removed: 2, unchanged: 0 });
    expect(d.events).toEqual([]);
  });

  it('key order and unchanged fields are no change', () => {
    const e = diffEntities(before, JSON.parse(JSON.stringify(before, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))));
    for (const s of Object.values(e.sections)) expect(s).toEqual({ added: [], removed: [], changed: [] });
    expect(e.catalog).toEqual([]);
  });

  it('treats __proto__ and other odd keys as plain data', () => {
    const odd = JSON.parse('{"provinces":[{"code":"HN","name":"Hà Nội","__proto__":{"x":1}}],"documents":[],"data_sources":[],"legal":[],"procedures":[]}');
    const plain = { provinces: [{ code: 'HN', name: 'Hà Nội' }], documents: [], data_sources: [], legal: [], procedures: [] };
    expect(diffEntities(plain, odd).sections.provinces.changed).toEqual([{ id: 'HN', fields: [{ field: '__proto__', after: { x: 1 } }] }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('diff of one catalog at two dates', () => {
  it('has no entity changes, lists what takes effect in between, and the changed evaluations', () => {
    const d = diff(after, after, { at: '2022-12-31', to: '2023-06-01' });
    for (const s of Object.values(d.entities.sections)) expect(s).toEqual({ added: [], removed: [], changed: [] });
    expect(d.a.at).toBe('2022-12-31');
    expect(d.b.at).toBe('2023-06-01');
    expect(d.events.map((e) => `${e.date} ${e.kind}:${e.id}${e.province ? `@${e.province}` : ''}`)).toEqual([
      '2023-01-01 sunset:so-ho-khau',
      '2023-01-01 effective:nd-104-2022',
      '2023-06-01 connection:csdlqg-dan-cu@GL',
    ]);
    // on 2022-12-31 the paper book works; on 2023-06-01 the database works everywhere
    expect(changes(d)).toEqual(['1.001193@GL:no-longer-paper', '1.001193@HN:no-longer-paper', '1.001193@PY:no-longer-paper']);
  });

  it('lists no amendment that was to take effect after its document expired: it never applies', () => {
    const lapsed = loadFixture('lapsed-amendment');
    const d = diff(lapsed, lapsed, { at: '2025-05-31', to: '2025-06-01' });
    expect(d.events).toEqual([]);
    expect(d.changes).toEqual([]);
    expect(diff(lapsed, lapsed, { at: '2025-01-09', to: '2025-06-01' }).events.map((e) => `${e.date} ${e.kind}:${e.id}`)).toEqual(['2025-01-10 expiry:cd-5-2023']);
  });

  it('narrows to a province, and the same date gives no change', () => {
    const d = diff(after, after, { at: '2022-12-31', to: '2023-01-01', province: 'GL' });
    expect(d.province).toBe('GL');
    expect(changes(d)).toEqual([]);
    expect(d.counts.unchanged).toBe(2);
    expect(diff(after, after).changes).toEqual([]);
  });

  it('names among the provinces a nationwide availability leaves out only the province asked', () => {
    const range = { at: '2022-06-30', to: '2022-07-01' };
    const available = (province?: string) => diff(after, after, { ...range, ...(province ? { province } : {}) }).events.find((e) => e.kind === 'available');
    expect(available()?.except).toEqual(['GL']);
    expect(available('GL')?.except).toEqual(['GL']);
    expect(available('HN')).toMatchObject({ kind: 'available', id: 'csdlqg-dan-cu' });
    expect(available('HN')).not.toHaveProperty('except');
  });
});

describe('classifyChange', () => {
  const met = (best_form: EvaluationState['best_form']): EvaluationState => ({ status: 'met', paper: best_form === 'paper', best_form, deadlock: false });

  it('tells a change to or from needing a card or electronic document apart, among evaluations met without paper', () => {
    expect(classifyChange(met('card'), met('data'))).toBe('no-longer-document');
    expect(classifyChange(met('electronic'), met('data'))).toBe('no-longer-document');
    expect(classifyChange(met('data'), met('card'))).toBe('newly-document');
    expect(classifyChange(met('data'), met('electronic'))).toBe('newly-document');
    // Still one or the other: no change of state.
    expect(classifyChange(met('card'), met('electronic'))).toBe('unchanged');
    expect(classifyChange(met('data'), met('data'))).toBe('unchanged');
    // Paper on either side is told as paper.
    expect(classifyChange(met('paper'), met('card'))).toBe('no-longer-paper');
    expect(classifyChange(met('card'), met('paper'))).toBe('newly-paper');
    expect(classifyChange(met('paper'), met('paper'))).toBe('unchanged');
  });
});
