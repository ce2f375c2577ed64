import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../src/diagnostics/create.js';
import { sortDiagnostics, summarizeDiagnostics } from '../../src/diagnostics/sort.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const at = (code: 'UNKNOWN_KEY' | 'INVALID_DATE' | 'FILE_EMPTY', file: string, line: number, column: number): Diagnostic =>
  createDiagnostic(code, { message: `${code}.`, location: { file, line, column, path: [] } });

describe('diagnostics', () => {
  it('take the severity of their code unless told otherwise, and leave empty fields out', () => {
    expect(createDiagnostic('FILE_EMPTY', { message: 'x.' })).toEqual({ code: 'FILE_EMPTY', severity: 'warning', message: 'x.' });
    expect(createDiagnostic('UNKNOWN_REFERENCE', { message: 'x.', severity: 'warning', hint: '', related: [], args: {} })).toEqual({
      code: 'UNKNOWN_REFERENCE',
      severity: 'warning',
      message: 'x.',
    });
  });

  it('sort by file (in load order when given), line, column, then code', () => {
    const list = [at('UNKNOWN_KEY', 'b.yaml', 1, 1), at('INVALID_DATE', 'a.yaml', 2, 5), at('UNKNOWN_KEY', 'a.yaml', 2, 5), at('FILE_EMPTY', 'a.yaml', 1, 9)];
    const byName = sortDiagnostics(list).map((d) => `${d.location?.file}:${d.location?.line}:${d.location?.column} ${d.code}`);
    expect(byName).toEqual(['a.yaml:1:9 FILE_EMPTY', 'a.yaml:2:5 INVALID_DATE', 'a.yaml:2:5 UNKNOWN_KEY', 'b.yaml:1:1 UNKNOWN_KEY']);
    const byOrder = sortDiagnostics(list, ['b.yaml', 'a.yaml']).map((d) => d.location?.file);
    expect(byOrder).toEqual(['b.yaml', 'a.yaml', 'a.yaml', 'a.yaml']);
    expect(list[0].location?.file).toBe('b.yaml'); // the input is not reordered
  });

  it('are counted by severity', () => {
    expect(summarizeDiagnostics([at('UNKNOWN_KEY', 'a', 1, 1), at('FILE_EMPTY', 'a', 1, 1), at('INVALID_DATE', 'a', 1, 1)])).toEqual({ errors: 2, warnings: 1, infos: 0 });
  });
});
