import { label, type Lang } from '../labels.js';
import { provinceGroup } from '../province-group.js';
import { escapeHtml } from './escape.js';
import { htmlLabel as L } from './labels.js';

/**
 * Where a group of one procedure's evaluations holds, as HTML (see `provinceGroup`): the
 * provinces by name; "all 63 provinces where it runs"; or "every province where it runs
 * but Gia Lai, Phú Yên (61 of 63)".
 */
export function provinceGroupHtml(
  lang: Lang,
  provinces: readonly (string | null)[],
  runsIn: readonly string[],
  provinceNames: ReadonlyMap<string, string>,
): string {
  const name = (p: string | null) => escapeHtml(p === null ? L(lang, 'central') : (provinceNames.get(p) ?? p));
  const g = provinceGroup(provinces, runsIn);
  if (g.kind === 'all') return label(lang, 'provinces.all', { n: g.total });
  if (g.kind === 'all-but') return label(lang, 'provinces.all-but', { provinces: g.others.map(name).join(', '), n: g.held, total: g.total });
  return g.provinces.map(name).join(', ');
}
