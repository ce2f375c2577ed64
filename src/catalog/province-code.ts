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
