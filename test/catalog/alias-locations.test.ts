import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';

const at = (d: { location?: { line: number; column: number } }) => `${d.location?.line}:${d.location?.column}`;

describe('data repeated by an alias', () => {
  it('is located at the alias, not again at its anchor', () => {
    const text = 'documents:\n  - &doc { id: so-ho-khau, name: Sổ hộ khẩu, form: paper }\n  - *doc\n';
    const [d, ...rest] = parseCatalog(text, { fileName: 'anchors.yaml' }).diagnostics;
    expect(rest).toEqual([]);
    expect(d.code).toBe('DUPLICATE_ID');
    expect(d.message).toBe("The document id 'so-ho-khau' is defined twice; it is first defined at anchors.yaml:2:16.");
    expect(d.location).toEqual({ file: 'anchors.yaml', line: 3, column: 5, endLine: 3, endColumn: 9, path: ['documents', 1, 'id'] });
    expect(d.related?.map((r) => at(r))).toEqual(['2:16']);
  });

  it('inside an entity, each use of it is a place of its own', () => {
    const text = [
      'provinces: [{ code: HN, name: Hà Nội }]',
      'procedures:',
      '  - { code: "1.1", name: A, level: [xa], requires: &reqs [{ document: so-ho-khu }] }',
      '  - { code: "1.2", name: B, level: [xa], requires: *reqs }',
      '',
    ].join('\n');
    const found = parseCatalog(text).diagnostics.map((d) => [d.code, at(d)]);
    expect(found).toEqual([
      ['UNKNOWN_REFERENCE', '3:71'],
      ['UNKNOWN_REFERENCE', '4:52'],
    ]);
  });
});
