import type { Neighbourhood, NeighbourhoodNode } from '../analysis/neighbourhood-types.js';
import type { GraphDrawOptions } from './graph-mermaid.js';
import { edgeText, graphTitle, nodeLines } from './graph-node-text.js';
import { nodeStyle } from './graph-style.js';
import { expectArgument, expectOptions, langOption } from '../util/expect-argument.js';

/** A Graphviz double-quoted string: backslashes and quotes escaped, lines joined with \n. */
function dotString(lines: string | string[]): string {
  const list = Array.isArray(lines) ? lines : [lines];
  return `"${list.map((l) => l.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ')).join('\\n')}"`;
}

const SHAPES: Record<NeighbourhoodNode['kind'], string> = {
  procedure: 'box',
  document: 'note',
  data_source: 'cylinder',
  legal: 'folder',
  provision: 'component',
};

/**
 * The neighbourhood as a Graphviz digraph (left to right), for `dot -Tsvg`: nodes keyed by
 * their graph keys, one shape per kind, coloured by state, the focus drawn thicker, edges
 * labelled; the title and what was left out as the graph label.
 */
export function renderGraphDot(n: Neighbourhood, options: GraphDrawOptions = {}): string {
  expectOptions(options, 'renderGraphDot', '{ lang: "en" }');
  expectArgument(n, 'Neighbourhood', 'renderGraphDot');
  const lang = langOption(options.lang, 'vi');
  const legal = new Set(n.nodes.filter((x) => x.kind === 'legal').map((x) => x.id));
  const { title, notes } = graphTitle(n, lang, options.provinceName);
  const font = 'Noto Sans, Arial, sans-serif';
  const out = [
    'digraph neighbourhood {',
    `  graph [rankdir=LR, labelloc=t, fontname=${dotString(font)}, label=${dotString([title, ...notes])}];`,
    `  node [fontname=${dotString(font)}, fontsize=11, style=filled];`,
    `  edge [fontname=${dotString(font)}, fontsize=9, color="#57606a"];`,
  ];
  for (const node of n.nodes) {
    const s = nodeStyle(node);
    const style = ['filled', s.dashed ? 'dashed' : '', node.kind === 'procedure' || node.kind === 'provision' ? 'rounded' : '']
      .filter(Boolean)
      .join(',');
    const attrs = [
      `label=${dotString(nodeLines(node, lang, (id) => legal.has(id)))}`,
      `shape=${SHAPES[node.kind]}`,
      `style=${dotString(style)}`,
      `fillcolor=${dotString(s.fill)}`,
      `color=${dotString(s.stroke)}`,
      ...(node.key === n.focus ? ['penwidth=3'] : []),
    ];
    out.push(`  ${dotString(node.key)} [${attrs.join(', ')}];`);
  }
  for (const e of n.edges) {
    const attrs = [`label=${dotString(edgeText(e, lang))}`, ...(e.type === 'part-of' ? ['style=dashed'] : [])];
    out.push(`  ${dotString(e.source)} -> ${dotString(e.target)} [${attrs.join(', ')}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
