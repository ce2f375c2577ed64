import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { analyze } from '../../src/analysis/analyze.js';
import type { AnalysisResult } from '../../src/analysis/result-types.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';

// docs/catalog-format.md is the users' reference for the format: it must document every
// field of schemas/catalog.schema.json, in the right place, and its examples must load.

type SchemaNode = Record<string, unknown>;

const doc = readFileSync(new URL('../../docs/catalog-format.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../schemas/catalog.schema.json', import.meta.url), 'utf8')) as SchemaNode;

/** Where the properties of each object of the schema are documented: a heading and the n-th table under it. */
const PLACES: Record<string, { heading: string; table: number }> = {
  '/definitions/catalogMeta': { heading: '## `catalog`: catalog-wide settings', table: 0 },
  '/definitions/reported': { heading: '### Published figures: `reported`', table: 0 },
  '/definitions/measure': { heading: '### What a figure counts: `measure`', table: 0 },
  '/definitions/province': { heading: '## `provinces`', table: 0 },
  '/definitions/document': { heading: '## `documents`: what a requirement asks for', table: 0 },
  '/definitions/dataSource': { heading: '## `data_sources`: registers an office can look up', table: 0 },
  '/definitions/legal': { heading: '## `legal`: legal documents and their amendments', table: 0 },
  '/definitions/amendment': { heading: '### Amendments: `amends`', table: 0 },
  '/definitions/amendment/properties/scope': { heading: '### Amendments: `amends`', table: 1 },
  '/definitions/articleRef': { heading: '### Amendments: `amends`', table: 2 },
  '/definitions/procedure': { heading: '## `procedures`: administrative procedures', table: 0 },
  '/definitions/requirement': { heading: '### Requirements: `requires`', table: 0 },
  '/definitions/provisionObject': { heading: '## Provision references', table: 0 },
};

/** Every node of the schema, with its JSON pointer. */
function walk(node: unknown, pointer: string, out: { pointer: string; node: SchemaNode }[] = []) {
  if (node === null || typeof node !== 'object') return out;
  if (!Array.isArray(node)) out.push({ pointer, node: node as SchemaNode });
  for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`, out);
  return out;
}
const nodes = walk(schema, '');
const objects = nodes.filter(({ node, pointer }) => {
  const props = node.properties;
  // `properties` of a schema object, not a property that happens to be called "properties".
  return props !== null && typeof props === 'object' && !pointer.endsWith('/properties');
});

/** The text under a heading, up to the next heading of any level. */
function section(heading: string): string {
  const lines = doc.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`docs/catalog-format.md has no heading "${heading}"`);
  let end = start + 1;
  while (end < lines.length && !/^#{1,6} /.test(lines[end])) end++;
  return lines.slice(start + 1, end).join('\n');
}

interface Row {
  field: string;
  required: string;
  meaning: string;
}

/** The field tables of a section: rows `| \`field\` | type | required | meaning |`. */
function tables(text: string): Row[][] {
  const out: Row[][] = [];
  let current: Row[] | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    if (current === null) {
      current = [];
      out.push(current);
    }
    const cells = line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
    const field = /^`([^`]+)`$/.exec(cells[0]);
    if (field) current.push({ field: field[1], required: cells[2], meaning: cells[3] ?? '' });
  }
  return out;
}

function codeBlocks(info: string): string[] {
  return [...doc.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1].trim() === info).map((m) => m[2]);
}

describe('docs/catalog-format.md documents the schema', () => {
  it('has a documented place for every object of the schema', () => {
    const unplaced = objects.map((o) => o.pointer).filter((p) => p !== '' && !(p in PLACES));
    expect(unplaced, 'objects of the schema with no table in the doc: add a table and a line to PLACES').toEqual([]);
    for (const pointer of Object.keys(PLACES)) expect(objects.map((o) => o.pointer)).toContain(pointer);
  });

  it.each(objects.filter((o) => o.pointer in PLACES).map((o) => [o.pointer, o.node] as const))(
    '%s: one table row per property, required exactly when the schema requires it',
    (pointer, node) => {
      const place = PLACES[pointer];
      const table = tables(section(place.heading))[place.table];
      expect(table, `table ${place.table} under "${place.heading}"`).toBeDefined();
      const properties = Object.keys(node.properties as object);
      expect(table.map((r) => r.field).sort()).toEqual([...properties].sort());
      const required = new Set((node.required as string[] | undefined) ?? []);
      for (const row of table) {
        expect(row.meaning, `${pointer}: ${row.field} has a meaning`).not.toBe('');
        if (required.has(row.field)) expect(row.required, `${pointer}: ${row.field}`).toBe('yes');
        else expect(row.required, `${pointer}: ${row.field}`).not.toBe('yes');
      }
    },
  );

  it('names every top-level key under "Files and merging"', () => {
    const files = section('## Files and merging');
    for (const key of Object.keys(schema.properties as object)) expect(files).toContain(`\`${key}\``);
  });

  it('names every allowed value of every closed list', () => {
    const values = new Set(nodes.flatMap(({ node }) => (Array.isArray(node.enum) ? (node.enum as string[]) : [])));
    expect(values.size).toBeGreaterThan(20);
    const missing = [...values].filter((v) => !doc.includes(`\`${v}\``));
    expect(missing).toEqual([]);
  });

  it('gives the editor modeline with the schema shipped in the package, and the schema $id', () => {
    expect(doc).toMatch(/^# yaml-language-server: \$schema=\S*node_modules\/tthc-graph\/schemas\/catalog\.schema\.json$/m);
    expect(doc).toContain(`\`${schema.$id as string}\``);
  });
});

