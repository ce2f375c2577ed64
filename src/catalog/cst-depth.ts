import type { CST } from 'yaml';

/**
 * The offset of the first collection nested deeper than `maxDepth` in a parsed (not yet
 * composed) YAML document, or -1. Walks the syntax tree without recursion, so that yaml's
 * recursive composer is never handed a document deep enough to exhaust the stack.
 */
export function cstTooDeep(doc: CST.Document, maxDepth: number): number {
  const stack: [CST.Token, number][] = [];
  if (doc.value) stack.push([doc.value, 0]);
  while (stack.length > 0) {
    const [token, parentDepth] = stack.pop() as [CST.Token, number];
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const depth = parentDepth + 1;
    if (depth > maxDepth) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push([item.key, depth]);
      if (item.value) stack.push([item.value, depth]);
    }
  }
  return -1;
}
