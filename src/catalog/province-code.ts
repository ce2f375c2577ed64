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
 * The province code `given` writes after a word for the kind of province, as people write
 * "TP.HCM", "TP HCM", "TPHCM" or "tỉnh GL": the code among `codes` (any case) once the word
 * ("tỉnh", "thành phố", "TP"), case, diacritics and the punctuation after it are set aside;
 * undefined when `given` starts with no such word or no code follows it.
 */
export function codeAfterKindWord(codes: readonly string[], given: string): string | undefined {
  const m = /^(?:tinh|thanh pho|tp)[^\p{L}\p{N}]*([\p{L}\p{N}]+)$/u.exec(foldVietnamese(given.trim()));
  return m ? matchProvinceCode(codes, m[1]) : undefined;
}

/**
 * The provinces whose name (or English name) `given` is, diacritics, case and spaces aside:
 * "Gia Lai", "ha noi", in catalog order; when none is, those it names as people write
 * provinces, punctuation read as a space and a word for the kind of province aside: "tỉnh Gia
 * Lai", "thành phố Hà Nội", "TP Hồ Chí Minh" and "Ho Chi Minh" for "Thành phố Hồ Chí Minh",
 * "Bà Rịa Vũng Tàu" for "Bà Rịa – Vũng Tàu", "Gia Lai province" (`looseKey`). The command
 * line takes a name that only one province has; the catalog, reforms and the library's
 * options give provinces by code, and this says which code was meant.
 */
export function provincesNamed(provinces: readonly Province[], given: string): Province[] {
  return lookUp(provinceNameIndex(provinces), given);
}

/**
 * `provincesNamed(provinces, given)[0]` for many `given`: the names are folded once, when
 * first asked for, not once per lookup (a reform can connect thousands of provinces that the
 * catalog lacks).
 */
export function firstProvinceNamed(provinces: readonly Province[]): (given: string) => Province | undefined {
  let index: NameIndex | undefined;
  return (given) => {
    index ??= provinceNameIndex(provinces);
    return lookUp(index, given)[0];
  };
}

/** The provinces by each name folded (`exact`), and by each name as `looseKey` reads it (`loose`). */
interface NameIndex {
  exact: Map<string, Province[]>;
  loose: Map<string, Province[]>;
}

function lookUp(index: NameIndex, given: string): Province[] {
  return index.exact.get(foldVietnamese(given.trim())) ?? index.loose.get(looseKey(given)) ?? [];
}

/** Words for the kind of province, folded: before its name ("tỉnh", "thành phố", "TP") or after it in English. */
const KIND_BEFORE = /^(?:tinh|thanh pho|tp) /;
const KIND_AFTER = / (?:province|city)$/;

/**
 * A name folded, every run of characters other than letters and digits one space, and a
 * word for the kind of province taken from its start or end, unless it is the whole name:
 * "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" and "Ho Chi Minh City" are all "ho chi minh".
 */
function looseKey(name: string): string {
  const words = foldVietnamese(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const bare = words.replace(KIND_BEFORE, '').replace(KIND_AFTER, '');
  return bare === '' ? words : bare;
}

/**
 * The provinces by folded name and folded English name, and by the loose keys of both, each
 * list in catalog order: a province whose English name is another's name is listed under
 * that name with it, and once only when its two names fold alike.
 */
function provinceNameIndex(provinces: readonly Province[]): NameIndex {
  const index: NameIndex = { exact: new Map(), loose: new Map() };
  const add = (map: Map<string, Province[]>, keys: Set<string>, p: Province) => {
    for (const key of keys) {
      const named = map.get(key);
      if (named === undefined) map.set(key, [p]);
      else named.push(p);
    }
  };
  for (const p of provinces) {
    const names = p.name_en === undefined ? [p.name] : [p.name, p.name_en];
    add(index.exact, new Set(names.map((n) => foldVietnamese(n))), p);
    add(index.loose, new Set(names.map(looseKey)), p);
  }
  return index;
}
