import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAYBE_NOT_NFC } from '../../src/catalog/normalize-data.js';
import { parseCatalog, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';

const fixtures = new URL('../fixtures/loader/', import.meta.url);

describe('NFC on load', () => {
  const decomposed = 'Ha\u0300 No\u0302\u0323i'; // "Hà Nội" typed with combining marks
  const precomposed = 'Hà Nội';

  it('the two spellings differ before loading', () => {
    expect(decomposed).not.toBe(precomposed);
    expect(decomposed.normalize('NFC')).toBe(precomposed);
  });

  it('makes combining-mark input equal to the precomposed form, in YAML and JSON', () => {
    const yaml = parseCatalog(`provinces:\n  - { code: HN, name: ${decomposed} }\n`);
    const json = parseCatalog(JSON.stringify({ provinces: [{ code: 'HN', name: decomposed }] }), { fileName: 'c.json' });
    const escaped = parseCatalog('{"provinces": [{"code": "HN", "name": "Ha\\u0300 No\\u0302\\u0323i"}]}', { fileName: 'c.json' });
    for (const r of [yaml, json, escaped]) {
      expect(r.ok).toBe(true);
      expect(r.catalog.provinces[0].name).toBe(precomposed);
    }
  });

  it('lets a reference typed with combining marks match an id typed precomposed', () => {
    const text = [
      'documents:',
      `  - { id: so-ho-khau, name: Sổ hộ khẩu, form: paper }`,
      'procedures:',
      `  - { code: "x-1", name: ${'Đăng ký'.normalize('NFD')}, level: [xa], field: ${'Hộ tịch'.normalize('NFD')}, requires: [{ document: so-ho-khau }] }`,
      '',
    ].join('\n');
    const r = parseCatalog(text);
    expect(r.ok).toBe(true);
    expect(r.catalog.procedures[0].name).toBe('Đăng ký');
    expect(r.catalog.procedures[0].field).toBe('Hộ tịch');
  });

  it('normalises keys too (a decomposed key is the precomposed unknown key)', () => {
    const r = parseCatalog(`provinces:\n  - { code: HN, name: x, ${'tên'.normalize('NFD')}: y }\n`);
    expect(r.diagnostics.map((d) => d.args?.key)).toEqual(['tên']);
  });

  it('every string of any text comes out NFC (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), (a, b) => {
        const name = `${a}${b}`.replace(/\0/g, '');
        const r = parseCatalog(JSON.stringify({ provinces: [{ code: 'HN', name }] }), { fileName: 'p.json' });
        const got = r.catalog.provinces[0]?.name;
        return got === undefined || got === name.normalize('NFC');
      }),
      { numRuns: 150 },
    );
  });

  it('treats the characters it skips as NFC-stable (the fast check is exact)', () => {
    // Every character the fast check lets through stays unchanged under NFC, alone and
    // after any other such character (so no composition with a preceding letter).
    const safe: string[] = [];
    for (let c = 0; c < 0x2100; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!MAYBE_NOT_NFC.test(ch)) safe.push(ch);
    }
    expect(safe.length).toBeGreaterThan(900);
    for (const ch of safe) expect(ch.normalize('NFC')).toBe(ch);
    const letters = safe.filter((ch) => /\p{L}/u.test(ch));
    for (const a of letters) for (const b of safe) if ((a + b).normalize('NFC') !== a + b) throw new Error(`${a}+${b} composes`);
  });
});

