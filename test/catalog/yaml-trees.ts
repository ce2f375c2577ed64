import fc from 'fast-check';

/** A YAML value to write: a scalar's text, a mapping's keys (as written) and values, or a sequence. */
export type Tree = string | { map: [string, Tree][] } | { seq: Tree[] };

/** Random trees of mappings and sequences, with the given keys and scalars at their leaves. */
export function yamlTrees(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<string>): fc.Arbitrary<Tree> {
  return fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.record({ map: fc.array(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 6 }) }),
      fc.record({ seq: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }) }),
    ),
  })).tree;
}

/** How a key is written in a flow mapping (as it is, unless told otherwise). */
export type FlowKey = (key: string) => string;

/** The tree in flow style. */
export function flowYaml(t: Tree, flowKey: FlowKey = (k) => k): string {
  if (typeof t === 'string') return t;
  if ('seq' in t) return `[${t.seq.map((v) => flowYaml(v, flowKey)).join(', ')}]`;
  return `{ ${t.map.map(([k, v]) => `${flowKey(k)}: ${flowYaml(v, flowKey)}`).join(', ')} }`;
}

/**
 * The tree in block style after a key (starting with the space or line break that follows
 * its colon), except that each collection is written in flow style when `pick` says so.
 */
export function blockYaml(t: Tree, indent: string, pick: () => boolean, flowKey?: FlowKey): string {
  if (typeof t === 'string' || pick()) return ` ${flowYaml(t, flowKey)}\n`;
  const nested = (v: Tree) => blockYaml(v, `${indent}  `, pick, flowKey);
  if ('seq' in t) return `\n${t.seq.map((v) => `${indent}-${nested(v)}`).join('')}`;
  return `\n${t.map.map(([k, v]) => (k.startsWith('? ') ? `${indent}${k}\n${indent}:${nested(v)}` : `${indent}${k}:${nested(v)}`)).join('')}`;
}
