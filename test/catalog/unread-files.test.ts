import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFile } from './arbitrary-catalog.js';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import type { SourceFile } from '../../src/catalog/load-types.js';
import { parseYaml } from '../../src/catalog/parse-yaml.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

const documents = (slip: string) => `documents:
  - id: so-ho-khau
${slip}name: Sổ hộ khẩu
    form: paper
  - id: ct07
    name: Giấy xác nhận thông tin về cư trú
    form: paper
`;

const procedures = `procedures:
  - code: "1.001193"
    name: Đăng ký khai sinh
    level: [trung-uong]
    requires:
      - { document: so-ho-khau, accept: [ct07], basis: { legal: 104/2022/NĐ-CP, article: 1 } }
  - code: "1.000894"
    name: Đăng ký kết hôn
    level: [trung-uong]
    requires:
      - { document: so-ho-khau }
      - { document: giay-khai-snh }
`;

const codes = (files: SourceFile[], strict = true) => parseCatalogFiles(files, { strict }).diagnostics;

describe('a file that cannot be read', () => {
  it('gets the first syntax error only, counting the parser’s others in the hint', () => {
    for (const slip of ['  ', '   ', '      ']) {
      const all = parseYaml(documents(slip), 'documents.yaml').diagnostics;
      const syntax = all.filter((d) => d.code === 'YAML_SYNTAX');
      expect(syntax, JSON.stringify(slip)).toHaveLength(1);
      const [d] = syntax;
      expect(d.location!.line).toBeLessThanOrEqual(4);
      const more = d.args?.more as number;
      expect(more).toBeGreaterThan(0);
      expect(d.hint).toContain(`The parser reported ${more} more syntax error${more === 1 ? '' : 's'} after this one`);
      expect(localizeDiagnostic(d, 'vi').hint).toContain(`Bộ phân tích còn báo ${more} lỗi cú pháp khác`);
    }
    // Nothing to count when the parser complains once.
    const [once] = parseYaml('a: b: c\n', 'x.yaml').diagnostics;
    expect(once.args?.more).toBeUndefined();
    expect(once.hint ?? '').not.toContain('The parser reported');
  });

  it('counts the references to names written in it in one warning, and reports the others', () => {
    const files = [
      { fileName: 'documents.yaml', text: documents('  ') },
      { fileName: 'procedures.yaml', text: procedures },
    ];
    for (const strict of [true, false]) {
      const found = codes(files, strict);
      const unchecked = found.filter((d) => d.code === 'REFERENCES_UNCHECKED');
      expect(unchecked).toHaveLength(1);
      expect(unchecked[0]).toMatchObject({
        severity: 'warning',
        location: { file: 'procedures.yaml', line: 6, column: 21 },
        args: { count: 3, references: ['so-ho-khau', 'ct07'], files: ['documents.yaml'] },
      });
      const unknown = found.filter((d) => d.code === 'UNKNOWN_REFERENCE');
      // The typo, which documents.yaml does not mention, and the legal number, which could be
      // written there another way: the note names the unread file for the number only.
      expect(unknown.map((d) => d.args?.reference).sort()).toEqual(['104/2022/NĐ-CP', 'giay-khai-snh']);
      for (const d of unknown) {
        expect(d.severity).toBe(strict ? 'error' : 'warning');
        expect(d.hint!.includes('It may be defined in documents.yaml')).toBe(d.args?.reference === '104/2022/NĐ-CP');
      }
      expect(found.filter((d) => d.code === 'YAML_SYNTAX')).toHaveLength(1);
    }
  });

  it('reports every reference as before once the file reads', () => {
    const found = codes([
      { fileName: 'documents.yaml', text: documents('    ') },
      { fileName: 'procedures.yaml', text: procedures },
    ]);
    expect(found.some((d) => d.code === 'REFERENCES_UNCHECKED' || d.code === 'YAML_SYNTAX')).toBe(false);
    expect(found.filter((d) => d.code === 'UNKNOWN_REFERENCE').map((d) => d.args?.reference).sort()).toEqual(['104/2022/NĐ-CP', 'giay-khai-snh']);
  });

  it('counts a name as mentioned only when written as a whole word', () => {
    const found = codes([
      { fileName: 'documents.yaml', text: documents('  ') },
      { fileName: 'procedures.yaml', text: procedures.replace('{ document: giay-khai-snh }', '{ document: ct0, accept: [so-ho, ct07] }') },
    ]);
    expect(found.find((d) => d.code === 'REFERENCES_UNCHECKED')?.args).toMatchObject({ count: 4, references: ['so-ho-khau', 'ct07'] });
    expect(found.filter((d) => d.code === 'UNKNOWN_REFERENCE').map((d) => d.args?.reference).sort()).toEqual(['104/2022/NĐ-CP', 'ct0', 'so-ho']);
  });

  it('counts a name written in another normalisation (NFD) as mentioned', () => {
    const nfd = documents('  ').replace('so-ho-khau', 'sổ-hộ'.normalize('NFD'));
    const found = codes([
      { fileName: 'documents.yaml', text: nfd },
      { fileName: 'procedures.yaml', text: procedures.replace('{ document: so-ho-khau }', '{ document: sổ-hộ }') },
    ]);
    expect(found.find((d) => d.code === 'REFERENCES_UNCHECKED')?.args?.references).toContain('sổ-hộ');
  });

  it('leaves unchecked every reference that does not resolve when its text is not known (not UTF-8)', () => {
    const latin1 = Uint8Array.from([...Buffer.from('documents:\n  - id: so-ho-khau\n'), 0xe0, 0x0a]);
    const found = codes([
      { fileName: 'documents.yaml', text: latin1 },
      { fileName: 'procedures.yaml', text: procedures },
    ]);
    expect(found.some((d) => d.code === 'FILE_ENCODING')).toBe(true);
    expect(found.filter((d) => d.code === 'UNKNOWN_REFERENCE')).toEqual([]);
    expect(found.find((d) => d.code === 'REFERENCES_UNCHECKED')?.args).toMatchObject({
      count: 5,
      references: ['so-ho-khau', 'ct07', '104/2022/NĐ-CP', 'giay-khai-snh'],
    });
  });

  it('loses no reference: what is reported and what is counted are what the other files alone give (property)', () => {
    fc.assert(
      fc.property(fc.array(catalogFile, { minLength: 1, maxLength: 3 }), catalogFile, fc.boolean(), (good, broken, strict) => {
        const files = good.map((data, i) => ({ fileName: `f${i}.json`, text: JSON.stringify(data) }));
        // An unclosed quote at the end: the file cannot be read, and every word before it is in its text.
        const unread = { fileName: 'broken.yaml', text: `${JSON.stringify(broken)}\nx: "open\n` };
        const alone = codes(files, strict);
        const withIt = codes([...files, unread], strict);
        const unknown = (ds: typeof alone) => ds.filter((d) => d.code === 'UNKNOWN_REFERENCE');
        const counted = withIt.find((d) => d.code === 'REFERENCES_UNCHECKED');
        expect(unknown(withIt).length + ((counted?.args?.count as number | undefined) ?? 0)).toBe(unknown(alone).length);
        const at = (d: (typeof alone)[number]) => JSON.stringify([d.location, d.args?.reference]);
        const reported = new Set(unknown(alone).map(at));
        for (const d of unknown(withIt)) expect(reported.has(at(d))).toBe(true);
        const same = (code: string, ds: typeof alone) => ds.filter((d) => d.code === code).map(at);
        expect(same('WRONG_REFERENCE_KIND', withIt)).toEqual(same('WRONG_REFERENCE_KIND', alone));
        if (counted) expect(counted.severity).toBe('warning');
      }),
      { numRuns: 150 },
    );
  });
});
