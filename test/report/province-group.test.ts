import { describe, expect, it } from 'vitest';
import { LISTED_PROVINCES, provinceGroup } from '../../src/report/province-group.js';
import { provinceGroupText } from '../../src/report/describe.js';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `P${i + 1}`);

/** A small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('provinceGroup', () => {
  it('lists a few, tells all, and all but a few', () => {
    expect(provinceGroup(codes(LISTED_PROVINCES), codes(63))).toEqual({ kind: 'list', provinces: codes(LISTED_PROVINCES) });
    expect(provinceGroup(codes(63), codes(63))).toEqual({ kind: 'all', total: 63 });
    expect(provinceGroup(codes(60), codes(63))).toEqual({ kind: 'all-but', others: ['P61', 'P62', 'P63'], held: 60, total: 63 });
    expect(provinceGroup(codes(30), codes(63)).kind).toBe('list');
    expect(provinceGroup([...codes(20), null], codes(20)).kind).toBe('list');
  });

  it('always tells exactly the group, against listing it (random groups, limits and strays)', () => {
    const next = random(7);
    for (let run = 0; run < 3000; run++) {
      const runsIn = codes(1 + Math.floor(next() * 30));
      const listed = run % 2 === 0 ? LISTED_PROVINCES : Math.floor(next() * 11);
      // A province that is not where the procedure runs (as a what-if's catalog may not know) is never told as one of them.
      const stray = next() < 0.1 ? ['X1'] : [];
      const group = [...runsIn.filter(() => next() < 0.85), ...stray];
      const g = provinceGroup(group, runsIn, listed);
      const told = g.kind === 'list' ? g.provinces : g.kind === 'all' ? runsIn : runsIn.filter((p) => !g.others.includes(p));
      expect([...told].sort(), `${group} of ${runsIn}`).toEqual([...group].sort());
      if (g.kind !== 'list') {
        expect(stray).toEqual([]);
        expect(group.length).toBeGreaterThan(listed);
        expect(runsIn.length - group.length).toBeLessThanOrEqual(listed);
        if (g.kind === 'all-but') expect([g.held, g.total]).toEqual([group.length, runsIn.length]);
      } else if (group.length > listed && stray.length === 0) {
        expect(runsIn.length - group.length).toBeGreaterThan(listed);
      }
    }
  });

  it('is told in both languages in text', () => {
    expect(provinceGroupText(codes(60), codes(63), 'en')).toBe('every province where it runs but P61, P62, P63 (60 of 63)');
    expect(provinceGroupText(codes(60), codes(63), 'vi')).toBe('mọi tỉnh nơi thực hiện trừ P61, P62, P63 (60/63 tỉnh)');
    expect(provinceGroupText(codes(63), codes(63), 'en')).toBe('all 63 provinces where it runs');
    expect(provinceGroupText(['HN', null], codes(63), 'en')).toBe('HN, Central');
  });
});
