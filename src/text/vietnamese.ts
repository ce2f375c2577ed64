import { expectText } from '../util/expect-argument.js';

/**
 * Folds Vietnamese text for matching: NFC first, then strip every combining mark, map
 * đ/Đ (which do not decompose) to d, and lower-case. "Đăng ký khai sinh" → "dang ky khai sinh".
 */
export function foldVietnamese(text: string): string {
  expectText(text, 'foldVietnamese', 'the text to fold');
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * The key under which legal-document numbers compare: NFC, case folded, NĐ ≡ ND, with
 * spaces removed. "104/2022/NĐ-CP", "104/2022/ND-CP" and "104/2022/nđ-cp" share one key.
 */
export function legalNumberKey(num: string): string {
  expectText(num, 'legalNumberKey', 'the number of a legal document');
  return num.normalize('NFC').toLowerCase().replace(/đ/g, 'd').replace(/\s+/g, '');
}
