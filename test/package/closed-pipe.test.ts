import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-package.js';

beforeAll(() => ensureBuilt());

/** Runs the built tthc with a reader that has already gone (`tthc … | head -0`). */
function runClosed(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('tthc writing to a closed pipe', () => {
  it.each([
    [['plan', 'test/fixtures/plan/greedy-not-minimal.yaml', '--format', 'json']],
    [['timeline', 'test/fixtures/timeline/catalog.yaml', '--lang', 'en']],
    [['--help']],
  ])('stops quietly: tthc %j', async (args) => {
    const r = await runClosed(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
