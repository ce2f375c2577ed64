import type { Neighbourhood, NeighbourhoodEdge, NeighbourhoodNode } from '../analysis/neighbourhood-types.js';
import type { Lang } from './labels.js';
import { GRAPH_LABELS, fill } from './graph-labels.js';
import { formatDate } from './timeline-labels.js';

/**
 * The lines a drawing shows for a node: procedures "code" then name; documents and data
 * sources their name; legal documents "Nghị định 104/2022/NĐ-CP"; provisions "Điều 2 khoản 1"
 * (with the legal number when the legal document is not drawn); then the state, if any.
 */
export function nodeLines(n: NeighbourhoodNode, lang: Lang, legalDrawn: (id: string) => boolean): string[] {
  const L = GRAPH_LABELS[lang];
  const name = lang === 'en' && n.name_en ? n.name_en : n.name;
  const lines: string[] = [];
  switch (n.kind) {
    case 'procedure':
      lines.push(n.id, name);
      break;
    case 'legal':
      lines.push(n.legal_type ? `${L.legalTypes[n.legal_type] ?? ''} ${n.number ?? n.id}`.trim() : name);
      break;
    case 'provision': {
      const parts: string[] = [];
      if (n.article !== undefined) parts.push(fill(L.article, { v: n.article }));
      if (n.clause !== undefined) parts.push(fill(L.clause, { v: n.clause }));
      if (n.point !== undefined) parts.push(fill(L.point, { v: n.point }));
      if (n.provision_form !== undefined) parts.push(fill(L.form, { v: n.provision_form }));
      lines.push(parts.join(' ') || name);
      if (!legalDrawn(n.id)) lines.push(n.number ?? n.id);
      break;
    }
    default:
      lines.push(name);
  }
  if (n.missing) lines.push(`(${L.missing})`);
  const state = stateText(n, lang);
  if (state) lines.push(`[${state}]`);
  return lines;
}

/** "bị chặn", or "bị chặn 2/3 tỉnh" for a procedure analysed in several provinces. */
export function stateText(n: NeighbourhoodNode, lang: Lang): string {
  const L = GRAPH_LABELS[lang];
  if (!n.state) return '';
  if (n.state === 'blocked' && n.blocked_in) return fill(L.blockedIn, { n: n.blocked_in.blocked, total: n.blocked_in.evaluations });
  return L.states[n.state];
}

/** The words on an edge: "yêu cầu xuất trình", "căn cứ", "sửa đổi (bãi bỏ)"… */
export function edgeText(e: NeighbourhoodEdge, lang: Lang): string {
  const L = GRAPH_LABELS[lang];
  const base = L.edges[e.type];
  if (e.type === 'requires' && e.mode) return `${base} (${e.mode === 'present' ? L.present : L.submit})`;
  if (e.type === 'amends' && e.drop) return `${base} (${L.drop})`;
  return base;
}

/** The drawing's title and subtitle lines: focus, date and province, and what was left out. */
export function graphTitle(n: Neighbourhood, lang: Lang, provinceName?: string): { title: string; notes: string[] } {
  const L = GRAPH_LABELS[lang];
  const focus = n.nodes.find((x) => x.key === n.focus);
  const focusText = focus ? nodeLines({ ...focus, state: undefined }, lang, () => false).join(' ') : n.focus;
  const notes: string[] = [];
  const where = [
    n.at ? fill(L.at, { date: formatDate(n.at, lang) }) : '',
    n.at ? fill(L.province, { province: provinceName ?? n.province ?? L.allProvinces }) : '',
    // A neighbourhood put together by hand may have no `without`.
    n.without?.length ? fill(L.without, { legal: n.without.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (where) notes.push(where);
  if (n.omitted > 0) notes.push(fill(L.omitted, { n: n.omitted, depth: n.depth }));
  return { title: fill(L.title, { focus: focusText }), notes };
}
