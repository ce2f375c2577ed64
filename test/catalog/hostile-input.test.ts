import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { diagnosticMessageVi } from '../../src/diagnostics/messages-vi.js';

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

function billionLaughs(levels: number): string {
  let text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < levels; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
  }
  return text;
}

describe('hostile input', () => {
  it('refuses an alias bomb (billion laughs) with a located error, without expanding it', () => {
    const result = parseCatalog(billionLaughs(9), { fileName: 'bomb.yaml' });
    expect(codes(result)).toEqual(['YAML_ALIAS_LIMIT']);
    expect(result.diagnostics[0].location).toMatchObject({ file: 'bomb.yaml', line: 2 });
    expect(result.catalog.documents).toEqual([]);
  });

  it('honours a lower alias limit', () => {
    const text = 'x: &x { id: a }\ny: [*x, *x, *x]\n';
    expect(codes(parseCatalog(text, { maxAliasCount: 2 }))).toEqual(['YAML_ALIAS_LIMIT']);
    expect(codes(parseCatalog(text))).toEqual(['UNKNOWN_KEY', 'UNKNOWN_KEY']);
  });

  it('reports an alias with no anchor before it at the alias, as a syntax error rather than an alias bomb', () => {
    const undefinedAlias = parseCatalog('documents:\n  - *nope\n', { fileName: 'x.yaml' });
    expect(undefinedAlias.diagnostics).toEqual([
      {
        code: 'YAML_SYNTAX',
        severity: 'error',
        message: 'YAML syntax error: The alias *nope repeats the anchor &nope, which is not defined in the file.',
        hint: "Mark the value to repeat with &nope before this alias, or correct the alias's name.",
        location: { file: 'x.yaml', line: 2, column: 5, endLine: 2, endColumn: 10, path: [] },
        args: { alias: 'nope' },
      },
    ]);
    const text = 'documents:\n  - { id: a, name: *nam, form: paper }\n  - &nam { id: b, name: B, form: paper }\n';
    const forward = parseCatalog(text, { fileName: 'x.yaml' }).diagnostics;
    expect(forward.map((d) => [d.code, d.location?.line, d.location?.column, d.args])).toEqual([['YAML_SYNTAX', 2, 20, { alias: 'nam', anchorLine: 3 }]]);
    expect(forward[0].message).toBe('YAML syntax error: The alias *nam comes before its anchor &nam (line 3); an anchor must be set before the aliases that repeat it.');
    expect(forward[0].hint).toBe('Move the value marked &nam above its first alias.');
  });

  it('keeps __proto__ and constructor keys as plain data and reports them as unknown keys', () => {
    const text = [
      '__proto__: { polluted: true }',
      'constructor: { prototype: { polluted: true } }',
      'documents:',
      '  - { id: a, name: b, form: paper, __proto__: { polluted: true } }',
      '',
    ].join('\n');
    const result = parseCatalog(text);
    expect(codes(result)).toEqual(['UNKNOWN_KEY', 'UNKNOWN_KEY', 'UNKNOWN_KEY']);
    expect(result.diagnostics.map((d) => d.args?.key)).toEqual(['__proto__', 'constructor', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const doc = result.catalog.documents[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(doc, '__proto__')).toBe(true);
  });

  it('keeps __proto__ keys of JSON files as plain data too', () => {
    const result = parseCatalog('{"__proto__": {"polluted": true}, "provinces": []}', { fileName: 'x.json' });
    expect(codes(result)).toEqual(['UNKNOWN_KEY']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not trip on references named like Object.prototype members', () => {
    const text = 'documents:\n  - { id: a, name: b, form: paper, replaced_by: [constructor, __proto__, toString] }\n';
    const result = parseCatalog(text);
    expect(codes(result)).toEqual(['UNKNOWN_REFERENCE', 'UNKNOWN_REFERENCE', 'UNKNOWN_REFERENCE']);
  });

  it('refuses custom and non-core tags with a located error', () => {
    const line2 = '  - { id: a, name: !!js/function "function () {}", form: !!binary cGFwZXI= }';
    const text = `documents:\n${line2}\n  - !foo { id: b }\n`;
    const result = parseCatalog(text);
    const tags = result.diagnostics.filter((d) => d.code === 'YAML_TAG');
    expect(tags.map((d) => [d.args?.tag, d.location?.line, d.location?.column])).toEqual([
      ['!!js/function', 2, line2.indexOf('!!js') + 1],
      ['!!binary', 2, line2.indexOf('!!binary') + 1],
      ['!foo', 3, 5],
    ]);
    expect(typeof result.catalog.documents[0].name).toBe('string');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = `provinces:\n${'  - { code: HN, name: Hà Nội }\n'.repeat(1000)}`;
    const result = parseCatalog(big, { maxFileSize: 1000 });
    expect(codes(result)).toEqual(['FILE_TOO_LARGE']);
    expect(result.diagnostics[0].args).toEqual({ size: big.length, limit: 1000 });
  });

  it('refuses nesting deeper than the limit, in YAML and in JSON, without recursion trouble', () => {
    for (const depth of [65, 1000, 20_000]) {
      const yaml = `provinces: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const json = `{"provinces": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
      expect(codes(parseCatalog(yaml))).toEqual(['NESTING_TOO_DEEP']);
      expect(codes(parseCatalog(json, { fileName: 'deep.json' }))).toEqual(['NESTING_TOO_DEEP']);
    }
    const ok = `provinces: ${'['.repeat(63)}${']'.repeat(63)}\n`;
    expect(codes(parseCatalog(ok))).not.toContain('NESTING_TOO_DEEP');
    expect(codes(parseCatalog(`provinces: ${'['.repeat(10)}${']'.repeat(10)}\n`, { maxDepth: 5 }))).toEqual(['NESTING_TOO_DEEP']);
    // Located where the nesting first goes too deep, in a .json file as in YAML, with or without entity locations.
    const deep = `{"documents": [],\n "provinces": [{"code": "HN"}, ${'['.repeat(70)}${']'.repeat(70)}]}`;
    for (const locations of [true, false]) {
      const where = (fileName: string) => parseCatalog(deep, { fileName, locations }).diagnostics.map((d) => [d.code, d.location?.line, d.location?.column]);
      expect(where('deep.json')).toEqual([['NESTING_TOO_DEEP', 2, 94]]);
      expect(where('deep.yaml')).toEqual(where('deep.json'));
    }
  });

  it('refuses an alias that contains itself', () => {
    expect(codes(parseCatalog('provinces: &a [*a]\n'))).toEqual(['NESTING_TOO_DEEP']);
  });

  it('refuses binary files (NUL bytes), as text or as bytes', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(codes(parseCatalog(bytes, { fileName: 'logo.png.yaml' }))).toEqual(['FILE_BINARY']);
    const text = parseCatalog('provinces:\n  - x\u0000\n');
    expect(codes(text)).toEqual(['FILE_BINARY']);
    expect(text.diagnostics[0].location).toMatchObject({ line: 2, column: 6 });
    expect(codes(parseCatalog('{"provinces": []}\u0000', { fileName: 'c.json' }))).toEqual(['FILE_BINARY']);
    expect(codes(parseCatalog('{"provinces": ["\u0000"]}', { fileName: 'c.json' }))).toEqual(['FILE_BINARY']);
  });

  it('refuses text that is not UTF-8, pointing at the first bad byte', () => {
    // "Hà Nội" in Windows-1258 (à = 0xE0).
    const before = '  - { code: HN, name: H';
    const latin = new Uint8Array([...Buffer.from(`provinces:\n${before}`), 0xe0, ...Buffer.from(' Noi }\n')]);
    const result = parseCatalog(latin);
    expect(codes(result)).toEqual(['FILE_ENCODING']);
    expect(result.diagnostics[0].location).toMatchObject({ line: 2, column: before.length + 1 });
    expect(codes(parseCatalog(new Uint8Array([0xff, 0xfe, 0x70, 0x00])))).toEqual(['FILE_ENCODING']);
    // An overlong encoding of '/' and a lone surrogate are not UTF-8 either.
    expect(codes(parseCatalog(new Uint8Array([0x61, 0x3a, 0x20, 0xc0, 0xaf])))).toEqual(['FILE_ENCODING']);
    expect(codes(parseCatalog(new Uint8Array([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80])))).toEqual(['FILE_ENCODING']);
  });

  it('names UTF-16, with or without a byte-order mark, and UTF-32, in both languages', () => {
    const text = 'provinces:\n  - { code: HN, name: Hà Nội }\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const utf32le = new Uint8Array([...text].flatMap((c) => [c.codePointAt(0)! & 0xff, c.codePointAt(0)! >> 8, 0, 0]));
    const cases: [Uint8Array, string][] = [
      [new Uint8Array([0xff, 0xfe, ...le]), 'UTF-16'],
      [new Uint8Array([0xfe, 0xff, ...be]), 'UTF-16'],
      [new Uint8Array(le), 'UTF-16'],
      [new Uint8Array(be), 'UTF-16'],
      [new Uint8Array([0xff, 0xfe, 0, 0, ...utf32le]), 'UTF-32'],
    ];
    for (const [bytes, encoding] of cases) {
      const d = parseCatalog(bytes).diagnostics;
      expect(d.map((x) => [x.code, x.message])).toEqual([['FILE_ENCODING', `The file is encoded as ${encoding}, but catalog files must be UTF-8.`]]);
      expect(diagnosticMessageVi(d[0])).toBe(`Tệp được mã hoá ${encoding}, nhưng tệp danh mục phải là UTF-8.`);
    }
    // UTF-32 without a mark, and bytes with zeros throughout, stay binary files.
    expect(codes(parseCatalog(utf32le))).toEqual(['FILE_BINARY']);
    expect(codes(parseCatalog(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])))).toEqual(['FILE_BINARY']);
  });

  it('accepts a UTF-8 byte-order mark, as bytes or as text, with columns unchanged', () => {
    const text = 'provinces:\n  - { code: hn, name: Hà Nội }\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]);
    for (const input of [bytes, `\ufeff${text}`]) {
      const result = parseCatalog(input);
      expect(codes(result)).toEqual(['INVALID_FORMAT']);
      expect(result.diagnostics[0].location).toMatchObject({ line: 2, column: 13 });
    }
    expect(parseCatalog(`\ufeffprovinces: []\n`).ok).toBe(true);
  });

  it('never throws on random bytes', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256;
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: 1 + (n % 50) * 3 }, () => next());
      expect(() => parseCatalog(bytes)).not.toThrow();
      expect(() => parseCatalog(new TextDecoder().decode(bytes).replace(/\0/g, ''))).not.toThrow();
    }
  });
});
