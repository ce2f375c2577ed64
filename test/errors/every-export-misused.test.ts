import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const { catalog } = api.parseCatalog(readFileSync(new URL('../fixtures/report/hokhau-small/catalog.yaml', import.meta.url), 'utf8'));
const result = api.analyze(catalog, { at: '2023-01-01' });

/** What a script may pass by mistake: nothing, a scalar, an empty object or list, or a value of another kind the library makes. */
const FIRST: unknown[] = [undefined, null, 42, 'x', {}, [], catalog, result];
const SECOND: unknown[] = [undefined, null, 7, 'x', {}, { lang: 'fr' }, { at: 5 }];

const show = (v: unknown) => (v === catalog ? 'catalog' : v === result ? 'result' : (JSON.stringify(v) ?? String(v)));

describe('every function the package exports, given what it does not take', () => {
  it("answers, or throws one of the library's errors with a stable code: never JavaScript's own TypeError or RangeError", async () => {
    const functions = Object.entries(api).filter(([name, f]) => typeof f === 'function' && !/^[A-Z]/.test(name));
    expect(functions.length).toBeGreaterThan(100);
    const raw: string[] = [];
    for (const [name, f] of functions) {
      for (const a of FIRST) {
        for (const b of SECOND) {
          try {
            await (f as (x: unknown, y: unknown) => unknown)(a, b);
          } catch (e) {
            const code = (e as { code?: unknown } | null)?.code;
            if (typeof code !== 'string' || !(e instanceof Error) || e.name === 'TypeError' || e.name === 'RangeError') {
              raw.push(`${name}(${show(a)}, ${show(b)}): ${(e as Error)?.name}: ${(e as Error)?.message}`);
            }
          }
        }
      }
    }
    // One line per function is enough to say what to mend.
    expect([...new Set(raw.map((r) => r.slice(0, r.indexOf('('))))], raw.slice(0, 10).join('\n')).toEqual([]);
  });
});
