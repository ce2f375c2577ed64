import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FOLD_SOURCE, SEARCH_SCRIPT } from '../../../src/report/html/search-script.js';
import { foldVietnamese } from '../../../src/text/vietnamese.js';

// The page's fold, compiled from the exact source the page embeds.
const pageFold = new Function(`${FOLD_SOURCE}; return fold;`)() as (s: string) => string;

const vietnamese = fc.constantFrom(
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯ áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ.-0123456789'.split(''),
  '\u0301',
  '\u0300',
  '\u0309',
  '\u0303',
  '\u0323',
  '\u0306',
  '\u0302',
  '\u031b',
);

describe('the page search fold', () => {
  it('folds exactly like foldVietnamese on Vietnamese text', () => {
    fc.assert(
      fc.property(fc.array(vietnamese, { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(pageFold(s)).toBe(foldVietnamese(s));
      }),
      { numRuns: 500 },
    );
  });

  it('folds exactly like foldVietnamese on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(pageFold(s)).toBe(foldVietnamese(s));
      }),
      { numRuns: 500 },
    );
  });

  it('makes "dang ky khai sinh" and "Đăng ký khai sinh" equal, đ and d included', () => {
    expect(pageFold('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(pageFold('đ')).toBe(pageFold('d'));
  });

  it('is valid script that defines no globals', () => {
    expect(() => new Function(SEARCH_SCRIPT)).not.toThrow();
    expect(SEARCH_SCRIPT.trim().startsWith('(function () {')).toBe(true);
  });
});
