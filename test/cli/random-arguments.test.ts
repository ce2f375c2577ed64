import fc from 'fast-check';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OptionSpec } from '../../src/cli/command.js';
import { commands } from '../../src/cli/commands/index.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ROOT, SMALL } from './analysis-cli-helpers.js';

// Every command, given any mix of its options with right, wrong and odd values, answers with
// an exit code (0 ran, 1 findings, 2 bad usage or input) and, for 2, an error line; it never
// throws, so the user never sees a stack trace.

const dir = mkdtempSync(join(tmpdir(), 'tthc-random-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, SMALL), join(dir, 'catalog.yaml'));
const REFORM = join(ROOT, 'test/fixtures/reform/unblock-civil-status.yaml');

const ODD = ['', ' ', '-', '--', 'x', 'NaN', 'Hà Nội', '🙂', 'a\u0000b', 'x'.repeat(300)];
const NUMBERS = { valid: ['0', '1', '3', '10'], odd: ['-1', '1.5', '1e3', '99999999999999999999', 'x'] };
const IDS = ['so-ho-khau', 'so-tam-tru', 'cccd', 'ct07', 'csdlqg-dan-cu', '1.001193', '1.000894', 'dl-a', '104/2022/NĐ-CP', 'nd-104-2022', 'nd-123-2015'];

/** Right values for an option (what a user means to give), and wrong or odd ones. */
function valuesFor(o: OptionSpec): { valid: string[]; odd: string[] } {
  if (o.choices) return { valid: [...o.choices], odd: ['html', 'TEXT', 'ministry,field', ''] };
  switch (o.name) {
    case 'at':
    case 'from':
    case 'to':
      return { valid: ['2022-06-30', '2022-12-31', '2023-01-01', '2024-06-30'], odd: ['2023-02-30', '2023-1-1', '31/12/2022', '12/31/2022', '20230101', '9999-12-31', '0001-01-01', ''] };
    case 'province':
      return { valid: ['GL', 'gl', 'HN', 'HCM', 'Gia Lai', 'ha noi'], odd: ['Gia Lia', 'ZZ', ''] };
    case 'without':
      return { valid: ['nd-104-2022', '104/2022/NĐ-CP', '104/2022/ND-CP', 'Nghị định 104/2022/NĐ-CP'], odd: ['so-ho-khau', 'zz', '', 'Nghị định 104/2022/NĐ-CP và 123/2015/NĐ-CP'] };
    case 'lacking':
      return { valid: ['cccd', 'cccd,so-ho-khau', 'giay-khai-sinh', 'Sổ hộ khẩu,cmnd'], odd: [',', 'zz', '1.001193', ''] };
    case 'depends-on':
    case 'focus':
      return { valid: [...IDS, 'Sổ hộ khẩu', 'household registration book', 'Nghị định số 104/2022/NĐ-CP'], odd: ['khai sinh', 'zz', ''] };
    case 'only':
      return { valid: IDS, odd: ['khai sinh', 'zz', ''] };
    case 'output':
      return { valid: ['out.txt', 'sub/../out2.txt'], odd: ['no-such-dir/out.txt', 'catalog.yaml', '.', ''] };
    case 'reform':
      return { valid: [REFORM], odd: ['missing.yaml', 'catalog.yaml', ''] };
    case 'top':
    case 'depth':
    case 'max-nodes':
    case 'max-shown':
    case 'budget':
      return NUMBERS;
    default:
      return { valid: ODD, odd: ODD };
  }
}

/** Mostly right values, sometimes wrong ones: most runs get past the checks of the command line. */
const valueOf = (o: OptionSpec) => {
  const { valid, odd } = valuesFor(o);
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...odd, ...ODD) });
};

/** The options a command cannot run without, given most of the time. */
const REQUIRED: Record<string, string> = { count: 'depends-on', graph: 'focus', whatif: 'reform' };

const invocation = fc.constantFrom(...commands).chain((cmd) => {
  const required = cmd.options.find((o) => o.name === REQUIRED[cmd.name]);
  return fc
    .tuple(
      fc.oneof({ weight: 6, arbitrary: fc.constant('catalog.yaml') }, { weight: 1, arbitrary: fc.constantFrom('.', 'missing/', '') }),
      // explain's procedure and diff's second catalog; sometimes one too many.
      cmd.positionals.length > 1
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom('1.001193', 'dl-a', '1.000894', 'catalog.yaml') }, { weight: 1, arbitrary: fc.constantFrom(undefined, 'zz') })
        : fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant('zz') }),
      required
        ? fc.oneof({ weight: 6, arbitrary: valueOf(required).map((v) => [`--${required.name}`, v]) }, { weight: 1, arbitrary: fc.constant(undefined) })
        : fc.constant(undefined),
      // Each option once, mostly: one given twice is an error of its own.
      fc.uniqueArray(
        fc
          .constantFrom(...cmd.options.filter((o) => o.name !== 'lang'))
          .chain((o): fc.Arbitrary<string[]> => (o.type === 'boolean' ? fc.constant([`--${o.name}`]) : valueOf(o).map((v) => [`--${o.name}`, v]))),
        { maxLength: 3, selector: (option: string[]) => option[0] },
      ),
      fc.constantFrom('vi', 'en'),
    )
    .map(([catalog, extra, first, options, lang]) => [
      cmd.name,
      catalog,
      ...(extra === undefined ? [] : [extra]),
      ...(first ?? []),
      ...options.flat(),
      '--lang',
      lang,
    ]);
});

describe('tthc with random arguments', () => {
  it('always exits 0, 1 or 2, with an error line for 2, and never throws (property)', async () => {
    await fc.assert(
      fc.asyncProperty(invocation, async (argv) => {
        const io = memoryIo({ cwd: dir });
        const code = await run(argv, io);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(io.err()).toMatch(/^(?:error|lỗi): \S/m);
        expect(io.err()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
