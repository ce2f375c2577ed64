import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-package.js';

// A TypeScript user of the built package, under `strict`: the option types can be named,
// lists made `as const` or `readonly` are accepted where the functions take lists, and the
// examples of the README and docs/ type-check as they are written.

let app: string;

beforeAll(() => {
  ensureBuilt();
  app = mkdtempSync(join(tmpdir(), 'tthc-types-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 'tthc-graph'), 'dir');
  writeFileSync(join(app, 'package.json'), '{ "type": "module" }\n');
});

afterAll(() => rmSync(app, { recursive: true, force: true }));

const CONSUMER = `
import { analyze, countDependents, dependents, diff, loadCatalog, parseFile, plan, timeline, validateReformFile, whatif } from 'tthc-graph';
import type { AnalyzeOptions, FileOptions, LoadCatalogOptions, ParallelOptions, PlanOptions, SchemaError } from 'tthc-graph';
import type { FileOptions as CoreFileOptions, SchemaError as CoreSchemaError } from 'tthc-graph/core';

const read: LoadCatalogOptions = { strict: false, cacheDir: '.cache', threads: 2 };
const parallel: ParallelOptions = { threads: 'auto' };
const file: FileOptions & CoreFileOptions = { maxDepth: 100 };
const errors: SchemaError[] & CoreSchemaError[] = validateReformFile({});
const { catalog } = await loadCatalog('catalog/', read);
const without = ['nd-104-2022'] as const;
const lacking: readonly string[] = ['cccd'];
const options: AnalyzeOptions = { at: '2023-01-01', without, lacking };
analyze(catalog, options);
const planned: PlanOptions = { without, only: ['1.001193'] as const };
plan(catalog, planned);
timeline(catalog, { without });
diff(catalog, catalog, { without });
whatif(catalog, {}, { without });
dependents(catalog, 'so-ho-khau', { without });
countDependents(catalog, 'so-ho-khau', { without });
parseFile('a: 1', 'a.yaml', file);
console.log(parallel, errors.length);
`;

/** The type errors of TypeScript files of the consumer, under strict. */
function typeErrors(paths: string[]): string[] {
  const program = ts.createProgram(paths, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.slice(app.length + 1)}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** The `js` examples of the README and docs/, each with where it comes from. */
function examples(): { name: string; code: string }[] {
  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  return pages.flatMap((page) =>
    [...readFileSync(join(ROOT, page), 'utf8').matchAll(/^```(?:js|ts)\n([\s\S]*?)^```$/gm)].map((m, i) => ({ name: `${page.replace(/[/.]/g, '-')}-${i + 1}.ts`, code: m[1] })),
  );
}

describe('the built package, from TypeScript', () => {
  it('names its option types and takes readonly lists, under strict', () => {
    const path = join(app, 'consumer.ts');
    writeFileSync(path, CONSUMER);
    expect(typeErrors([path])).toEqual([]);
  });

  it('type-checks the JavaScript examples of the README and docs/ as TypeScript, under strict', () => {
    const list = examples();
    expect(list.length).toBeGreaterThanOrEqual(3);
    const paths = list.map((e) => {
      const path = join(app, e.name);
      // Each example is a module of its own, as a user's script would be.
      writeFileSync(path, `${e.code}\nexport {};\n`);
      return path;
    });
    expect(typeErrors(paths)).toEqual([]);
  });
});
