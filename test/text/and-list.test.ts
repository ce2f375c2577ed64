import { describe, expect, it } from 'vitest';
import { andList } from '../../src/text/and-list.js';

describe('andList', () => {
  const more = (n: number) => `${n} more`;
  it('joins one, two and three items as a sentence does', () => {
    expect(andList(["'a'"], 0, 'and', more)).toBe("'a'");
    expect(andList(["'a'", "'b'"], 0, 'and', more)).toBe("'a' and 'b'");
    expect(andList(["'a'", "'b'", "'c'"], 0, 'và', more)).toBe("'a', 'b' và 'c'");
    expect(andList([], 0, 'and', more)).toBe('');
  });

  it('counts the items left out after those shown', () => {
    expect(andList(["'a'", "'b'", "'c'"], 4, 'and', more)).toBe("'a', 'b', 'c' and 4 more");
    expect(andList(["'a'"], 1, 'và', (n) => `${n} thủ tục khác`)).toBe("'a' và 1 thủ tục khác");
  });
});
