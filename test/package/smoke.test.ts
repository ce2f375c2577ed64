import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-package.js';

// The built package, imported by its name from another folder (node_modules/tthc-graph is
// a link to this package), as ES module and with require.

let app: string;

// "Hà Nội" typed with combining marks: the loader makes it NFC.
const CATALOG = JSON.stringify('provinces: [{ code: HN, name: "Ha\u0300 No\u0302\u0323i" }]\nprocedures: [{ code: "1.001193", name: x, level: [xa], provinces: [GL] }]\n');

const ESM = `
import { parseCatalog, loadCatalog, DIAGNOSTIC_CODES } from 'tthc-graph';
import * as core from 'tthc-graph/core';
import schema from 'tthc-graph/schemas/catalog.schema.json' with { type: 'json' };
const r = parseCatalog(${CATALOG});
console.log(JSON.stringify({ ok: r.ok, codes: r.diagnostics.map((d) => d.code), name: r.catalog.provinces[0].name,
  load: typeof loadCatalog, coreParse: typeof core.parseCatalog, coreLoad: 'loadCatalog' in core,
  codes2: Object.keys(DIAGNOSTIC_CODES).length > 10, schema: schema.title }));
`;

const CJS = `
const { parseCatalog, loadCatalog, DIAGNOSTIC_CODES } = require('tthc-graph');
const core = require('tthc-graph/core');
const schema = require('tthc-graph/schemas/catalog.schema.json');
const r = parseCatalog(${CATALOG});
console.log(JSON.stringify({ ok: r.ok, codes: r.diagnostics.map((d) => d.code), name: r.catalog.provinces[0].name,
  load: typeof loadCatalog, coreParse: typeof core.parseCatalog, coreLoad: 'loadCatalog' in core,
  codes2: Object.keys(DIAGNOSTIC_CODES).length > 10, schema: schema.title }));
`;

const EXPECTED = {
  ok: false,
  codes: ['UNKNOWN_REFERENCE'],
  name: 'Hà Nội',
  load: 'function',
  coreParse: 'function',
  coreLoad: false,
  codes2: true,
  schema: 'tthc-graph catalog file',
};

beforeAll(() => {
  ensureBuilt();
  app = mkdtempSync(join(tmpdir(), 'tthc-smoke-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 'tthc-graph'), 'dir');
});

afterAll(() => rmSync(app, { recursive: true, force: true }));

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: app, encoding: 'utf8' });
}

