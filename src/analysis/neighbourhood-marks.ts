import type { NodeAttributes } from '../graph/graph-types.js';
import type { NeighbourhoodNode, NeighbourhoodOptions } from './neighbourhood-types.js';
import { resultState, type ResultState } from './result-state.js';

const WORST: ResultState[] = ['blocked', 'unknown', 'paper', 'document', 'paperless'];

/**
 * A node with its state at `options.at` (in `options.province`): a procedure's from the
 * analysis result (the worst over its evaluations, with how many are blocked); a document is
 * expired after its `valid_until`; a data source is not connected unless its province override
 * (or, without one or nationwide, its `available_from`) is on or before the date; a legal
 * document is not in force before `effective` or after `expires`. Without a date, unchanged.
 */
export function markNode(node: NeighbourhoodNode, a: NodeAttributes, options: NeighbourhoodOptions): NeighbourhoodNode {
  const at = options.at;
  if (a.missing) return node;
  if (a.kind === 'procedure' && options.result) {
    const evaluations = options.result.results.filter((r) => r.code === a.code);
    if (evaluations.length === 0) return node;
    const states = evaluations.map(resultState);
    const state = WORST.find((s) => states.includes(s))!;
    const blocked = states.filter((s) => s === 'blocked').length;
    return { ...node, state, ...(evaluations.length > 1 ? { blocked_in: { blocked, evaluations: evaluations.length } } : {}) };
  }
  if (at === undefined) return node;
  if (a.kind === 'document' && a.valid_until !== undefined && a.valid_until < at) return { ...node, state: 'expired' };
  if (a.kind === 'data_source') {
    const override = options.province !== undefined ? a.provinces?.[options.province] : undefined;
    const since = override === undefined ? (a.available_from ?? null) : override;
    if (since === null || since > at) return { ...node, state: 'not-connected' };
  }
  if (a.kind === 'legal' && ((a.effective !== undefined && a.effective > at) || (a.expires !== undefined && a.expires < at))) {
    return { ...node, state: 'not-in-force' };
  }
  return node;
}
