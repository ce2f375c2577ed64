import type { CST } from 'yaml';

/** What one walk of a parsed (not yet composed) YAML document finds. */
export interface CstShape {
  /** The offset of the first collection nested deeper than the limit, or -1. */
  tooDeepAt: number;
  /**
   * The number of pairs written in the document's mappings, when that number bounds the
   * keys of its data: undefined when the document holds an alias (its data is reached more
   * than once), an explicit (`?`) key, a key that is not a scalar, a `<<` key, or a pair
   * written in a sequence (`[a: 1]`). Not counted when the document is too deep.
   */
  pairs: number | undefined;
}

const SCALAR_KEYS = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar']);

/**
 * Walks the syntax tree of a parsed YAML document without recursion, so that yaml's
 * recursive composer is never handed a document deep enough to exhaust the stack, and
 * counts the pairs written on the way: yaml's composer makes at most one pair of each item
 * of a block mapping or a flow mapping, and none elsewhere but in a flow sequence.
 */
export function readCst(doc: CST.Document, maxDepth: number): CstShape {
  // Only collections are stacked, with their depths beside them.
  const stack: CST.Token[] = [];
  const depths: number[] = [];
  let pairs: number | undefined = 0;
  const reach = (token: CST.Token, depth: number): void => {
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      stack.push(token);
      depths.push(depth);
    } else if (token.type === 'alias') pairs = undefined;
  };
  if (doc.value) reach(doc.value, 1);
  while (stack.length > 0) {
    const token = stack.pop() as CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
    const depth = depths.pop() as number;
    if (depth > maxDepth) return { tooDeepAt: token.offset, pairs: undefined };
    const map = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
    for (const item of token.items) {
      if (pairs !== undefined && token.type !== 'block-seq') {
        if (map && countable(item)) pairs++;
        // A mapping's item of another kind, or a pair written in a flow sequence: no count.
        else if (map || item.sep || item.key || explicitKey(item.start)) pairs = undefined;
      }
      if (item.key) reach(item.key, depth + 1);
      if (item.value) reach(item.value, depth + 1);
    }
  }
  return { tooDeepAt: -1, pairs };
}

/** Whether a mapping's item gives at most one key of the data, that key's own. */
function countable(item: CST.CollectionItem): boolean {
  const key = item.key;
  if (key && (!SCALAR_KEYS.has(key.type) || (key.type === 'scalar' && key.source === '<<'))) return false;
  return !explicitKey(item.start);
}

function explicitKey(start: CST.SourceToken[]): boolean {
  for (const t of start) if (t.type === 'explicit-key-ind') return true;
  return false;
}