describe('provision references', () => {
  it('become objects: a bare id or number is the whole document', async () => {
    const r = await loadCatalog(new URL('legal-by-number/', fixtures).pathname);
    expect(r.ok).toBe(true);
    expect(r.catalog.documents[0].sunset_basis).toEqual({ legal: 'luat-cu-tru-2020' });
    expect(r.catalog.procedures[0].basis).toEqual([{ legal: 'nd-104-2022' }, { legal: 'nd-123-2015', article: 16 }]);
    expect(r.catalog.procedures[0].requires?.[0].basis).toEqual({ legal: 'nd-123-2015', article: 2, clause: 1, point: 'đ' });
    expect(r.catalog.legal[0].amends?.[0].provision).toEqual({ legal: 'nd-123-2015' });
  });

  it('do not change the input file', async () => {
    const file = new URL('legal-by-number/catalog.yaml', fixtures);
    const before = readFileSync(file, 'utf8');
    await loadCatalog(file.pathname);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('legal references by number', () => {
  const legal = 'legal:\n  - { id: nd-104-2022, number: 104/2022/NĐ-CP, type: nghi-dinh }\n';
  const basis = (ref: string) => `${legal}documents:\n  - { id: a, name: A, form: paper, sunset_basis: { legal: "${ref}", article: 15 } }\n`;

  it.each(['104/2022/NĐ-CP', '104/2022/ND-CP', '104/2022/nđ-cp', '104/2022/nd-cp', '104/2022/Nđ-Cp', ' 104/2022/NĐ-CP', '104/2022/N\u0110-CP', 'nd-104-2022'])(
    '%s is Decree 104/2022',
    (ref) => {
      const r = parseCatalog(basis(ref));
      expect(r.diagnostics).toEqual([]);
      expect(r.catalog.documents[0].sunset_basis).toEqual({ legal: 'nd-104-2022', article: 15 });
    },
  );

  it('an id wins over a number that looks the same', () => {
    const text = 'legal:\n  - { id: x-1, number: "y-1", type: other }\n  - { id: y-1, number: "z", type: other }\ndocuments:\n  - { id: a, name: A, form: paper, sunset_basis: y-1 }\n';
    expect(parseCatalog(text).catalog.documents[0].sunset_basis).toEqual({ legal: 'y-1' });
  });

  it('an unknown number is an error with a suggestion, left as written', () => {
    const r = parseCatalog(basis('105/2022/NĐ-CP'));
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.hint?.startsWith("Did you mean '104/2022/NĐ-CP'?")])).toEqual([['UNKNOWN_REFERENCE', 'error', true]]);
    expect(r.catalog.documents[0].sunset_basis).toEqual({ legal: '105/2022/NĐ-CP', article: 15 });
  });
});

describe('strict and lenient mode', () => {
  const text = 'documents:\n  - { id: a, name: A, form: paper, replaced_by: [b], obtained_by: [a] }\nprocedures:\n  - { code: p, name: P, level: [trung-uong], requires: [{ document: missing }], needs: [q] }\n';

  it('strict (default): references that do not resolve are errors', () => {
    const r = parseCatalog(text);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['UNKNOWN_REFERENCE', 'error'],
      ['WRONG_REFERENCE_KIND', 'error'],
      ['UNKNOWN_REFERENCE', 'error'],
      ['UNKNOWN_REFERENCE', 'error'],
    ]);
  });

  it('lenient: the same findings are warnings, and the references stay as written', () => {
    const r = parseCatalog(text, { strict: false });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(r.catalog.procedures[0].requires?.[0].document).toBe('missing');
    expect(r.catalog.procedures[0].needs).toEqual(['q']);
  });

  it('suggest ids for references typed with Vietnamese diacritics (đ included)', () => {
    const r = parseCatalog(
      'documents:\n  - { id: so-ho-khau, name: A, form: paper }\n  - { id: dang-ky-ket-hon, name: B, form: paper, replaced_by: [sổ-hộ-khẩu, đăng-ký-kết-hôn] }\n',
    );
    expect(r.diagnostics.map((d) => d.args?.suggestions)).toEqual([['so-ho-khau'], ['dang-ky-ket-hon']]);
  });

  it('report an id or code written with spaces around it where it is defined, not at each reference written without them', () => {
    const text = [
      'provinces: [{ code: " HN", name: Hà Nội }]',
      'documents: [{ id: "ct07 ", name: CT07, form: paper, obtained_by: ["1.010041"] }]',
      'procedures:',
      '  - { code: "\\t1.010041", name: P, level: [xa], provinces: [HN], requires: [{ document: ct07 }] }',
      '  - { code: "1.001193", name: Q, level: [xa] }',
      '  - { code: "1.000894", name: R, level: [xa], needs: ["1.01004", " 1.001193"] }',
    ].join('\n');
    for (const strict of [true, false]) {
      const r = parseCatalog(text, { strict });
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => [d.code, d.location?.path.join('.'), d.args?.suggestions])).toEqual([
        ['INVALID_FORMAT', 'provinces.0.code', undefined],
        ['INVALID_FORMAT', 'documents.0.id', undefined],
        ['INVALID_FORMAT', 'procedures.0.code', undefined],
        // A name close to one defined with spaces is offered as it is to be written; a reference with spaces is not a definition.
        ['UNKNOWN_REFERENCE', 'procedures.2.needs.0', ['1.010041']],
        ['UNKNOWN_REFERENCE', 'procedures.2.needs.1', ['1.001193']],
      ]);
    }
  });

  it('lenient mode keeps other errors errors', () => {
    const r = parseCatalog('documents:\n  - { id: a, name: A, form: papr }\n', { strict: false });
    expect(r.ok).toBe(false);
  });
});

