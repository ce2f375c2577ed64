import { matchProvinceCode } from '../../catalog/province-code.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { visibleText } from '../../text/white-space.js';
import { field, type ReformCheckContext } from './reform-check-context.js';
import { evidenceFinding, unknownReference } from './reform-references.js';

/**
 * Findings about the reform's connections, connection by connection: a data source or a
 * province the catalog does not define, then a data source connected in a province again.
 */
export function connectionFindings(ctx: ReformCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  ctx.connections.forEach((c, i) => {
    const source = field(c, 'data_source');
    const province = field(c, 'province');
    if (source !== undefined && !ctx.sources.has(source)) out.push(evidenceFinding(ctx, source, 'data_source', ['connect', i, 'data_source'], `Connection ${i + 1}`));
    if (province !== undefined && !ctx.knownProvinces.has(province)) out.push(unknownProvince(ctx, province, i));
    if (source === undefined || province === undefined) return;
    const again = repeatedConnection(ctx, source, province, i, seen);
    if (again) out.push(again);
  });
  return out;
}

/** UNKNOWN_REFERENCE for the province of connection i, with the code of a province it names or is close to. */
function unknownProvince(ctx: ReformCheckContext, province: string, i: number): Diagnostic {
  const code = matchProvinceCode(ctx.provinceCodes, province);
  const byName = ctx.provinceNamed(province) ?? ctx.provinces.find((p) => p.code === code);
  const dym = byName ? `Did you mean '${visibleText(byName.code)}' (${visibleText(byName.name)})?` : ctx.didYouMean(province, ['province']);
  return unknownReference(`Connection ${i + 1} is in province '${visibleText(province)}', which the catalog does not define.`,
    `${dym ? `${dym} ` : ''}Use a province code from provinces: of the catalog.`,
    ctx.where(['connect', i, 'province']), province, 'province');
}

/**
 * DUPLICATE_ITEM (a warning) when an earlier connection has the data source and province of
 * connection i; a new pair is added to `seen` (pair → connection).
 */
function repeatedConnection(ctx: ReformCheckContext, source: string, province: string, i: number, seen: Map<string, number>): Diagnostic | undefined {
  const key = `${source}\u0000${province}`;
  if (!seen.has(key)) {
    seen.set(key, i);
    return undefined;
  }
  return createDiagnostic('DUPLICATE_ITEM', {
    severity: 'warning',
    message: `Connection ${i + 1} connects '${visibleText(source)}' in ${visibleText(province)} again (connection ${seen.get(key)! + 1} already does); the earlier date wins.`,
    hint: 'Keep one connection per data source and province.',
    location: ctx.locate(['connect', i]),
  });
}
