import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { writeDiagnosticsText } from '../../src/cli/write-diagnostics.js';
import { renderDiagnosticsText } from '../../src/report/diagnostics-text.js';

const cwd = fileURLToPath(new URL('../fixtures/loader/', import.meta.url));

describe('writeDiagnosticsText', () => {
  it('writes, a batch at a time, what renderDiagnosticsText gives for all the diagnostics', async () => {
    const { diagnostics } = await loadCatalog('json-with-errors', { cwd });
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    const sources = (file: string) => readFileSync(new URL(file, `file://${cwd}`), 'utf8');
    const options = { lang: 'en' as const, sources };
    const whole = renderDiagnosticsText(diagnostics, options);
    for (const batch of [1, 2, diagnostics.length, diagnostics.length + 1]) {
      const parts: string[] = [];
      expect(writeDiagnosticsText((t) => parts.push(t), diagnostics, options, batch)).toBe(true);
      expect(parts.length).toBe(Math.ceil(diagnostics.length / batch));
      expect(parts.join('')).toBe(whole);
    }
    const none: string[] = [];
    expect(writeDiagnosticsText((t) => none.push(t), [], options)).toBe(false);
    expect(none).toEqual([]);
  });
});
