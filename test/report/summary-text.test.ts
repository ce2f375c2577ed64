import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { renderSummaryText } from '../../src/report/summary-text.js';
import { loadSummaryFixture } from '../analysis/summary-fixtures.js';

// Golden files: the text of a real summary of a fixture catalog. To accept a change:
// UPDATE_GOLDEN=1 npx vitest run test/report/summary-text.test.ts, then review the diff.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`../fixtures/summary/${name}`, import.meta.url));
  if (UPDATE) writeFileSync(path, actual);
  else if (!existsSync(path)) throw new Error(`Missing golden file ${name}: run with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const summary = summarizeCatalog(loadSummaryFixture('two-sunsets'));

describe('renderSummaryText', () => {
  it('matches the Vietnamese golden file', () => {
    golden('two-sunsets/summary.vi.txt', renderSummaryText(summary, { source: 'catalog/' }));
  });
  it('matches the English golden file', () => {
    golden('two-sunsets/summary.en.txt', renderSummaryText(summary, { lang: 'en', source: 'catalog/' }));
  });

  it('says where paper is still needed and what the day after would be without the relief', () => {
    const text = renderSummaryText(summary, { lang: 'en' });
    expect(text).toContain('1 still need paper: BB');
    expect(text).toContain('without Decree 5/2022/NĐ-CP (in force 2023-01-01): 3 blocked (every province, central)');
    expect(text).toMatch(/2024-07-01 +day after +1 blocked \(every province\)\n +no amendment in the catalog relieves it\n/);
  });

  it('prints each published figure next to the catalog count, a dash when there is no measure', () => {
    const lines = renderSummaryText(summary).split('\n');
    expect(lines.find((l) => l.includes('Decrees requiring the book'))).toMatch(/^\s+3\s+2\s+Decrees requiring the book$/);
    expect(lines.find((l) => l.includes('A figure without a measure'))).toMatch(/^\s+7\s+—\s+A figure without a measure \(2022-09-30\)$/);
  });

  it('suggests next commands only when it knows the catalog path, quoting it when needed', () => {
    expect(renderSummaryText(summary)).not.toContain('tthc blocked');
    const text = renderSummaryText(summary, { source: 'my catalogs/vn' });
    expect(text).toContain("tthc blocked 'my catalogs/vn' --at 2023-01-01 --without nd-reform");
    expect(text).toContain("tthc explain 'my catalogs/vn' P1 --province BB --at 2023-01-01");
  });

  it('says when a catalog has no sunset and no figures', () => {
    const s = summarizeCatalog(loadSummaryFixture('no-sunset'));
    expect(renderSummaryText(s)).toContain('Danh mục không có giấy tờ nào hết hiệu lực');
    expect(renderSummaryText(s, { lang: 'en' })).toContain('The catalog records no published figures');
  });

  it('lists at most eight provinces, then how many more', () => {
    const many = structuredClone(summary);
    const places = Array.from({ length: 11 }, (_, i) => ({ province: `P${i}`, blocked: 0, unknown: 0, paper: 1, document: 0 }));
    many.today = { ...many.today, paper: 1, places };
    const text = renderSummaryText({ ...many, size: { ...many.size, provinces: 20 } }, { lang: 'en' });
    expect(text).toContain('1 still need paper: P0, P1, P2, P3, P4, P5, P6, P7, +3 provinces');
  });
});
