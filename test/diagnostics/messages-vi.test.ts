import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { diagnosticHintVi } from '../../src/diagnostics/hints-vi.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import { diagnosticMessageVi } from '../../src/diagnostics/messages-vi.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { renderDiagnosticsText } from '../../src/report/diagnostics-text.js';

const dir = fileURLToPath(new URL('../fixtures/loader/', import.meta.url));
const fixtures = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

async function fixtureDiagnostics(): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const name of fixtures) {
    for (const strict of [true, false]) out.push(...(await loadCatalog(name, { cwd: dir, strict })).diagnostics);
  }
  return out;
}

/** What a template leaves when a value is missing or not text. */
const UNFILLED = /undefined|null\b(?! ?\))|\[object Object\]|NaN|\{\w+\}|\$\{/;
/** English words that have no place in a Vietnamese sentence (identifiers and quoted values aside). */
const ENGLISH = /\b(the|is|not|which|with|Did you mean|Check|Add|Remove|Write|must|defined|file|value)\b/;

/** The text without quoted values, code spans and file places, where English words may legitimately be. */
function prose(text: string): string {
  return text.replace(/`[^`]*`/g, '').replace(/'[^']*'/g, '').replace(/"[^"]*"/g, '').replace(/\S+\.(ya?ml|json)(:\d+)*/g, '');
}

describe('Vietnamese diagnostics', () => {
  it('have a template for every code', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      const d: Diagnostic = { code, severity: 'error', message: 'The file holds something.', location: { file: 'a.yaml', line: 1, column: 1, path: [] } };
      const vi = diagnosticMessageVi(d);
      expect(vi, code).not.toBe(d.message);
      expect(vi.length, code).toBeGreaterThan(10);
    }
  });

  it('say every finding of the loader fixtures in Vietnamese: filled, different from English, without English prose', async () => {
    const all = await fixtureDiagnostics();
    const codes = new Set(all.map((d) => d.code));
    expect(codes.size).toBeGreaterThan(20);
    for (const d of all) {
      const vi = localizeDiagnostic(d, 'vi');
      const what = `${d.code}: ${d.message}`;
      expect(vi.code).toBe(d.code);
      expect(vi.args).toEqual(d.args);
      expect(vi.location).toEqual(d.location);
      expect(vi.message, what).not.toBe(d.message);
      expect(vi.message, what).not.toMatch(UNFILLED);
      expect(prose(vi.message), what).not.toMatch(ENGLISH);
      expect(vi.hint === undefined, what).toBe(d.hint === undefined);
      if (vi.hint !== undefined) {
        expect(vi.hint, `${what} / ${d.hint}`).not.toBe(d.hint);
        expect(vi.hint, what).not.toMatch(UNFILLED);
        expect(prose(vi.hint), `${what} / ${d.hint}`).not.toMatch(ENGLISH);
      }
      for (const r of vi.related ?? []) expect(prose(r.message), what).not.toMatch(ENGLISH);
    }
  });

  it('name the entity or the amendment whose id holds an apostrophe by its whole id, in a catalog and in a reform', () => {
    const catalogText = 'procedures:\n  - { code: "1.0\'01", name: A, level: [trung-uong], needs: [x-y] }\n';
    const c = parseCatalogFiles([{ fileName: 'c.yaml', text: catalogText }]);
    expect(c.diagnostics.map((d) => [d.message, localizeDiagnostic(d, 'vi').message])).toEqual([
      ["In procedure '1.0'01', `needs[0]` names the procedure 'x-y', which is not defined.", "Trong thủ tục '1.0'01', `needs[0]` tham chiếu tới thủ tục 'x-y', nhưng mục này chưa được định nghĩa."],
    ]);
    const reformText = [
      'legal:',
      "  - id: nd-999'2023",
      '    number: 999/2023/NĐ-CP',
      '    type: nghi-dinh',
      '    amends:',
      '      - { provision: nd-123-2015 }',
      '      - { scope: { document: csdlqg-dan-cu }, accept: [so-ho-khau], effective: 2023-02-30 }',
      '',
    ].join('\n');
    const catalog = parseCatalogFiles([{ fileName: 'c.yaml', text: readFileSync(new URL('../fixtures/reform/catalog.yaml', import.meta.url), 'utf8') }]).catalog;
    const r = parseReform(reformText, { catalog, fileName: 'r.yaml' });
    const vi = r.diagnostics.filter((d) => d.code !== 'INVALID_FORMAT').map((d) => localizeDiagnostic(d, 'vi').message);
    expect(vi).toEqual([
      "Sửa đổi thứ 1 của 'nd-999'2023' không chấp nhận thêm gì cũng không bỏ yêu cầu, nên không thay đổi gì.",
      "Phạm vi (scope) của sửa đổi thứ 2 của 'nd-999'2023' tham chiếu tới 'csdlqg-dan-cu', là nguồn dữ liệu, không phải giấy tờ.",
      "Trong sửa đổi thứ 2 của 'nd-999'2023', `effective` là 2023-02-30, không phải một ngày có thật trong lịch.",
    ]);
  });

  it('show control characters and direction marks in the ids of a catalog as escapes, in both languages', () => {
    const text = JSON.stringify({ procedures: [{ code: '1\u202e01', name: 'A', level: ['trung-uong'], needs: ['x\u0007y\u2067'] }, { code: '2', name: 'B', level: ['trung-uong'], needs: ['1\u202e01\u200f'] }] });
    const r = parseCatalogFiles([{ fileName: 'c.json', text }]);
    const rows = r.diagnostics.filter((d) => d.code === 'UNKNOWN_REFERENCE').map((d) => [d.message, d.hint, localizeDiagnostic(d, 'vi').message, localizeDiagnostic(d, 'vi').hint]);
    expect(rows).toEqual([
      [
        "In procedure '1\\u202e01', `needs[0]` names the procedure 'x\\u0007y\\u2067', which is not defined.",
        'Define it under procedures:, or correct the reference.',
        "Trong thủ tục '1\\u202e01', `needs[0]` tham chiếu tới thủ tục 'x\\u0007y\\u2067', nhưng mục này chưa được định nghĩa.",
        'Hãy định nghĩa nó dưới procedures:, hoặc sửa tham chiếu.',
      ],
      [
        "In procedure '2', `needs[0]` names the procedure '1\\u202e01\\u200f', which is not defined.",
        "Did you mean '1\\u202e01'? Define it under procedures:, or correct the reference.",
        "Trong thủ tục '2', `needs[0]` tham chiếu tới thủ tục '1\\u202e01\\u200f', nhưng mục này chưa được định nghĩa.",
        "Có phải ý bạn là '1\\u202e01'? Hãy định nghĩa nó dưới procedures:, hoặc sửa tham chiếu.",
      ],
    ]);
  });

  it('keep the values of the finding: ids, keys and suggestions', () => {
    const { diagnostics } = parseCatalogFiles([
      {
        fileName: 'a.yaml',
        text: ['procedures:', '  - code: "1.1"', '    name: A', '    level: [xa]', '    requires: [{ document: so-ho-khu }]', '    colour: red', 'documents:', '  - { id: so-ho-khau, name: Sổ hộ khẩu, form: paper }', ''].join('\n'),
      },
    ]);
    const byCode = new Map(diagnostics.map((d) => [d.code, localizeDiagnostic(d, 'vi')]));
    expect(byCode.get('UNKNOWN_KEY')?.message).toBe("Thủ tục '1.1' có khóa không xác định 'colour'.");
    expect(byCode.get('UNKNOWN_REFERENCE')?.message).toBe("Trong thủ tục '1.1', `requires[0].document` tham chiếu tới giấy tờ 'so-ho-khu', nhưng mục này chưa được định nghĩa.");
    expect(byCode.get('UNKNOWN_REFERENCE')?.hint).toBe("Có phải ý bạn là 'so-ho-khau'? Hãy định nghĩa nó dưới documents:, hoặc sửa tham chiếu.");
  });

  it('give the schema description of every required field of a catalog or a reform in Vietnamese in the hint of MISSING_FIELD', () => {
    const described: string[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const props = (o.properties ?? {}) as Record<string, { description?: unknown }>;
      for (const name of Array.isArray(o.required) ? o.required : []) {
        const description = props[name]?.description;
        if (typeof description === 'string') described.push(description);
      }
      for (const v of Object.values(o)) walk(v);
    };
    for (const name of ['catalog', 'reform']) walk(JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')));
    expect(described.length).toBeGreaterThan(20);
    for (const description of described) {
      const d: Diagnostic = { code: 'MISSING_FIELD', severity: 'error', message: 'The file has no `x`, which is required.', hint: `Add \`x\`: ${description}`, args: { field: 'x' } };
      const vi = diagnosticHintVi(d)!;
      expect(vi, description).toMatch(/^Hãy thêm `x`: ./);
      expect(prose(vi), description).not.toMatch(ENGLISH);
    }
    // A reform's connection lacking its date, from the file.
    const reform = parseReform('connect:\n  - { data_source: csdlqg-dan-cu, province: GL }\n').diagnostics;
    expect(reform.map((d) => d.hint)).toEqual(['Add `from`: First day the lookup works in that province (YYYY-MM-DD). An earlier date already in the catalog is kept.']);
    expect(localizeDiagnostic(reform[0], 'vi').hint).toBe('Hãy thêm `from`: Ngày đầu tiên tra cứu được ở tỉnh đó (YYYY-MM-DD). Nếu danh mục đã có một ngày sớm hơn thì giữ ngày đó.');
    // A description with no Vietnamese text is left out rather than given in English; a field with none reads as before.
    const unknown: Diagnostic = { code: 'MISSING_FIELD', severity: 'error', message: 'The file has no `x`, which is required.', hint: 'Add `x`: Something new.' };
    expect(diagnosticHintVi(unknown)).toBe('Hãy thêm `x`.');
    expect(diagnosticHintVi({ ...unknown, hint: 'Add `x`.' })).toBe('Hãy thêm `x`.');
  });

  it('fall back to the general advice of the code for a hint of no known form, never mixing languages', () => {
    const d: Diagnostic = { code: 'YAML_SYNTAX', severity: 'error', message: 'YAML syntax error: Something new.', hint: 'Try something nobody wrote a rule for.' };
    expect(diagnosticHintVi(d)).toBe('Hãy kiểm tra thụt lề, dấu hai chấm, dấu nháy và dấu ngoặc quanh chỗ này.');
  });

  it('render with Vietnamese words, and English by default', async () => {
    const { diagnostics } = await loadCatalog('duplicate-across-files', { cwd: dir });
    const vi = renderDiagnosticsText(diagnostics, { lang: 'vi' });
    expect(vi).toContain("duplicate-across-files/b.yaml:10:13  lỗi  DUPLICATE_ID  Mã thủ tục '1.001193' được định nghĩa hai lần; lần đầu ở duplicate-across-files/a.yaml:9:13.");
    expect(vi).toContain('  xem: duplicate-across-files/a.yaml:9:13 (định nghĩa lần đầu ở đây)');
    expect(vi).toContain('  gợi ý: Hãy xóa bản sao');
    expect(renderDiagnosticsText(diagnostics)).toContain('error  DUPLICATE_ID  The procedure code');
  });

  it('say which character yaml found missing, as its English message does', async () => {
    const { parseYaml } = await import('../../src/catalog/parse-yaml.js');
    const first = (text: string) => diagnosticMessageVi(parseYaml(text, 'x.yaml').diagnostics[0]);
    // A list item's key indented one space short: yaml reads a list item without "-".
    expect(first('documents:\n  - id: ct07\n   name: CT07\n    form: paper\n')).toBe('Lỗi cú pháp YAML: một mục của danh sách thiếu dấu "-" (thường do thụt lề sai).');
    expect(first('a: "x"#c\n')).toBe('Lỗi cú pháp YAML: dấu # của chú thích phải cách phần trước nó một dấu cách.');
  });
});
