import { foldVietnamese } from '../text/vietnamese.js';
import type { Province } from './types.js';

/**
 * The province code that `given` names among `codes`: as written, else written in another
 * case or with spaces around (`gl`, ` GL `); undefined when it names none.
 */
export function matchProvinceCode(codes: readonly string[], given: string): string | undefined {
  if (codes.includes(given)) return given;
  const wanted = given.trim().toUpperCase();
  return codes.find((code) => code.toUpperCase() === wanted);
}

/**
 * The provinces whose name (or English name) `given` is, diacritics, case and spaces aside:
 * "Gia Lai", "ha noi", in catalog order. The command line takes a name that only one
 * province has; the catalog, reforms and the library's options give provinces by code, and
 * this says which code was meant.
 */
export function provincesNamed(provinces: readonly Province[], given: string): Province[] {
  return provinceNameIndex(provinces).get(foldKey(given)) ?? [];
}

/**
 * `provincesNamed(provinces, given)[0]` for many `given`: the names are folded once, when
 * first asked for, not once per lookup (a reform can connect thousands of provinces that the
 * catalog lacks).
 */
export function firstProvinceNamed(provinces: readonly Province[]): (given: string) => Province | undefined {
  let byName: Map<string, Province[]> | undefined;
  return (given) => {
    byName ??= provinceNameIndex(provinces);
    return byName.get(foldKey(given))?.[0];
  };
}

function foldKey(given: string): string {
  return foldVietnamese(given.trim());
}

/**
 * The provinces by folded name and folded English name, each list in catalog order: a
 * province whose English name is another's name is listed under that name with it, and
 * once only when its two names fold alike.
 */
function provinceNameIndex(provinces: readonly Province[]): Map<string, Province[]> {
  const byName = new Map<string, Province[]>();
  for (const p of provinces) {
    const keys = new Set([foldVietnamese(p.name)]);
    if (p.name_en !== undefined) keys.add(foldVietnamese(p.name_en));
    for (const key of keys) {
      const named = byName.get(key);
      if (named === undefined) byName.set(key, [p]);
      else named.push(p);
    }
  }
  return byName;
}
