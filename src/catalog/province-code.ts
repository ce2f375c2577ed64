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
 * "Gia Lai", "ha noi". A province is given by code; this is for saying which code was meant.
 */
export function provincesNamed(provinces: readonly Province[], given: string): Province[] {
  const folded = foldVietnamese(given.trim());
  return provinces.filter((p) => foldVietnamese(p.name) === folded || (p.name_en !== undefined && foldVietnamese(p.name_en) === folded));
}

/**
 * `provincesNamed(provinces, given)[0]` for many `given`: the names are folded once, when
 * first asked for, not once per lookup (a reform can connect thousands of provinces that the
 * catalog lacks).
 */
export function firstProvinceNamed(provinces: readonly Province[]): (given: string) => Province | undefined {
  let byName: Map<string, Province> | undefined;
  return (given) => {
    if (byName === undefined) {
      byName = new Map();
      for (const p of provinces) {
        for (const name of p.name_en === undefined ? [p.name] : [p.name, p.name_en]) {
          const key = foldVietnamese(name);
          if (!byName.has(key)) byName.set(key, p);
        }
      }
    }
    return byName.get(foldVietnamese(given.trim()));
  };
}
