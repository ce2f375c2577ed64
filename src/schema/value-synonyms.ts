import { LEGAL_TYPE_NAMES } from '../text/legal-types.js';
import { foldVietnamese } from '../text/vietnamese.js';

/**
 * Words people write for a value the catalog spells otherwise, in English or in Vietnamese:
 * `type: decree` or `type: Nghị định` for `nghi-dinh`, `level: [province]` or `[cấp tỉnh]`
 * for `tinh`. Each word is kept folded (see `synonymKey`), with the value it stands for.
 */
export const VALUE_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ...(['vi', 'en'] as const).flatMap((lang) => Object.entries(LEGAL_TYPE_NAMES[lang]).map(([type, name]) => [type, [name]] as const)),
  ['cong-dien', ['dispatch', 'official telegram']],
  // Types the catalog has no value of its own for.
  ['other', ['phap lenh', 'ordinance', 'cong van', 'official letter', 'thong bao', 'notice']],
  ['trung-uong', ['central', 'national', 'ministry', 'cap trung uong']],
  ['tinh', ['province', 'provincial', 'cap tinh', 'thanh pho truc thuoc trung uong']],
  ['huyen', ['district', 'cap huyen', 'quan', 'thi xa']],
  ['xa', ['commune', 'ward', 'cap xa', 'phuong', 'thi tran']],
  ['paper', ['giay', 'ban giay', 'giay to']],
  ['card', ['the']],
  ['electronic', ['dien tu', 'ban dien tu', 'e-document']],
  ['data', ['du lieu', 'co so du lieu', 'database']],
  ['toan-trinh', ['full', 'fully online', 'online', 'truc tuyen toan trinh']],
  ['mot-phan', ['partial', 'partly', 'partly online', 'truc tuyen mot phan']],
  ['none', ['no', 'khong', 'offline']],
  ['submit', ['nop']],
  ['present', ['show', 'xuat trinh']],
];

/** A word as it is looked up: diacritics and case folded, runs of spaces, `_` and `-` made one space. */
function synonymKey(word: string): string {
  return foldVietnamese(word).trim().replace(/[\s_-]+/g, ' ');
}

const BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [value, words] of VALUE_WORDS) {
    for (const word of words) {
      const key = synonymKey(word);
      const values = map.get(key) ?? [];
      if (!values.includes(value)) values.push(value);
      map.set(key, values);
    }
  }
  return map;
})();

/**
 * The allowed value that `input` is another word for ('decree' → 'nghi-dinh' when 'nghi-dinh'
 * is allowed), or undefined when it is no known word for one of `allowed`.
 */
export function synonymOf(input: string, allowed: readonly string[]): string | undefined {
  return BY_WORD.get(synonymKey(input))?.find((value) => allowed.includes(value));
}
