import fc from 'fast-check';

// Edits of a text file, as people make them: a line deleted, doubled, moved or indented
// otherwise, a value replaced by another (in YAML, block or flow, and in JSON).

export type Edit =
  | { kind: 'delete' | 'double' | 'indent' | 'dedent'; line: number }
  | { kind: 'move'; line: number; to: number }
  | { kind: 'value'; line: number; value: string };

export const editWith = (values: string[]): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constantFrom('delete' as const, 'double' as const, 'indent' as const, 'dedent' as const), line: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), line: fc.nat(), to: fc.nat() }),
    // Values are the edit people make most.
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('value' as const), line: fc.nat(), value: fc.constantFrom(...values) }) },
  );

/** The `key: value` pairs of a line: in YAML (block or flow), or in JSON ("key": value). */
const PAIR = /"?(\w+)"?: ((?:"(?:[^"\\]|\\.)*"|[^,{}[\]\n"])*)/g;

export function apply(lines: string[], e: Edit): string[] {
  const out = [...lines];
  const i = e.line % out.length;
  switch (e.kind) {
    case 'delete':
      out.splice(i, 1);
      break;
    case 'double':
      out.splice(i, 0, out[i]);
      break;
    case 'indent':
      out[i] = `  ${out[i]}`;
      break;
    case 'dedent':
      out[i] = out[i].replace(/^ {1,2}/, '');
      break;
    case 'move': {
      const [line] = out.splice(i, 1);
      out.splice(e.to % (out.length + 1), 0, line);
      break;
    }
    case 'value': {
      // The value of one `key: value` of the line (in a flow mapping or on its own).
      const pairs = [...out[i].matchAll(PAIR)];
      if (pairs.length === 0) break;
      const m = pairs[e.value.length % pairs.length];
      const valueAt = m.index! + m[0].length - m[2].length;
      out[i] = out[i].slice(0, valueAt) + e.value + out[i].slice(m.index! + m[0].length);
      break;
    }
  }
  return out;
}
