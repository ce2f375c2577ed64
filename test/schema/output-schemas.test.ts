import { readFileSync } from 'node:fs';
import { Ajv, type AnySchema } from 'ajv';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ROOT } from '../cli/analysis-cli-helpers.js';

/** The schema of each `--format json` output, by command. */
export const OUTPUT_SCHEMAS = {
  explain: 'explain.schema.json',
  count: 'count.schema.json',
  rank: 'rank.schema.json',
  whatif: 'whatif.schema.json',
  timeline: 'timeline.schema.json',
  diff: 'diff.schema.json',
  summary: 'summary.schema.json',
  check: 'check.schema.json',
} as const;

const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
for (const name of ['result.schema.json', 'catalog.schema.json', ...Object.values(OUTPUT_SCHEMAS)]) ajv.addSchema(load(name) as AnySchema);
const validatorOf = (command: keyof typeof OUTPUT_SCHEMAS) => ajv.getSchema(`https://unpkg.com/tthc-graph/schemas/${OUTPUT_SCHEMAS[command]}`)!;

const SMALL = 'test/fixtures/report/hokhau-small/catalog.yaml';
const UNRESOLVED = 'test/fixtures/report/lenient-unresolved/catalog.yaml';
const CIRCULAR = 'test/fixtures/analysis/circular-explanation/catalog.yaml';
const REFORM = 'test/fixtures/reform';

/** Real runs of every command with --format json: the bundled catalog and fixtures, with the options that shape the output. */
const RUNS: [keyof typeof OUTPUT_SCHEMAS, string[]][] = [
  ['explain', ['catalog/', '1.001193']],
  ['explain', ['catalog/', '1.001193', '--province', 'GL', '--at', '2022-12-31']],
  ['explain', [SMALL, '1.001193', '--without', 'nd-104-2022']],
  ['explain', [UNRESOLVED, '2.000986', '--lenient']],
  ['explain', [CIRCULAR, 'loop-a']],
  ['explain', ['test/fixtures/analysis/lapsed-amendment/catalog.yaml', 'p-art1']],
  ['explain', ['test/fixtures/analysis/lapsed-amendment/catalog.yaml', 'p-art2']],
  ['count', ['catalog/', '--depends-on', 'so-ho-khau']],
  ['count', ['catalog/', '--depends-on', '123/2015/NĐ-CP', '--by', 'ministry', '--at', '2023-01-01']],
  ['count', [SMALL, '--depends-on', '1.001193', '--province', 'GL']],
  ['rank', ['catalog/']],
  ['rank', ['catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022', '--top', '3']],
  ['rank', [UNRESOLVED, '--lenient']],
  ['whatif', [`${REFORM}/catalog.yaml`, '--reform', `${REFORM}/unblock-civil-status.yaml`]],
  ['whatif', [`${REFORM}/catalog.yaml`, '--reform', `${REFORM}/connection-unused.yaml`, '--province', 'GL']],
  ['timeline', ['catalog/']],
  ['timeline', ['catalog/', '--province', 'GL', '--from', '2022-12-01', '--to', '2023-06-30']],
  ['timeline', ['test/fixtures/timeline/catalog.yaml', '--without', 'nd-104-2022']],
  ['timeline', ['test/fixtures/analysis/lapsed-amendment/catalog.yaml', '--to', '2025-12-31']],
  ['diff', ['test/fixtures/diff/before.yaml', 'test/fixtures/diff/after.yaml']],
  ['diff', ['catalog/', '--at', '2022-12-31', '--to', '2023-01-01']],
  ['summary', ['catalog/']],
  ['summary', ['catalog/', '--province', 'GL']],
  ['summary', ['test/fixtures/summary/two-sunsets/catalog.yaml', '--at', '2022-12-31']],
  ['summary', [UNRESOLVED, '--lenient']],
  ['check', ['catalog/']],
  ['check', [UNRESOLVED]],
  ['check', [UNRESOLVED, '--lenient']],
  ['check', ['test/fixtures/loader/duplicate-across-files']],
  ['check', ['test/fixtures/loader/yaml-syntax']],
];

async function tthcJson(command: string, argv: string[]): Promise<{ code: number; json: unknown; err: string }> {
  const io = memoryIo({ cwd: ROOT });
  const code = await run([command, ...argv, '--format', 'json'], io);
  return { code, json: io.out() ? JSON.parse(io.out()) : undefined, err: io.err() };
}

describe('every --format json output has a schema that its real output satisfies', () => {
  it.each(RUNS.map(([command, argv]) => [`${command} ${argv.join(' ')}`, command, argv] as const))('tthc %s', async (_, command, argv) => {
    const { code, json, err } = await tthcJson(command, argv);
    expect(code === 0 || (command === 'check' && code === 1), err).toBe(true);
    const validate = validatorOf(command);
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // Version 2 of what-if, diff and timeline: a change to or from needing a card or electronic document is a change of its own.
    expect((json as { version: unknown }).version).toBe(['whatif', 'diff', 'timeline'].includes(command) ? 2 : 1);
  });

  it('covers every command that prints JSON', () => {
    expect(new Set(RUNS.map(([c]) => c))).toEqual(new Set(Object.keys(OUTPUT_SCHEMAS)));
  });

  it('rejects output with an unknown key, a missing key or a wrong value', async () => {
    const { json } = await tthcJson('timeline', ['catalog/']);
    const validate = validatorOf('timeline');
    const timeline = json as { points: { totals: Record<string, unknown>; events: Record<string, unknown>[] }[]; extra?: number };
    expect(validate({ ...timeline, extra: 1 })).toBe(false);
    const { version: _, ...unversioned } = timeline as unknown as Record<string, unknown>;
    expect(validate(unversioned)).toBe(false);
    const event = timeline.points.find((p) => p.events.length > 0)!.events[0];
    event.kind = 'abolished';
    expect(validate(timeline)).toBe(false);
    const { json: check } = await tthcJson('check', ['test/fixtures/loader/yaml-syntax']);
    (check as { diagnostics: { severity: string }[] }).diagnostics[0].severity = 'fatal';
    expect(validatorOf('check')(check)).toBe(false);
  });
});

describe('the output schemas', () => {
  it.each(Object.values(OUTPUT_SCHEMAS))('%s describes every property, closes every object and carries a version', (name) => {
    const schema = load(name);
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const object = node as Record<string, unknown>;
      // A map (no fixed properties) may allow any key, with a schema for the values.
      const map = object.properties === undefined && typeof object.additionalProperties === 'object';
      if (object.type === 'object' && object.additionalProperties !== false && !map) problems.push(`${path}: not closed`);
      if (object.properties) {
        for (const [key, value] of Object.entries(object.properties as Record<string, { description?: string }>)) {
          if (!value.description) problems.push(`${path}.${key}: no description`);
        }
      }
      for (const [key, value] of Object.entries(object)) walk(value, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(problems).toEqual([]);
    expect(schema.$id).toBe(`https://unpkg.com/tthc-graph/schemas/${name}`);
    expect((schema.required as string[])[0]).toBe('version');
  });
});
