import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/catalog/parse-yaml.js';
import { SourceIndex, type LocateTarget, type YamlPath } from '../../src/catalog/source-index.js';

// JSON is YAML: the YAML parser's document of the same text is the oracle for where a path
// lies in JSON text. Texts are written by hand here, so that they have any layout JSON
// allows between tokens, keys that need escapes, and keys given twice.

/** A JSON value whose objects are lists of members, so that a key can be given twice. */
type Value = string | number | boolean | null | Value[] | { members: [string, Value][] };

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ộ', 'đ', '"', '\\', '/', '{', ']', ':', ',', ' ', '\n', '\t', '\u0000', '\u0301'), maxLength: 6 });
const key = fc.oneof(text, fc.constantFrom('id', 'requires', 'a', 'b'));
const leaf = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }).map((members) => ({ members })),
  ),
})).v;
const root = fc.array(fc.tuple(key, value), { maxLength: 5 }).map((members): Value => ({ members }));
/** What may stand between tokens; between a key and its colon, only spaces (YAML wants a key on one line). */
const space = fc.constantFrom('', '', ' ', '\n', '\n  ', '\r\n    ', '  \n', '\t');

function write(v: Value, gap: () => string): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${gap()}${v.map((x) => write(x, gap)).join(`${gap()},${gap()}`)}${gap()}]`;
  const members = v.members.map(([k, x]) => `${JSON.stringify(k)}${gap().replace(/\s/g, ' ')}:${gap()}${write(x, gap)}`);
  return `{${gap()}${members.join(`${gap()},${gap()}`)}${gap()}}`;
}

/** A path into `v` chosen by `picks`, sometimes one segment too far or one that is not there. */
function pathInto(v: Value, picks: number[]): YamlPath {
  const path: YamlPath = [];
  let at: Value | undefined = v;
  for (const pick of picks) {
    if (at !== null && typeof at === 'object' && !Array.isArray(at) && at.members.length > 0 && pick % 5 !== 0) {
      const [k, x]: [string, Value] = at.members[pick % at.members.length];
      path.push(k);
      at = x;
    } else if (Array.isArray(at) && at.length > 0 && pick % 5 !== 0) {
      path.push(pick % at.length);
      at = at[pick % at.length];
    } else {
      path.push(pick % 2 === 0 ? 'absent' : pick % 7);
      return path;
    }
  }
  return path;
}

describe('JSON locations', () => {
  it('are where the YAML parser puts the same paths, keys and values (property)', () => {
    fc.assert(
      fc.property(root, fc.array(space, { minLength: 1, maxLength: 8 }), fc.array(fc.array(fc.nat(), { maxLength: 5 }), { minLength: 1, maxLength: 8 }), (data, gaps, paths) => {
        let g = 0;
        const source = write(data, () => gaps[g++ % gaps.length]);
        const parsed = parseYaml(source, 'f.json');
        expect(parsed.doc).toBeDefined();
        const viaYaml = new SourceIndex('f.json', source, { doc: parsed.doc, lines: parsed.lines });
        const viaJson = new SourceIndex('f.json', source, { json: true });
        // A .json file read by a worker thread: its index finds out itself that the text is JSON.
        const unknown = new SourceIndex('f.json', source);
        for (const picks of paths) {
          const path = pathInto(data, picks);
          for (const target of ['value', 'key'] as LocateTarget[]) {
            const expected = viaYaml.locate(path, target);
            expect(viaJson.locate(path, target)).toEqual(expected);
            expect(unknown.locate(path, target)).toEqual(expected);
          }
          expect(viaJson.sourceText(path)).toBe(viaYaml.sourceText(path));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('of a .json file that is YAML but not JSON come from the YAML parser', () => {
    const source = new SourceIndex('f.json', 'a: [1, 2] # two\nb: { c: x }\n');
    expect(source.locate(['a', 1])).toMatchObject({ line: 1, column: 8 });
    expect(source.locate(['b', 'c'], 'key')).toMatchObject({ line: 2, column: 6 });
    expect(source.sourceText(['b'])).toBe('{ c: x }');
  });

  it('point at the first of a key given twice, as the YAML document does', () => {
    const source = new SourceIndex('f.json', '{"a": 1,\n "a": 2}', { json: true });
    expect(source.locate(['a'])).toMatchObject({ line: 1, column: 7 });
    expect(source.sourceText(['a'])).toBe('1');
  });
});
