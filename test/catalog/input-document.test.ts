import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/analysis/baseline/parse-baseline.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { tooLarge } from '../../src/catalog/decode-source.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);

/** Texts that the shared decoding and parsing refuse, each with the words its message names the kind of file in. */
const CASES: { code: string; input: string | Uint8Array; en: (what: string) => string; vi: (what: string) => string }[] = [
  { code: 'MULTIPLE_DOCUMENTS', input: 'version: 1\n---\nfindings: []\n', en: (w) => `a ${w} file holds one mapping.`, vi: (w) => `một ${w} chỉ chứa một ánh xạ.` },
  { code: 'NESTING_TOO_DEEP', input: `x: ${'['.repeat(100)}${']'.repeat(100)}\n`, en: (w) => `more than a ${w} ever needs.`, vi: (w) => `nhiều hơn mức một ${w} cần.` },
  { code: 'YAML_TAG', input: 'version: !!binary 1\n', en: (w) => `is not allowed in a ${w} file.`, vi: (w) => `không được phép trong ${w}.` },
  { code: 'FILE_ENCODING', input: utf16('version: 1\n'), en: (w) => `but ${w} files must be UTF-8.`, vi: (w) => `nhưng ${w} phải là UTF-8.` },
];

const VI: Record<string, string> = { reform: 'tệp cải cách', baseline: 'tệp baseline' };

function first(code: string, diagnostics: Diagnostic[]): Diagnostic {
  const d = diagnostics.find((x) => x.code === code);
  expect(d, `${code} in ${JSON.stringify(diagnostics.map((x) => x.code))}`).toBeDefined();
  return d!;
}

describe('the diagnostics of a reform or baseline file', () => {
  it.each(CASES.map((c) => [c.code, c] as const))('%s names the kind of file, in English and Vietnamese, where a catalog file names a catalog', (_, c) => {
    for (const [what, diagnostics] of [
      ['reform', parseReform(c.input).diagnostics],
      ['baseline', parseBaseline(c.input).diagnostics],
    ] as const) {
      const d = first(c.code, diagnostics);
      expect(d.message.endsWith(c.en(what)), d.message).toBe(true);
      const vi = localizeDiagnostic(d, 'vi').message;
      expect(vi.endsWith(c.vi(VI[what])), vi).toBe(true);
    }
    const catalog = first(c.code, parseCatalog(c.input).diagnostics);
    expect(catalog.message).toContain('catalog');
    expect(localizeDiagnostic(catalog, 'vi').message).toContain('danh mục');
  });

  it('gives hints about the file, not about a catalog directory', () => {
    const binary = first('FILE_BINARY', parseBaseline('version: 1\u0000').diagnostics);
    expect(binary.hint).toBe('Check that the path points at the baseline file.');
    expect(localizeDiagnostic(binary, 'vi').hint).toBe('Hãy kiểm tra đường dẫn trỏ đúng tới tệp baseline.');
    const tag = first('YAML_TAG', parseReform('legal: !!binary 1\n').diagnostics);
    expect(localizeDiagnostic(tag, 'vi').hint).toMatch(/^Tệp cải cách chỉ dùng giá trị YAML thông thường/);
    // Over the size limit, splitting the file is no help.
    const large = tooLarge('reform.yaml', 60 * 1024 * 1024, 50 * 1024 * 1024, 'reform');
    expect(large.hint).toBeUndefined();
    expect(large.message).toBe(tooLarge('reform.yaml', 60 * 1024 * 1024, 50 * 1024 * 1024).message);
    expect(tooLarge('catalog.yaml', 60 * 1024 * 1024, 50 * 1024 * 1024).hint).toMatch(/^Split the catalog into several files/);
  });
});
