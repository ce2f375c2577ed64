import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const src = (path: string) => JSON.stringify(join(ROOT, 'src', path));

/**
 * Each output schema against the TypeScript type of what the command prints: the type
 * generated from the schema must be the same type, property by property (optional or
 * not, null or not), as the one the code is written against.
 */
const PAIRS: { schema: string; title: string; imports: string; type: string }[] = [
  { schema: 'explain', title: 'ExplainResult', imports: `import type { ExplainResult } from ${src('report/explain-json.js')};`, type: 'ExplainResult' },
  {
    schema: 'count',
    title: 'DependentCounts',
    imports: `import type { DependentCounts } from ${src('analysis/dependents-types.js')};`,
    // --by keeps only the grouping asked for.
    type: "Omit<DependentCounts, 'by'> & { by: Partial<DependentCounts['by']> }",
  },
  { schema: 'rank', title: 'ProvisionRanking', imports: `import type { ProvisionRanking } from ${src('analysis/rank-types.js')};`, type: 'ProvisionRanking' },
  { schema: 'whatif', title: 'WhatIfResult', imports: `import type { WhatIfResult } from ${src('analysis/whatif-types.js')};`, type: 'WhatIfResult' },
  { schema: 'timeline', title: 'TimelineResult', imports: `import type { TimelineResult } from ${src('analysis/timeline-types.js')};`, type: 'TimelineResult' },
  { schema: 'diff', title: 'DiffResult', imports: `import type { DiffResult } from ${src('analysis/diff-types.js')};`, type: 'DiffResult' },
  { schema: 'summary', title: 'CatalogSummary', imports: `import type { CatalogSummary } from ${src('analysis/summary-types.js')};`, type: 'CatalogSummary' },
  {
    schema: 'check',
    title: 'CheckResult',
    imports: [
      `import type { Diagnostic } from ${src('diagnostics/types.js')};`,
      `import type { DiagnosticSummary } from ${src('diagnostics/sort.js')};`,
    ].join('\n'),
    // What src/cli/commands/check.ts prints.
    type: "{ version: 1; lang?: 'vi' | 'en'; files: string[]; diagnostics: Diagnostic[]; summary: DiagnosticSummary & { files: number } }",
  },
];

/** Deep structural sameness: intersections flattened, then compared with TypeScript's identity relation. */
const SAME = `
type Norm<T> = T extends readonly (infer U)[] ? Norm<U>[] : T extends object ? { [K in keyof T]: Norm<T[K]> } : T;
export type Same<A, B> = (<T>() => T extends Norm<A> ? 1 : 2) extends (<T>() => T extends Norm<B> ? 1 : 2) ? true : false;
export function same<A, B>(ok: Same<A, B>): Same<A, B> { return ok; }
`;

const dir = mkdtempSync(join(tmpdir(), 'tthc-output-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generated(schema: string, title: string): Promise<string> {
  const json = JSON.parse(readFileSync(join(ROOT, 'schemas', `${schema}.schema.json`), 'utf8'));
  return compile(json, title, { cwd: join(ROOT, 'schemas'), bannerComment: '', additionalProperties: false, unreachableDefinitions: false, format: false });
}

/** Type-checks `files` (written to the temporary directory) with the project's compiler options; returns the errors. */
function typeErrors(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((name) => join(dir, name)),
    {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      skipLibCheck: true,
      noEmit: true,
    },
  );
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || d.file.fileName.startsWith(dir))
    .map((d) => `${d.file?.fileName.slice(dir.length + 1) ?? ''}:${d.file ? d.file.getLineAndCharacterOfPosition(d.start!).line + 1 : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the output schemas and the TypeScript types of the outputs do not drift apart', () => {
  it('generates, from every output schema, the type the command prints', async () => {
    const files: Record<string, string> = { 'same.mts': SAME };
    const lines = ["import { same } from './same.mjs';"];
    for (const p of PAIRS) {
      files[`${p.schema}.mts`] = await generated(p.schema, p.title);
      lines.push(p.imports.replace(/^import type \{ (\w+)/gm, (_, n) => `import type { ${n} as ${p.schema}_${n}`));
      lines.push(`import type { ${p.title} as ${p.schema}Schema } from './${p.schema}.mjs';`);
    }
    for (const p of PAIRS) {
      const type = p.type.replace(/\b(ExplainResult|DependentCounts|ProvisionRanking|WhatIfResult|TimelineResult|DiffResult|CatalogSummary|Diagnostic|DiagnosticSummary)\b/g, `${p.schema}_$1`);
      lines.push(`export const ${p.schema}Same = same<${p.schema}Schema, ${type}>(true);`);
    }
    files['check-types.mts'] = `${lines.join('\n')}\n`;
    expect(typeErrors(files)).toEqual([]);
  });

  it('notices a difference: a property the schema lacks, an optional one made required, a null allowed', () => {
    const errors = typeErrors({
      'same.mts': SAME,
      'drift.mts': [
        "import { same } from './same.mjs';",
        'export const a = same<{ x: string }, { x: string; y?: number }>(true);',
        'export const b = same<{ x?: string }, { x: string }>(true);',
        'export const c = same<{ x: string | null }, { x: string }>(true);',
        'export const d = same<{ x: { y: 1 }[] }, { x: ({ y: 1 } & { z?: 2 })[] }>(true);',
        'export const ok = same<{ x: { y: 1 } & { z?: 2 } }, { x: { y: 1; z?: 2 } }>(true);',
      ].join('\n'),
    });
    expect(errors.map((e) => e.split(' ')[0])).toEqual(['drift.mts:2', 'drift.mts:3', 'drift.mts:4', 'drift.mts:5']);
  });
});
