import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { NotAReformError, ReformMismatchError, type Reform } from '../../src/analysis/reform/types.js';
import { analyze } from '../../src/analysis/analyze.js';
import { whatif } from '../../src/analysis/whatif.js';
import type { WhatIfResult } from '../../src/analysis/whatif-types.js';

const dir = new URL('../fixtures/reform/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const catalog = parseCatalog(read('catalog.yaml'), { fileName: 'catalog.yaml' }).catalog;
const reform = (name: string) => {
  const r = parseReform(read(name), { fileName: name, catalog });
  expect(r.diagnostics).toEqual([]);
  return r.reform!;
};

const byChange = (w: WhatIfResult, change: string) =>
  w.entries.filter((e) => e.change === change).map((e) => `${e.code}@${e.province ?? '-'}`).sort();

describe('whatif', () => {
  const w = whatif(catalog, reform('unblock-civil-status.yaml'));

  it('unblocks birth and marriage registration everywhere and newly blocks nothing', () => {
    expect(w.at).toBe('2023-01-01');
    expect(byChange(w, 'newly-met')).toEqual(['1.000894@GL', '1.000894@HN', '1.001193@GL', '1.001193@HN', '1.004194@GL', '1.004194@HN']);
    expect(byChange(w, 'newly-blocked')).toEqual([]);
    expect(byChange(w, 'still-blocked')).toEqual(['2.000001@GL', '2.000001@HN']);
    expect(byChange(w, 'no-longer-paper')).toEqual(['2.001157@GL']);
    expect(byChange(w, 'newly-paper')).toEqual([]);
    expect(w.counts).toMatchObject({ 'newly-met': 6, 'newly-blocked': 0, 'still-blocked': 2, 'no-longer-paper': 1, 'newly-paper': 0, unchanged: 5 });
    // unchanged evaluations are counted, not listed
    expect(w.entries.some((e) => e.change === 'unchanged')).toBe(false);
    expect(w.unused).toEqual([]);
  });

  it('agrees with analysing the two catalogs separately', () => {
    expect(w.totals.baseline).toEqual(analyze(catalog).totals);
    expect(w.totals.baseline.blocked).toBe(8);
    expect(w.totals.reformed).toMatchObject({ blocked: 2, paper: 2 });
    expect(w.totals.baseline.paper).toBe(3);
    expect(w.totals.reformed.blocked).toBe(w.totals.baseline.blocked - w.counts['newly-met'] + w.counts['newly-blocked']);
  });

  it('explains each change: the requirement, the candidate now chosen, and the part of the reform that decided it', () => {
    const gl = w.entries.find((e) => e.code === '1.001193' && e.province === 'GL')!;
    expect(gl.requirements).toHaveLength(1);
    const req = gl.requirements[0];
    expect(req).toMatchObject({ document: 'so-ho-khau', before: { status: 'blocked' }, after: { status: 'met', chosen: 'csdlqg-dan-cu' }, by_reform: true });
    expect(req.basis?.label).toBe('Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP');
    expect(req.via?.amendment?.legal).toBe('nd-999-2023');
    expect(req.via?.reason).toEqual({ kind: 'connected', since: '2023-01-01', where: 'province' });
    // both full results travel with the entry
    expect(gl.baseline?.status).toBe('blocked');
    expect(gl.reformed?.status).toBe('met');

    const child = w.entries.find((e) => e.code === '1.004194' && e.province === 'HN')!;
    expect(child.requirements).toEqual([]);
    expect(child.dependencies).toEqual([{ code: '1.001193', province: 'HN', before: { status: 'blocked', paper: false, best_form: null }, after: { status: 'met', paper: false, best_form: 'data' } }]);

    const bhyt = w.entries.find((e) => e.change === 'no-longer-paper')!;
    expect(bhyt.requirements[0]).toMatchObject({ before: { chosen: 'ct07' }, after: { chosen: 'csdlqg-dan-cu' }, by_reform: true });

    const loan = w.entries.find((e) => e.code === '2.000001' && e.province === 'HN')!;
    expect(loan.requirements).toEqual([]);
    expect(loan.reformed?.requirements[0].basis?.label).toContain('Điều 28');
  });

  it('narrows to one province and to a date', () => {
    const gl = whatif(catalog, reform('unblock-civil-status.yaml'), { province: 'GL' });
    expect(gl.province).toBe('GL');
    expect(gl.counts).toMatchObject({ 'newly-met': 3, 'still-blocked': 1, 'no-longer-paper': 1 });
    // the day before the household book expires, nothing is blocked and the reform is not yet in force
    const early = whatif(catalog, reform('unblock-civil-status.yaml'), { at: '2022-12-31' });
    expect(early.entries).toEqual([]);
    expect(early.counts.unchanged).toBe(early.totals.baseline.evaluations);
    expect(early.unused.map((p) => p.kind)).toEqual(['amendment', 'connection']);
  });

  it('lists the parts of a reform that change nothing', () => {
    const u = whatif(catalog, reform('connection-unused.yaml'));
    expect(u.entries.filter((e) => e.change !== 'still-blocked')).toEqual([]);
    expect(u.unused).toEqual([{ kind: 'connection', connection: { data_source: 'csdlqg-dan-cu', province: 'HN', from: '2023-01-01' } }]);
  });

  it('honours without: the catalog’s own Decree 104 ignored on both sides', () => {
    const wo = whatif(catalog, reform('unblock-civil-status.yaml'), { without: ['nd-104-2022'] });
    expect(wo.without).toEqual(['nd-104-2022']);
    // the health-insurance card is blocked on both sides now
    expect(byChange(wo, 'still-blocked')).toEqual(['2.000001@GL', '2.000001@HN', '2.001157@GL', '2.001157@HN']);
  });

  it('refuses a reform that names what the catalog lacks', () => {
    expect(() => whatif(catalog, { connect: [{ data_source: 'nope', province: 'HN', from: '2023-01-01' }] })).toThrow(ReformMismatchError);
    // An amendment accepting an unknown id is the reform's fault, not the catalog's.
    const accepting = { legal: [{ id: 'x', number: 'X', type: 'other' as const, amends: [{ scope: { document: 'so-ho-khau' }, accept: ['ct-07'] }] }] };
    expect(() => whatif(catalog, accepting)).toThrow(ReformMismatchError);
  });

  it('refuses what is not a reform instead of comparing the catalog with itself', () => {
    for (const bad of [undefined, 42, 'connect: []']) expect(() => whatif(catalog, bad as unknown as Reform)).toThrow(NotAReformError);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(w))).toEqual(w);
  });
});

