import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-package.js';
import { errorTable } from '../docs/error-table.js';

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

/**
 * A user of the error types: each class's `code` is exactly the union of the codes
 * docs/semantics.md lists for it, exported by name (the class's name and `Code`; the two path
 * errors share `PathErrorCode`), from the package and from its core alike, and each `name`
 * is its class's.
 */
function errorCodesConsumer(): string {
  const table = [...errorTable()];
  const union = (codes: string[]) => codes.map((c) => `'${c}'`).join(' | ');
  const path = (name: string) => name === 'CatalogPathError' || name === 'ReformPathError' || name === 'BaselinePathError';
  const lines = table.flatMap(([name, codes], i) => {
    const own = path(name) ? [] : [`export const t${i}: Equal<${name}Code, ${union(codes)}> & Equal<Core.${name}Code, ${union(codes)}> = true;`];
    const core = name === 'ReformPathError' || name === 'BaselinePathError' ? [] : [`export const k${i}: Equal<Core.${name}['code'], ${path(name) ? 'PathErrorCode' : union(codes)}> = true;`];
    return [
      `export const c${i}: Equal<${name}['code'], ${path(name) ? 'PathErrorCode' : union(codes)}> = true;`,
      `export const n${i}: Equal<${name}['name'], '${name}'> = true;`,
      ...own,
      ...core,
    ];
  });
  const pathCodes = [...new Set(table.filter(([name]) => path(name)).flatMap(([, codes]) => codes))];
  const names = table.map(([name]) => name);
  return [
    `import type { ${names.join(', ')} } from 'tthc-graph';`,
    `import type { ${[...names.filter((n) => !path(n)).map((n) => `${n}Code`), 'PathErrorCode'].join(', ')} } from 'tthc-graph';`,
    "import type * as Core from 'tthc-graph/core';",
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    `export const p: Equal<PathErrorCode, ${union(pathCodes)}> & Equal<Core.PathErrorCode, PathErrorCode> = true;`,
    ...lines,
    '',
  ].join('\n');
}

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

  it('types the name and the code of every error class, with the codes of docs/semantics.md, under names it exports', () => {
    const path = join(app, 'error-codes.ts');
    writeFileSync(path, errorCodesConsumer());
    expect(readFileSync(path, 'utf8').match(/= true;/g)?.length).toBeGreaterThan(60);
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