describe('the built package', () => {
  it('works as an ES module', () => {
    expect(JSON.parse(node(['--input-type=module', '-e', ESM]))).toEqual(EXPECTED);
  });

  it('works with require', () => {
    expect(JSON.parse(node(['--input-type=commonjs', '-e', CJS]))).toEqual(EXPECTED);
  });

  it('walks the catalog graph with graphology-traversal, as ES module and with require', () => {
    const catalog = JSON.stringify(
      'documents: [{ id: so-ho-khau, name: x, form: paper }]\nprocedures: [{ code: a, name: x, level: [xa], requires: [{ document: so-ho-khau }] }, { code: b, name: x, level: [xa], needs: [a] }]\n',
    );
    const walk = (name: string) =>
      `const g = ${name}.buildGraph(${name}.parseCatalog(${catalog}).catalog);\n` +
      `console.log(JSON.stringify([${name}.graphDependents(g, 'document:so-ho-khau', { kinds: ['procedure'] }), ${name}.graphDependencies(g, 'procedure:b', { maxDepth: 1 })]));`;
    const expected = [
      [
        { key: 'procedure:a', kind: 'procedure', depth: 2 },
        { key: 'procedure:b', kind: 'procedure', depth: 3 },
      ],
      [{ key: 'procedure:a', kind: 'procedure', depth: 1 }],
    ];
    expect(JSON.parse(node(['--input-type=module', '-e', `import * as core from 'tthc-graph/core';\n${walk('core')}`]))).toEqual(expected);
    expect(JSON.parse(node(['--input-type=commonjs', '-e', `const lib = require('tthc-graph');\n${walk('lib')}`]))).toEqual(expected);
  });

  it('keeps tthc-graph/core free of Node-only modules, in its chunks too', () => {
    for (const file of ['core.js', 'core.cjs']) {
      const packages = new Set<string>();
      const seen = new Set<string>();
      const visit = (name: string): void => {
        if (seen.has(name)) return;
        seen.add(name);
        const text = readFileSync(join(ROOT, 'dist', name), 'utf8');
        const imports = [...text.matchAll(/^import\b[^;]*?\bfrom\s*["']([^"']+)["']/gm), ...text.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
        for (const spec of imports) {
          if (spec.startsWith('./')) visit(spec.slice(2));
          else packages.add(spec);
        }
      };
      visit(file);
      expect(packages).toEqual(new Set(['ajv', 'graphology', 'graphology-traversal', 'yaml']));
    }
  });

  it('has one copy of each class for both entry points, so instanceof holds across them', () => {
    const check = (a: string, b: string) => `
const r = [];
for (const name of ['NotACatalogError', 'AnalysisOptionError', 'InvalidDateError', 'UnknownNodeError']) r.push(${a}[name] === ${b}[name]);
try { ${a}.analyze({ bogus: [] }); } catch (e) { r.push(e instanceof ${b}.NotACatalogError); }
console.log(JSON.stringify(r));
`;
    const expected = [true, true, true, true, true];
    expect(JSON.parse(node(['--input-type=module', '-e', `import * as lib from 'tthc-graph';\nimport * as core from 'tthc-graph/core';\n${check('lib', 'core')}`]))).toEqual(expected);
    expect(JSON.parse(node(['--input-type=commonjs', '-e', `const lib = require('tthc-graph');\nconst core = require('tthc-graph/core');\n${check('core', 'lib')}`]))).toEqual(expected);
  });

  it('gives an error the same name and code from its ES module and its CommonJS copy, where instanceof fails', () => {
    const script = `
import { createRequire } from 'node:module';
import * as esm from 'tthc-graph';
const cjs = createRequire(import.meta.url)('tthc-graph');
const seen = [];
for (const [from, other] of [[cjs, esm], [esm, cjs]]) {
  try { from.analyze(from.parseCatalog('procedures: []').catalog, { at: '2023-02-30' }); } catch (e) { seen.push([e instanceof other.AnalysisOptionError, e.name, e.code]); }
  try { from.graphDependents(from.buildGraph({}), 'so-ho-khau'); } catch (e) { seen.push([e instanceof other.UnknownNodeError, e.name, e.code]); }
}
console.log(JSON.stringify(seen));
`;
    const both = [
      [false, 'AnalysisOptionError', 'INVALID_DATE'],
      [false, 'UnknownNodeError', 'UNKNOWN_NODE'],
    ];
    expect(JSON.parse(node(['--input-type=module', '-e', script]))).toEqual([...both, ...both]);
  });

  it('runs tthc check as a command', () => {
    const bin = join(ROOT, 'dist/cli.js');
    const fixtures = join(ROOT, 'test/fixtures/loader');
    expect(execFileSync(process.execPath, [bin, 'check', 'valid-example'], { cwd: fixtures, encoding: 'utf8' })).toBe('Không có vấn đề nào trong 1 tệp.\n');
    expect(execFileSync(process.execPath, [bin, 'check', 'valid-example', '--lang', 'en'], { cwd: fixtures, encoding: 'utf8' })).toBe('No problems in 1 file.\n');
    let status = 0;
    let out = '';
    try {
      execFileSync(process.execPath, [bin, 'check', 'wrong-type'], { cwd: fixtures, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TTHC_LANG: 'en' } });
    } catch (e) {
      status = (e as { status: number }).status;
      out = (e as { stdout: string }).stdout;
    }
    expect(status).toBe(1);
    expect(out).toContain('wrong-type/unquoted.yaml:4:11  error  WRONG_TYPE');
  });
});