describe('whatif, procedures waited on', () => {
  // p1 is met by a lookup in HN and with a card in GL; the central c1 and the provincial p2 need it.
  const read2 = (name: string) => readFileSync(new URL(`central-waits/${name}`, dir), 'utf8');
  const waits = parseCatalog(read2('catalog.yaml'), { fileName: 'catalog.yaml' }).catalog;
  const card = parseReform(read2('card.yaml'), { fileName: 'card.yaml', catalog: waits }).reform!;
  const dependencies = (w: WhatIfResult, code: string, province: string | null) => w.entries.find((e) => e.code === code && e.province === province)!.dependencies;
  const blocked = { status: 'blocked', paper: false, best_form: null };

  it('gives each the form its own evaluation is met with: in every province where it runs, for a central procedure', () => {
    const w = whatif(waits, card);
    expect(dependencies(w, 'c1', null)).toEqual([{ code: 'p1', province: null, before: blocked, after: { status: 'met', paper: false, best_form: 'card' } }]);
    expect(dependencies(w, 'p2', 'HN')).toEqual([{ code: 'p1', province: 'HN', before: blocked, after: { status: 'met', paper: false, best_form: 'data' } }]);
    expect(dependencies(w, 'p2', 'GL')).toEqual([{ code: 'p1', province: 'GL', before: blocked, after: { status: 'met', paper: false, best_form: 'card' } }]);
  });

  it('reads the central procedure’s wait in every province, even when only one is analysed', () => {
    expect(dependencies(whatif(waits, card, { province: 'HN' }), 'c1', null)[0].after.best_form).toBe('card');
  });
});
