import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { parseYaml } from '../../src/catalog/parse-yaml.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import { buildParseWorker } from './parallel-worker-build.js';

/** The syntax diagnostics of a text: line, column and what is left unclosed (or yaml's own code). */
function syntax(text: string): [number, number, unknown][] {
  return parseYaml(text, 'x.yaml').diagnostics.map((d) => [d.location!.line, d.location!.column, d.args?.unclosed ?? d.code]);
}

describe('an unclosed quote, bracket or brace', () => {
  it('is reported at the character that opens it', () => {
    expect(syntax('a: 1\nb: "two\nc: 3\n')).toEqual([[2, 4, '"']]);
    expect(syntax("a: 1\nb: 'two\nc: 3\n")).toEqual([[2, 4, "'"]]);
    expect(syntax('a: 1\nb: [x, y\nc: 3\n')).toEqual([[2, 4, '[']]);
    expect(syntax('a: 1\nb: { x: 1\nc: 3\n')).toEqual([[2, 4, '{']]);
    expect(syntax('[1, 2\n')).toEqual([[1, 1, '[']]);
    expect(syntax('x:\n  "key: 1\n  b: 2\n')).toEqual([[2, 3, '"']]);
  });

  it('is reported once when a quote swallows the bracket or brace around it', () => {
    expect(syntax('a: [1, "x]\nb: 2\n')).toEqual([[1, 8, '"']]);
    expect(syntax("a: {k: 'x}\nb: 2\n")).toEqual([[1, 8, "'"]]);
  });

  it('is reported once, at the innermost one, when nested brackets are left open', () => {
    expect(syntax('a: [1, [2\n')).toEqual([[1, 8, '[']]);
    expect(syntax('a: {b: [1\n')).toEqual([[1, 8, '[']]);
    expect(syntax('a: [[1], [2, "x"]\nb: 1\n')).toEqual([[1, 4, '[']]);
  });

  it('is reported for each of two separate mistakes', () => {
    expect(syntax('a: [1\nb: [2\n')).toEqual([
      [1, 4, '['],
      [2, 4, '['],
    ]);
    expect(syntax('a: "x\n---\nb: "y\n')).toEqual([
      [1, 4, '"'],
      [3, 4, '"'],
      [2, 1, 'MULTIPLE_DOCUMENTS'],
    ]);
  });

  it('counts a list closed by the wrong bracket as never closed', () => {
    const [d] = parseYaml('a: [x, y}\nb: 1\n', 'x.yaml').diagnostics;
    expect(d.message).toBe('YAML syntax error: the bracket [ that opens this list is never closed with a ].');
    expect(d.location).toMatchObject({ line: 1, column: 4, endLine: 1, endColumn: 5 });
  });

  it('keeps the stable code and yaml code, and says in both languages what to do', () => {
    const texts = ['a: "x\n', "a: 'x\n", 'a: [x\n', 'a: {x: 1\n'];
    const found = texts.map((t) => parseYaml(t, 'x.yaml').diagnostics);
    for (const [d] of found) {
      expect(d.code).toBe('YAML_SYNTAX');
      expect(d.severity).toBe('error');
      expect(['MISSING_CHAR', 'BAD_INDENT']).toContain(d.args?.yamlCode);
      expect(d.hint).toMatch(/^Close /);
      const vi = localizeDiagnostic(d, 'vi');
      expect(vi.message).toMatch(/^Lỗi cú pháp YAML: dấu .* không được đóng/);
      expect(vi.hint).toMatch(/^Hãy đóng /);
    }
    expect(new Set(found.map(([d]) => d.hint)).size).toBe(4);
  });
});

describe('unclosed openers in the loader scenarios', () => {
  let work: string;
  let workerUrl: URL;
  const scenarios = ['unclosed-double-quote', 'unclosed-single-quote', 'unclosed-flow-sequence', 'unclosed-flow-mapping'];

  beforeAll(async () => {
    workerUrl = await buildParseWorker();
    work = mkdtempSync(join(tmpdir(), 'tthc-unclosed-'));
    mkdirSync(join(work, 'catalog'));
    const root = join(import.meta.dirname, '..', 'fixtures', 'loader');
    for (const s of scenarios) {
      const [name] = readdirSync(join(root, s));
      copyFileSync(join(root, s, name), join(work, 'catalog', `${s}.yaml`));
    }
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(new URL('.', workerUrl), { recursive: true, force: true });
  });

  it('are located the same in one thread, in worker threads and through the cache', async () => {
    const dir = join(work, 'catalog');
    const cacheDir = join(work, 'cache');
    const serial = await loadCatalog(dir, { threads: 1 });
    expect(serial.diagnostics.map((d) => [d.location?.file.slice(dir.length + 1), d.location?.line, d.location?.column, d.args?.unclosed])).toEqual([
      ['unclosed-double-quote.yaml', 8, 11, '"'],
      ['unclosed-flow-mapping.yaml', 4, 5, '{'],
      ['unclosed-flow-sequence.yaml', 8, 12, '['],
      ['unclosed-single-quote.yaml', 8, 11, "'"],
    ]);
    expect(await loadCatalog(dir, { threads: 2, workerUrl })).toEqual(serial);
    expect(await loadCatalog(dir, { threads: 1, cacheDir })).toEqual(serial);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(await loadCatalog(dir, { threads: 1, cacheDir })).toEqual(serial);
  });
});