describe('the examples of docs/catalog-format.md', () => {
  const catalogs = codeBlocks('yaml');

  it('has a complete example', () => {
    expect(catalogs.length).toBeGreaterThan(0);
  });

  it.each(catalogs.map((text, i) => [i, text] as const))('catalog example %i loads without a single diagnostic', (_, text) => {
    const result = parseCatalog(text, { fileName: 'example.yaml' });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('every other YAML block is valid YAML', () => {
    const others = [...doc.matchAll(/^```(yaml [^\n]*)\n([\s\S]*?)^```$/gm)];
    expect(others.length).toBeGreaterThan(0);
    for (const [, info, text] of others) expect(parseDocument(text).errors, info).toEqual([]);
  });

  it('shows provision references that the schema accepts, in both forms', () => {
    const [block] = codeBlocks('yaml provision-references');
    const refs = parseDocument(block).toJS() as unknown[];
    expect(refs.some((r) => typeof r === 'string')).toBe(true);
    expect(refs.some((r) => typeof r === 'object')).toBe(true);
    const ajv = new Ajv({ strict: false });
    ajv.addSchema(schema, 'catalog');
    const valid = ajv.getSchema('catalog#/definitions/provision')!;
    for (const ref of refs) expect(valid(ref), JSON.stringify(ref)).toBe(true);
  });
});

describe('what the doc says the complete example concludes', () => {
  const { catalog } = parseCatalog(codeBlocks('yaml').at(-1)!, { fileName: 'example.yaml' });
  const status = (r: AnalysisResult, code: string, province: string) => {
    const e = r.results.find((x) => x.code === code && x.province === province);
    if (!e) throw new Error(`no evaluation of ${code} in ${province}`);
    return { status: e.status, paper: e.paper };
  };
  const procedures = ['1.001193', 'qd06-22'];

  it('on 2022-12-31 nothing is blocked, and both procedures need paper', () => {
    const r = analyze(catalog, { at: '2022-12-31' });
    expect(r.totals.blocked).toBe(0);
    for (const code of procedures) for (const p of ['HN', 'GL']) expect(status(r, code, p)).toEqual({ status: 'met', paper: true });
  });

  it('on 2023-01-01 birth registration is met everywhere; electricity needs paper only in GL', () => {
    const r = analyze(catalog, { at: '2023-01-01' });
    expect(r.totals.blocked).toBe(0);
    for (const p of ['HN', 'GL']) {
      const birth = r.results.find((x) => x.code === '1.001193' && x.province === p)!;
      expect(birth.status).toBe('met');
      expect(birth.requirements[0].dropped_by).toBeTruthy();
    }
    expect(status(r, 'qd06-22', 'HN')).toEqual({ status: 'met', paper: false });
    expect(status(r, 'qd06-22', 'GL')).toEqual({ status: 'met', paper: true });
    const gl = r.results.find((x) => x.code === 'qd06-22' && x.province === 'GL')!;
    expect(gl.requirements[0].chosen).toBe('ct07');
  });

  it('on 2023-01-01 without Decree 104 both procedures are blocked in both provinces', () => {
    const r = analyze(catalog, { at: '2023-01-01', without: ['nd-104-2022'] });
    for (const code of procedures) for (const p of ['HN', 'GL']) expect(status(r, code, p).status).toBe('blocked');
  });
});
