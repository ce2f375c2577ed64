import type { Diagnostic } from '../diagnostics/types.js';
import { PROVINCE_CODE } from '../schema/value-words.js';
import { foldVietnamese } from '../text/vietnamese.js';
import type { Catalog } from './types.js';

const CODE = new RegExp(PROVINCE_CODE);

/** The code of a province itself (`provinces[3].code`), as opposed to a reference to one. */
function isProvinceDefinition(d: Diagnostic): boolean {
  const path = d.location?.path ?? [];
  return path.length === 3 && path[0] === 'provinces' && path[2] === 'code';
}

/** A name reduced for comparison: no diacritics (đ included), no case, only letters and digits. */
function compact(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}

/**
 * A province written by its name where a code belongs (`provinces: [Hà Nội]`, or `Gia Lai:`
 * as a key) is refused by the schema check, which sees one file and can only offer the
 * name in capitals. Once the files are merged the catalog's provinces are known: when the
 * value is the name (or English name) of one of them, diacritics, case, spaces and hyphens
 * ignored, the hint names its code instead, as in "Did you mean 'HN' (Hà Nội)?". When it
 * names no province and its capitals are no code of the catalog either, the hint sends the
 * reader to the catalog's codes rather than to a code that does not exist.
 * Other diagnostics are returned unchanged.
 */
export function hintProvinceNames(diagnostics: readonly Diagnostic[], catalog: Catalog): Diagnostic[] {
  const byName = new Map<string, { code: string; name: string }>();
  for (const p of catalog.provinces) {
    if (typeof p?.code !== 'string' || !CODE.test(p.code) || typeof p.name !== 'string') continue;
    for (const alias of [p.name, p.name_en]) {
      const key = typeof alias === 'string' ? compact(alias) : '';
      if (key !== '' && !byName.has(key)) byName.set(key, { code: p.code, name: p.name });
    }
  }
  if (byName.size === 0) return [...diagnostics];
  const codes = new Set([...byName.values()].map((p) => p.code));
  return diagnostics.map((d) => {
    if (d.code !== 'INVALID_FORMAT' || isProvinceDefinition(d)) return d;
    const args = d.args ?? {};
    const written = args.pattern === PROVINCE_CODE ? args.value : args.key;
    if (typeof written !== 'string') return d;
    const province = byName.get(compact(written));
    if (province) return { ...d, hint: `Did you mean '${province.code}' (${province.name})?` };
    if (codes.has(compact(written).toUpperCase())) return d;
    return { ...d, hint: 'Use a province code from provinces: of the catalog.' };
  });
}
