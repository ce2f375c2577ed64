import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const dir = fileURLToPath(new URL('../fixtures/loader/', import.meta.url));
const fixtures = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/**
 * What a template leaves when a value it is built from is missing: a JavaScript word, an
 * empty quote or bracket, a double space, a space before punctuation.
 */
const NONSENSE = /undefined|NaN|\[object|''|\(\)|\s{2}|\s[,:;]|\s\.(\s|$)|^\s|\s$/;

/** Checks the Vietnamese message of `d`; "null" is left alone where the English message has it. */
function expectSound(d: Diagnostic, what: string): void {
  const vi = localizeDiagnostic(d, 'vi').message;
  expect(vi.length, what).toBeGreaterThan(10);
  expect(vi, what).not.toMatch(NONSENSE);
  if (!d.message.includes('null')) expect(vi, what).not.toMatch(/null/);
}

describe('Vietnamese messages of diagnostics without their args', () => {
  it('say something sound for every code, with no args or an empty args object', () => {
    const messages = ["In procedure '1.1', `requires[0].document` is wrong.", 'Something is wrong with the file.'];
    const locations = [{ file: 'a.yaml', line: 3, column: 5, path: ['procedures', 0, 'requires', 0, 'document'] }, undefined];
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      for (const message of messages) {
        for (const location of locations) {
          for (const args of [undefined, {}]) {
            const d: Diagnostic = { code, severity: 'warning', message, ...(location ? { location } : {}), ...(args ? { args } : {}) };
            expectSound(d, `${code} / ${message} / ${location ? 'located' : 'no location'} / ${args ? '{}' : 'no args'}`);
          }
        }
      }
    }
  });

  it('say something sound for each finding of the loader fixtures, with any one of its args left out', async () => {
    const found: Diagnostic[] = [];
    for (const name of fixtures) for (const strict of [true, false]) found.push(...(await loadCatalog(name, { cwd: dir, strict })).diagnostics);
    found.push(...(await loadCatalog('valid-example', { cwd: dir, maxFileSize: 100 })).diagnostics);
    const withArgs = found.filter((d) => d.args !== undefined);
    expect(new Set(withArgs.map((d) => d.code)).size).toBeGreaterThan(15);
    for (const d of withArgs) {
      expectSound(d, `${d.code}: ${d.message}`);
      for (const key of Object.keys(d.args!)) {
        const { [key]: _left, ...args } = d.args!;
        expectSound({ ...d, args }, `${d.code} without ${key}: ${d.message}`);
      }
    }
  });

  it('read a null arg, or a null in a list arg, as a missing value: JSON made elsewhere may hold one', async () => {
    const found: Diagnostic[] = [];
    for (const name of fixtures) for (const strict of [true, false]) found.push(...(await loadCatalog(name, { cwd: dir, strict })).diagnostics);
    const withArgs = found.filter((d) => d.args !== undefined);
    for (const d of withArgs) {
      for (const [key, value] of Object.entries(d.args!)) {
        expectSound({ ...d, args: { ...d.args, [key]: null } }, `${d.code} with ${key} null: ${d.message}`);
        if (Array.isArray(value)) expectSound({ ...d, args: { ...d.args, [key]: [null, ...value] } }, `${d.code} with a null in ${key}: ${d.message}`);
      }
    }
    const alias = withArgs.find((d) => d.code === 'YAML_SYNTAX' && d.args!.anchorLine !== undefined)!;
    expect(localizeDiagnostic({ ...alias, args: { ...alias.args, anchorLine: null } }, 'vi').message).toBe(
      'Lỗi cú pháp YAML: bí danh *cu-tru đứng trước neo &cu-tru của nó; neo phải được đặt trước các bí danh lặp lại nó.',
    );
  });

  it('say a null written in the catalog as the English message does, "empty (null)"', () => {
    const r = parseCatalog('documents:\n  - { id: a, name: A, form: ~ }\n', { fileName: 'c.yaml' });
    const d = r.diagnostics.find((x) => x.code === 'WRONG_TYPE')!;
    expect(d.message).toBe("In document 'a', `form` must be text, not empty (null).");
    expect(localizeDiagnostic(d, 'vi').message).toBe("Trong giấy tờ 'a', `form` phải là văn bản, không phải rỗng (null).");
  });

  it('keep the English message of a code that has no template, whatever its name', () => {
    for (const code of ['NOT_A_CODE', 'constructor', 'toString', '__proto__']) {
      const d: Diagnostic = { code, severity: 'info', message: 'Something a tool found.' };
      expect(localizeDiagnostic(d, 'vi').message, code).toBe('Something a tool found.');
    }
  });

  it('give the general Vietnamese hint to a hint no rule reads, whatever the code is named', () => {
    for (const code of ['NOT_A_CODE', 'constructor', 'toString', '__proto__']) {
      const d: Diagnostic = { code, severity: 'info', message: 'Something a tool found.', hint: 'Something to do about it.' };
      expect(localizeDiagnostic(d, 'vi').hint, code).toBe('Xem giải thích mã lỗi này trong docs/diagnostics.md.');
    }
  });

  it('say a cycle of two, the shortest, from its args as before', () => {
    const d: Diagnostic = {
      code: 'NEEDS_CYCLE',
      severity: 'warning',
      message: "In procedure 'a', `needs[0]` names 'b', which needs 'a' in turn: 'a' and 'b' need each other, so neither can ever be completed; both are blocked at every date, wherever they run.",
      location: { file: 'a.yaml', line: 3, column: 5, path: ['procedures', 0, 'needs', 0] },
    };
    expect(localizeDiagnostic({ ...d, args: { procedure: 'a', cycle: ['a', 'b'], procedures: ['a', 'b'] } }, 'vi').message).toBe(
      "Trong thủ tục 'a', `needs[0]` tham chiếu tới 'b', mà 'b' lại cần 'a': 'a' và 'b' cần lẫn nhau, nên không thủ tục nào có thể được hoàn thành; chúng bị chặn ở mọi ngày, ở mọi nơi chúng được thực hiện.",
    );
  });
});
