import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Composer, isMap, isPair, isScalar, isSeq, Parser, visit } from 'yaml';
import type { Document } from 'yaml';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { duplicateKeyPlaces, YAML_OPTIONS } from '../../src/catalog/parse-yaml.js';
import { blockYaml, yamlTrees } from './yaml-trees.js';

/** The documents of a text, composed with yaml's own check of keys given twice. */
function compose(text: string): Document.Parsed[] {
  const composer = new Composer({ ...YAML_OPTIONS, uniqueKeys: true });
  const docs: Document.Parsed[] = [];
  for (const token of new Parser().parse(text)) for (const doc of composer.next(token)) docs.push(doc as Document.Parsed);
  for (const doc of composer.end(true, text.length)) docs.push(doc as Document.Parsed);
  return docs;
}

/** The place of the key repeated at `offset`, found the plain way: a walk of the whole document for it. */
function plainPlace(doc: Document.Parsed, offset: number): { path: (string | number)[]; first: number } | undefined {
  let found: { path: (string | number)[]; first: number } | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      const map = ancestors[ancestors.length - 1];
      if (!isMap(map)) return undefined;
      const name = pair.key.value;
      const firstPair = map.items.find((p) => isScalar(p.key) && p.key.value === name);
      const firstAt = isScalar(firstPair?.key) ? firstPair.key.range?.[0] : undefined;
      if (firstAt === undefined || firstAt === offset) return undefined;
      const path: (string | number)[] = [];
      ancestors.forEach((node, i) => {
        const child = ancestors[i + 1] ?? pair;
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node)) path.push(node.items.indexOf(child as never));
      });
      path.push(String(name));
      found = { path, first: firstAt };
      return visit.BREAK;
    },
  });
  return found;
}

// Keys that are equal as data though written differently (a, "a", 'a'; 1, 1.0, 0x1; null, ~),
// and ones that equal no other (.nan).
const key = fc.constantFrom('a', '"a"', "'a'", 'b', 'a b', '1', '1.0', '0x1', '-0', '0', 'null', '~', 'true', '.nan', '? c');
const scalar = fc.constantFrom('x', '1', '"q"', '[]', '{}', '*r', '&r y');
const tree = yamlTrees(key, scalar);
// A flow mapping's key is written without its '?'.
const flowKey = (k: string) => k.replace(/^\? /, '');

describe('the places of keys given twice', () => {
  it('are where yaml reports keys given twice, in its order, and what the plain walk of the whole document finds for each', () => {
    fc.assert(
      fc.property(tree, fc.infiniteStream(fc.nat(2)), (t, picks) => {
        const text = `r: &r 0\nt:${blockYaml(t, '  ', () => picks.next().value === 0, flowKey)}`;
        for (const doc of compose(text)) {
          const places = duplicateKeyPlaces(doc);
          const reported = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
          expect([...places.keys()]).toEqual(reported);
          for (const offset of reported) expect(places.get(offset)).toEqual(plainPlace(doc, offset));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a file with a key given many times', () => {
  it('reports each repetition at its key, with the path and the first one, when quotes are left open on 300 lines', () => {
    const text = `documents:\n${'  - { id: a, name: "x\n'.repeat(300)}`;
    const { diagnostics } = parseCatalogFiles([{ fileName: 'q.yaml', text }]);
    expect(diagnostics.filter((d) => d.code !== 'DUPLICATE_KEY').map((d) => [d.code, d.location?.line, d.location?.column, d.args])).toEqual([
      ['YAML_SYNTAX', 2, 20, { yamlCode: 'MISSING_CHAR', unclosed: '"' }],
      ['YAML_SYNTAX', 3, 20, { yamlCode: 'MULTILINE_IMPLICIT_KEY', more: 744 }],
      ['YAML_SYNTAX', 152, 42, { yamlCode: 'MISSING_CHAR', unclosed: '"' }],
    ]);
    const repeated = diagnostics.slice(2, -1);
    expect(repeated).toHaveLength(149);
    repeated.forEach((d, i) => {
      expect(d.code).toBe('DUPLICATE_KEY');
      expect(d.message).toBe("The key 'name' appears twice in the same mapping.");
      expect(d.location).toEqual({ file: 'q.yaml', line: 4 + i, column: 36, endLine: 4 + i, endColumn: 40, path: ['documents', 1, 'name'] });
      expect(d.related).toEqual([{ message: 'first set here', location: { file: 'q.yaml', line: 3, column: 14, endLine: 3, endColumn: 18, path: [] } }]);
    });
  });

  it('does the same when the 300 entries are written on one line', () => {
    const text = `documents:\n${'  - { id: a, name: "x'.repeat(300)}\n`;
    const { diagnostics } = parseCatalogFiles([{ fileName: 'q.yaml', text }]);
    expect(diagnostics.filter((d) => d.code !== 'DUPLICATE_KEY').map((d) => [d.code, d.location?.line, d.location?.column, d.args])).toEqual([
      ['YAML_SYNTAX', 2, 5, { yamlCode: 'BAD_INDENT', unclosed: '{' }],
      ['YAML_SYNTAX', 2, 20, { yamlCode: 'BLOCK_IN_FLOW', more: 596 }],
    ]);
    const repeated = diagnostics.slice(2);
    expect(repeated).toHaveLength(149);
    repeated.forEach((d, i) => {
      expect(d.code).toBe('DUPLICATE_KEY');
      expect(d.location).toEqual({ file: 'q.yaml', line: 2, column: 56 + 42 * i, endLine: 2, endColumn: 60 + 42 * i, path: ['documents', 0, 'name'] });
      expect(d.related?.map((r) => r.location)).toEqual([{ file: 'q.yaml', line: 2, column: 14, endLine: 2, endColumn: 18, path: [] }]);
    });
  });
});
