import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMaxFileSize, ignoredMaxFileSize } from '../../src/cli/file-size-limit.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ROOT, SMALL } from './analysis-cli-helpers.js';

async function tthc(argv: string[], env: Record<string, string>) {
  const io = memoryIo({ cwd: ROOT, env });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('TTHC_MAX_FILE_SIZE', () => {
  it('is a positive number of megabytes of 1,048,576 bytes', () => {
    expect(cliMaxFileSize({})).toBeUndefined();
    expect(cliMaxFileSize({ TTHC_MAX_FILE_SIZE: '200' })).toBe(200 * 1048576);
    expect(cliMaxFileSize({ TTHC_MAX_FILE_SIZE: ' 75.5 ' })).toBe(75.5 * 1048576);
    expect(cliMaxFileSize({ TTHC_MAX_FILE_SIZE: '0.005' })).toBe(5243);
    for (const value of ['', ' ', '0', '0.0000001', '-5', 'abc', '200MB', '1e3', '+3', '.5', 'Infinity']) {
      expect(cliMaxFileSize({ TTHC_MAX_FILE_SIZE: value }), value).toBeUndefined();
    }
  });

  it('is named for a warning when set to something else than such a number', () => {
    expect(ignoredMaxFileSize({})).toBeUndefined();
    expect(ignoredMaxFileSize({ TTHC_MAX_FILE_SIZE: '' })).toBeUndefined();
    expect(ignoredMaxFileSize({ TTHC_MAX_FILE_SIZE: '200' })).toBeUndefined();
    expect(ignoredMaxFileSize({ TTHC_MAX_FILE_SIZE: '200MB' })).toBe('200MB');
    expect(ignoredMaxFileSize({ TTHC_MAX_FILE_SIZE: '0' })).toBe('0');
  });

  const size = statSync(join(ROOT, SMALL)).size;
  // 0.004 MB is 4,194 bytes and 0.005 MB 5,243: the fixture's file lies between.
  it(`sets the limit every command loads with (the fixture is ${size} bytes)`, async () => {
    expect(size).toBeGreaterThan(4194);
    expect(size).toBeLessThanOrEqual(5243);
    for (const argv of [['check', SMALL], ['blocked', SMALL], ['diff', SMALL, SMALL]]) {
      const refused = await tthc([...argv, '--lang', 'en'], { TTHC_MAX_FILE_SIZE: '0.004' });
      expect(refused.code, argv.join(' ')).toBe(1);
      const shown = argv[0] === 'check' ? refused.out : refused.err;
      expect(shown, argv.join(' ')).toContain(`FILE_TOO_LARGE  The file is ${size} bytes, more than the limit of 4194 bytes.`);
      expect(shown).toContain('the environment variable TTHC_MAX_FILE_SIZE of tthc, in megabytes (e.g. TTHC_MAX_FILE_SIZE=200)');
      const loaded = await tthc([...argv, '--lang', 'en'], { TTHC_MAX_FILE_SIZE: '0.005' });
      expect(loaded.code, argv.join(' ')).toBe(0);
      expect(loaded.out + loaded.err).not.toContain('FILE_TOO_LARGE');
    }
  });

  it('gives the hint in Vietnamese too', async () => {
    const refused = await tthc(['check', SMALL], { TTHC_MAX_FILE_SIZE: '0.004' });
    expect(refused.out).toContain('biến môi trường TTHC_MAX_FILE_SIZE của tthc, tính bằng megabyte (ví dụ TTHC_MAX_FILE_SIZE=200)');
  });

  it('is warned of and the default limit kept when it is no such number', async () => {
    const r = await tthc(['check', SMALL, '--lang', 'en'], { TTHC_MAX_FILE_SIZE: '5KB' });
    expect(r.code).toBe(0);
    expect(r.err).toBe("Warning: TTHC_MAX_FILE_SIZE='5KB' is not a positive number of megabytes (e.g. 200); using the default limit of 50 MB.\n");
    const vi = await tthc(['check', SMALL], { TTHC_MAX_FILE_SIZE: '0' });
    expect(vi.err).toContain("Cảnh báo: TTHC_MAX_FILE_SIZE='0' không phải một số megabyte dương");
  });
});
