import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Parser } from 'yaml';
import type { CST } from 'yaml';
import { readCst } from '../../src/catalog/cst-depth.js';
import { normalizeData } from '../../src/catalog/normalize-data.js';
import { parseFile } from '../../src/catalog/parse-file.js';
import { parseYaml } from '../../src/catalog/parse-yaml.js';
import { blockYaml, yamlTrees } from './yaml-trees.js';

/** The pairs readCst counts in the first document of a text, and whether it is the only one. */
function written(text: string): number | undefined {
  const docs = [...new Parser().parse(text)].filter((t): t is CST.Document => t.type === 'document');
  return readCst(docs[0], 64).pairs;
}

/** The number of keys of the data of a text, as a load counts them (undefined when it has none). */
function dataKeys(text: string): number | undefined {
  const { doc, broken } = parseYaml(text, 'x.yaml');
  if (broken || !doc) return undefined;
  try {
    return normalizeData(doc.toJS({ maxAliasCount: 100 }), 64, true).pairs;
  } catch {
    return undefined;
  }
}

// Keys equal as yaml compares them though written differently (a, "a", 'a'; 1, 1.0, 0x1; -0, 0;
// null, ~ and the empty key), ones that give the same key of the data without being equal
// (1 and "1", true and "true", null and "", .nan twice, a collection key and its text), and
// keys that the data treats apart (__proto__, toString, <<, é written decomposed); a key with a
// tag of no schema, which yaml warns of.
// Plain keys come more often, so that many documents can be told apart by their counts.
const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', '"a"', "'b'", '1', '"2"', 'null', '""', '__proto__') },
  fc.constantFrom(
    'a', '"a"', "'a'", 'b', '1', '"1"', '01', '1.0', '0x1', '-0', '0', 'true', '"true"',
    'null', '~', '""', '.nan', '.NaN', '__proto__', '"__proto__"', 'toString', '<<', '"<<"',
    'é', 'e\u0301', '!!str 1', '!k a', '? c', '? [x]', '? { k: 1 }', '[x]', '"[ x ]"', '*r', '*m',
  ),
);
// Values: anchors and aliases of a scalar and of a mapping, pairs written in a sequence, a
// flow mapping's key with no value, a mapping reached twice through an alias (with a key given
// twice, its data holds as many keys as were written), a tag yaml warns of.
const scalar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('x', '1', '"q"', '[]', '{}', '{ a, b }', '&r y') },
  fc.constantFrom('*r', '*m', '&m { p: 1, q: 2 }', '&m { p: 1, p: 2 }', '[k: 1, z]', '[? k]', '{ a, a }', '!v x', '[&n { p: 1 }, *n]', '[&n { p: 1, p: 2 }, *n]'),
);
const tree = yamlTrees(key, scalar);

// Most often one document; else an anchored scalar and mapping first, a directive, or more documents.
const frame = fc.oneof(
  { weight: 3, arbitrary: fc.constant((body: string) => `t:${body}`) },
  fc.constantFrom(
    (body: string) => `r: &r 0\nm: &m { p: 1 }\nt:${body}`,
    (body: string) => `%YAML 1.2\n---\nt:${body}`,
    (body: string) => `t:${body}---\n`,
    (body: string) => `t:${body}---\nu: 1\nu: 2\n`,
    (body: string) => `documents:${body}`,
  ),
);

describe('the pass for keys given twice, left out when the data holds as many keys as pairs were written', () => {
  it('gives a load the diagnostics it gives when it always runs, in the same place', () => {
    let skipped = 0;
    let runs = 0;
    fc.assert(
      fc.property(frame, tree, fc.infiniteStream(fc.nat(2)), (wrap, t, picks) => {
        const text = wrap(blockYaml(t, '  ', () => picks.next().value === 0));
        runs++;
        const always = parseYaml(text, 'x.yaml');
        const { diagnostics } = parseFile(text, 'x.yaml');
        // What the YAML parse reports comes first, as it did; the checks of the data follow it.
        expect(diagnostics.slice(0, always.diagnostics.length)).toEqual(always.diagnostics);
        expect(diagnostics.slice(always.diagnostics.length).filter((d) => d.code === 'DUPLICATE_KEY')).toEqual([]);
        const later = parseYaml(text, 'x.yaml', undefined, true);
        const keys = dataKeys(text);
        if (later.duplicateKeysLater && keys === written(text)) skipped++;
        later.duplicateKeysLater?.(keys);
        expect(later.diagnostics).toEqual(always.diagnostics);
        expect(later.duplicateKeys).toBe(always.duplicateKeys);
      }),
      { numRuns: 600 },
    );
    // The shortcut is taken often enough for the property to say something about it.
    expect(skipped).toBeGreaterThan(runs / 10);
  });
});

describe('the pairs written in a document', () => {
  it('are counted in block and flow mappings, keys with no value and null keys included', () => {
    expect(written('a: 1\nb: { c: 2, d, : 3 }\n"e": [1, { f: 4 }]\n: 5\n')).toBe(8);
    expect(written('- a: 1\n  b: 2\n- [x, y]\n')).toBe(2);
  });

  it('are not counted when the data can hold more keys than were written, or keys of another kind', () => {
    for (const text of [
      'a: &x { p: 1 }\nb: *x\n',
      'a: &x 1\nb: [*x]\n',
      '*x : 1\n',
      '? a\n: 1\n',
      'a: [k: 1]\n',
      'a: [? k]\n',
      '[x]: 1\n',
      '{ p: 1 }: 1\n',
      'a: { [x]: 1 }\n',
      '<<: { p: 1 }\n',
    ]) {
      expect([text, written(text)]).toEqual([text, undefined]);
    }
  });

  it('are left to the pass when the file has a directive, more than one document, or a syntax error', () => {
    expect(parseYaml('a: 1\na: 2\n', 'x.yaml', undefined, true).duplicateKeysLater).toBeTypeOf('function');
    for (const text of ['%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 1\n', 'a: 1\n---\n', 'a: [1\nb: 1\n']) {
      expect([text, parseYaml(text, 'x.yaml', undefined, true).duplicateKeysLater]).toEqual([text, undefined]);
    }
  });

  it('tell a key given twice in a large catalog file when its data holds one key less', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `  - id: d${i}\n    name: Giấy ${i}\n    form: paper\n`);
    entries[1500] = '  - id: d1500\n    name: A\n    form: paper\n    name: B\n';
    const { diagnostics } = parseFile(`documents:\n${entries.join('')}`, 'documents.yaml');
    expect(diagnostics.map((d) => [d.code, d.location?.line, d.location?.path])).toEqual([['DUPLICATE_KEY', 5 + 3 * 1500, ['documents', 1500, 'name']]]);
  });
});
