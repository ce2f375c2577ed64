import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { renderBlockedJson, writeBlockedJson } from '../../src/report/blocked-json.js';
import { loadReportFixture } from './fixture-analysis.js';

function pieces(result: ReturnType<typeof analyze>): string[] {
  const out: string[] = [];
  writeBlockedJson(result, (piece) => out.push(piece));
  return out;
}

describe('writeBlockedJson', () => {
  it('writes the text of renderBlockedJson for every fixture, nationally and in a province', () => {
    for (const name of ['central-needs', 'deadlock-waits', 'every-province-groups', 'hokhau-small']) {
      const catalog = loadReportFixture(name);
      for (const province of [undefined, catalog.provinces?.[0]?.code]) {
        const result = analyze(catalog, province === undefined ? {} : { province });
        expect(pieces(result).join('')).toBe(renderBlockedJson(result));
      }
    }
  });

  it('writes a long list of results in several pieces, none of them the whole text', () => {
    const yaml = [
      'catalog: { name: many, cutoff: 2023-01-01 }',
      'documents: [{ id: so-ho-khau, name: Sổ hộ khẩu, form: paper, valid_until: 2022-12-31 }]',
      'procedures:',
      ...Array.from({ length: 4500 }, (_, i) => `  - { code: p${i}, name: Thủ tục ${i}, level: [trung-uong]${i % 3 === 0 ? ', requires: [{ document: so-ho-khau }]' : ''} }`),
    ].join('\n');
    const loaded = parseCatalog(yaml, { fileName: 'many.yaml', strict: true });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const result = analyze(loaded.catalog);
    const written = pieces(result);
    const whole = renderBlockedJson(result);
    expect(written.join('')).toBe(whole);
    expect(written.length).toBeGreaterThan(3);
    expect(Math.max(...written.map((p) => p.length))).toBeLessThan(whole.length / 2);
  });
});
