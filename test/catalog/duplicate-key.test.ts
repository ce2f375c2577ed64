import { describe, expect, it } from 'vitest';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';

const twice = [
  'documents:',
  '  - id: so-ho-khau',
  '    name: Sổ hộ khẩu',
  '    form: paper',
  '    name: Sổ tạm trú',
  '    valid_until: 2022-02-30',
  '  - { id: x, name: X, form: papr }',
  '',
].join('\n');

describe('a key given twice', () => {
  it('is reported at the second, with the path to it and the first as related, and the rest of the file is still checked', () => {
    const { diagnostics } = parseCatalogFiles([{ fileName: 'a.yaml', text: twice }]);
    expect(diagnostics.map((d) => `${d.code} ${d.location?.line}:${d.location?.column}`)).toEqual(['DUPLICATE_KEY 5:5', 'INVALID_DATE 6:18', 'INVALID_VALUE 7:29']);
    const [dup] = diagnostics;
    expect(dup.location?.path).toEqual(['documents', 0, 'name']);
    expect(dup.related?.map((r) => `${r.location.line}:${r.location.column}`)).toEqual(['3:5']);
  });

  it('is reported at the second key also when the first has no value, where yaml puts it at the end of the line before', () => {
    const text = 'documents:\n  - id: so-ho-khau\n    name:\n    name:\n    form: paper\n';
    const [dup] = parseCatalogFiles([{ fileName: 'a.yaml', text }]).diagnostics.filter((d) => d.code === 'DUPLICATE_KEY');
    expect(dup.message).toBe("The key 'name' appears twice in the same mapping.");
    expect(dup.location).toEqual({ file: 'a.yaml', line: 4, column: 5, endLine: 4, endColumn: 9, path: ['documents', 0, 'name'] });
    expect(dup.related?.map((r) => `${r.location.line}:${r.location.column}`)).toEqual(['3:5']);
  });

  it('leaves the file in the catalog: references into it resolve, and a .json file is checked the same way', () => {
    const json = '{"documents": [{"id": "z", "name": "Z", "form": "paper", "form": "car"}]}';
    const other = 'procedures:\n  - { code: "1", name: P, level: [xa], requires: [{ document: z }] }\nprovinces: [{ code: HN, name: Hà Nội }]\n';
    const { diagnostics } = parseCatalogFiles([
      { fileName: 'c.json', text: json },
      { fileName: 'p.yaml', text: other },
    ]);
    expect(diagnostics.map((d) => `${d.code} ${d.location?.file}`).sort()).toEqual(['DUPLICATE_KEY c.json', 'INVALID_VALUE c.json']);
  });

  it('still gives no reform from a reform file', () => {
    const r = parseReform('connect:\n  - { data_source: a, province: HN, province: GL, from: 2023-01-01 }\n');
    expect(r.reform).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_KEY']);
  });
});