describe('merging files', () => {
  it('concatenates lists in the order given and points locations at each file', () => {
    const r = parseCatalogFiles([
      { fileName: 'b.yaml', text: 'provinces: [{ code: GL, name: Gia Lai }]\n' },
      { fileName: 'a.yaml', text: 'catalog: { name: x }\nprovinces:\n  - { code: HN, name: Hà Nội }\n' },
    ]);
    expect(r.ok).toBe(true);
    expect(r.files).toEqual(['b.yaml', 'a.yaml']);
    expect(r.catalog.provinces.map((p) => p.code)).toEqual(['GL', 'HN']);
    expect(r.catalog.catalog).toEqual({ name: 'x' });
    expect(r.locations['province:GL']).toEqual({ file: 'b.yaml', line: 1, column: 13, endLine: 1, endColumn: 40, path: ['provinces', 0] });
    expect(r.locations['province:HN']).toMatchObject({ file: 'a.yaml', line: 3, column: 5, path: ['provinces', 0] });
    expect(r.locations.catalog).toMatchObject({ file: 'a.yaml', line: 1, column: 10 });
  });

  it('gives the location of every entity, requirement and amendment, first definition first', () => {
    const r = parseCatalog(readFileSync(new URL('valid-example/catalog.yaml', fixtures), 'utf8'), { fileName: 'c.yaml' });
    expect(Object.keys(r.locations).sort()).toEqual(
      [
        'amendment:nd-104-2022#0',
        'catalog',
        'data_source:csdlqg-dan-cu',
        'document:ct07',
        'document:so-ho-khau',
        'legal:luat-cu-tru-2020',
        'legal:nd-104-2022',
        'legal:nd-123-2015',
        'procedure:1.001193',
        'procedure:1.010041',
        'province:GL',
        'province:HN',
        'requirement:1.001193#0',
      ].sort(),
    );
    expect(r.locations['requirement:1.001193#0']).toMatchObject({ line: 28, column: 9, path: ['procedures', 1, 'requires', 0] });
    expect(r.locations['legal:nd-104-2022']).toMatchObject({ line: 14, column: 5, endLine: 19 });
  });

  it('can skip locations', () => {
    const r = parseCatalog('provinces: [{ code: HN, name: x }]\n', { locations: false });
    expect(r.locations).toEqual({});
  });

  it('is plain data: a JSON round trip keeps it whole', () => {
    const r = parseCatalog(readFileSync(new URL('valid-example/catalog.yaml', fixtures), 'utf8'));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('misuse', () => {
  it('throws a named error for arguments of the wrong kind', async () => {
    const { CatalogArgumentError } = await import('../../src/diagnostics/errors.js');
    expect(() => parseCatalog(42 as unknown as string)).toThrow(CatalogArgumentError);
    expect(() => parseCatalog('a: 1', null as never)).toThrow(CatalogArgumentError);
    expect(() => parseCatalogFiles('x' as never)).toThrow(CatalogArgumentError);
    expect(() => parseCatalogFiles([{ fileName: 'a.yaml' } as never])).toThrow(/File 0 must be/);
  });
});
