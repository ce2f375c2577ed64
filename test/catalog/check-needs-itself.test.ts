import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

const text = [
  'procedures:',
  '  - { code: a, name: A, level: [trung-uong], needs: [b, a] }',
  '  - { code: b, name: B, level: [trung-uong], needs: [c] }',
  '  - { code: c, name: C, level: [trung-uong], needs: [b] }',
  '',
].join('\n');

describe('a procedure that needs itself', () => {
  it('is a warning at the entry of `needs` that names it, in both languages; a cycle of several procedures is NEEDS_CYCLE', () => {
    const r = parseCatalog(text, { fileName: 'p.yaml' });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.line, d.location?.column, d.location?.path])).toEqual([
      ['NEEDS_ITSELF', 'warning', 2, 57, ['procedures', 0, 'needs', 1]],
      ['NEEDS_CYCLE', 'warning', 3, 54, ['procedures', 1, 'needs', 0]],
    ]);
    const d = r.diagnostics[0];
    expect(d.message).toBe("In procedure 'a', `needs[1]` names the procedure itself: it would have to be completed before it can start, so it is blocked at every date, as a deadlock.");
    expect(d.hint).toBe('Remove it from `needs`, and list there the procedures that must be completed first.');
    expect(d.args).toEqual({ procedure: 'a' });
    const vi = localizeDiagnostic(d, 'vi');
    expect(vi.message).toBe("Trong thủ tục 'a', `needs[1]` tham chiếu tới chính thủ tục này: thủ tục phải được hoàn thành trước khi có thể bắt đầu, nên bị chặn ở mọi ngày, như một bế tắc.");
    expect(vi.hint).toBe('Hãy bỏ nó khỏi `needs`, và liệt kê ở đó các thủ tục phải hoàn thành trước.');
  });

  it('leaves the catalog usable: the analysis reports the deadlock', () => {
    for (const strict of [true, false]) {
      const r = parseCatalog(text, { strict });
      expect(r.ok).toBe(true);
      expect(analyze(r.catalog, { at: '2023-01-01' }).deadlocks.map((g) => g.procedures)).toEqual([['a'], ['b', 'c']]);
    }
  });
});
