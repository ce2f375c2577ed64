import type { ProvisionRanking } from '../../analysis/rank-types.js';
import type { Lang } from '../labels.js';
import { citeProvision } from './explain-html.js';
import { htmlLabel as L } from './labels.js';

/** The provisions that block the most evaluations, as a table, with links to the legal texts. */
export function rankSection(lang: Lang, ranking: ProvisionRanking, maxRanked: number): string {
  const head = `<section id="rank"><h2>${L(lang, 'rank')}</h2>`;
  if (ranking.provisions.length === 0) return `${head}<p>${L(lang, 'noRank')}</p></section>`;
  const rows = ranking.provisions.slice(0, maxRanked).map(
    (p, i) =>
      `<tr><td class="num">${i + 1}</td><td>${citeProvision(p.provision, lang)}</td>` +
      `<td class="num">${p.direct}</td><td class="num">${p.transitive}</td><td class="num">${p.total}</td><td class="num">${p.procedures}</td></tr>`,
  );
  const unattributed = ranking.unattributed ? `<p class="note">${L(lang, 'rankUnattributed', { n: ranking.unattributed })}</p>` : '';
  return (
    `${head}<table class="rank"><thead><tr><th>#</th><th>${L(lang, 'rankProvision')}</th><th>${L(lang, 'rankDirect')}</th>` +
    `<th>${L(lang, 'rankTransitive')}</th><th>${L(lang, 'rankTotal')}</th><th>${L(lang, 'rankProcedures')}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table><p class="note">${L(lang, 'rankNote')}</p>${unattributed}</section>`
  );
}
