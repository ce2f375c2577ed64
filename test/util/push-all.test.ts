import { describe, expect, it } from 'vitest';
import { pushAll } from '../../src/util/push-all.js';

describe('pushAll', () => {
  it('appends a list longer than a call takes arguments, in order', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    const target = [-1];
    expect(pushAll(target, items)).toBe(target);
    expect(target).toHaveLength(200_001);
    expect(target[0]).toBe(-1);
    expect(target[200_000]).toBe(199_999);
  });

  it('appends what an iterable gives', () => {
    expect(pushAll(['a'], new Set(['b', 'c']))).toEqual(['a', 'b', 'c']);
  });
});
