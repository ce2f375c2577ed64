import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { renderDiagnosticsText } from '../../src/report/diagnostics-text.js';

const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
const codesPart = doc.slice(doc.indexOf('\n# The codes'));
const sections = codesPart
  .split(/\n### /)
  .slice(1)
  .map((s) => {
    const code = s.slice(0, s.indexOf('\n')).trim();
    const files = [...s.matchAll(/In `([^`]+)`:\n\n```yaml\n([\s\S]*?)```/g)].map((m) => ({ fileName: m[1], text: m[2] }));
    const outputs = [...s.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);
    const vietnamese = [...s.matchAll(/```text vi\n([\s\S]*?)```/g)].map((m) => m[1]);
    const severity = /^\*(\w+)/m.exec(s)?.[1];
    return { code, files, outputs, vietnamese, severity };
  });

describe('docs/diagnostics.md', () => {
  it('documents every code, once, and no other', () => {
    expect(sections.map((s) => s.code).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it.each(sections.map((s) => [s.code, s] as const))('%s: severity, and an example that gives exactly the output shown', (code, s) => {
    expect(s.severity).toBe(DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].severity);
    if (code === 'SCHEMA_VIOLATION') return; // no rule of the current schema leads there
    expect(s.outputs.length).toBeGreaterThan(0);
    const shown = s.outputs[s.outputs.length - 1];
    expect(shown).toMatch(new RegExp(`^\\S+:\\d+:\\d+  ${s.severity}  ${code}  `));
    if (s.files.length === 0) {
      // Only what a text cannot show (unreadable, huge, binary, non-UTF-8 files) goes without an example file.
      expect(code).toMatch(/^FILE_(UNREADABLE|TOO_LARGE|BINARY|ENCODING)$/);
      return;
    }
    const result = parseCatalogFiles(s.files);
    const found = result.diagnostics.find((d) => d.code === code);
    expect(found, `${code} from its example`).toBeDefined();
    const sources = Object.fromEntries(s.files.map((f) => [f.fileName, f.text]));
    expect(renderDiagnosticsText([found!], { sources })).toBe(shown);
    for (const vi of s.vietnamese) expect(renderDiagnosticsText([found!], { sources, lang: 'vi' })).toBe(vi);
  });

  it('shows the Vietnamese of at least a few codes', () => {
    expect(sections.filter((s) => s.vietnamese.length > 0).length).toBeGreaterThanOrEqual(5);
  });
});
