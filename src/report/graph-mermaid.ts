import type { Neighbourhood, NeighbourhoodNode } from '../analysis/neighbourhood-types.js';
import { edgeText, graphTitle, nodeLines } from './graph-node-text.js';
import { STATE_STYLE, nodeIds } from './graph-style.js';
import type { Lang } from './labels.js';
import { expectArgument, expectOptions, langOption } from '../util/expect-argument.js';

export interface GraphDrawOptions {
  lang?: Lang;
  /** Name of the province the states are for, for the title. */
  provinceName?: string;
}

/** Line breaks (CR, LF and the Unicode line and paragraph separators) folded to one space. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Text made safe inside a quoted mermaid label: on one line, quotes, markup and `#` as entity codes. */
function mermaidText(s: string): string {
  return oneLine(s).replace(/[#"<>&`]/g, (c) => `#${c.charCodeAt(0)};`);
}

const SHAPES: Record<NeighbourhoodNode['kind'], [string, string]> = {
  procedure: ['["', '"]'],
  document: ['[/"', '"/]'],
  data_source: ['[("', '")]'],
  legal: ['[["', '"]]'],
  provision: ['("', '")'],
};

/**
 * The neighbourhood as a mermaid flowchart (left to right): one shape per kind of node,
 * nodes coloured by state (classDef per state), the focus drawn thicker, edges labelled.
 * Comment lines (%%) give the title and what was left out.
 */
export function renderGraphMermaid(n: Neighbourhood, options: GraphDrawOptions = {}): string {
  expectOptions(options, 'renderGraphMermaid', '{ lang: "en" }');
  expectArgument(n, 'Neighbourhood', 'renderGraphMermaid');
  const lang = langOption(options.lang, 'vi');
  const ids = nodeIds(n.nodes);
  const legal = new Set(n.nodes.filter((x) => x.kind === 'legal').map((x) => x.id));
  const { title, notes } = graphTitle(n, lang, options.provinceName);
  const out = [title, ...notes].map((x) => `%% ${oneLine(x)}`);
  out.push('flowchart LR');
  for (const node of n.nodes) {
    const [open, close] = SHAPES[node.kind];
    const text = nodeLines(node, lang, (id) => legal.has(id)).map(mermaidText).join('<br/>');
    out.push(`  ${ids.get(node.key)}${open}${text}${close}`);
  }
  for (const e of n.edges) {
    const arrow = e.type === 'part-of' ? '-.->' : '-->';
    out.push(`  ${ids.get(e.source)} ${arrow}|"${mermaidText(edgeText(e, lang))}"| ${ids.get(e.target)}`);
  }
  for (const state of Object.keys(STATE_STYLE) as (keyof typeof STATE_STYLE)[]) {
    const members = n.nodes.filter((x) => x.state === state).map((x) => ids.get(x.key));
    if (state === 'none' || members.length === 0) continue;
    const s = STATE_STYLE[state];
    const name = state.replace(/-/g, '_');
    out.push(`  classDef ${name} fill:${s.fill},stroke:${s.stroke}${s.dashed ? ',stroke-dasharray:4 3' : ''}`);
    out.push(`  class ${members.join(',')} ${name}`);
  }
  out.push('  classDef focus stroke-width:3px', `  class ${ids.get(n.focus)} focus`);
  return `${out.join('\n')}\n`;
}
