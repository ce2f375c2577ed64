import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-package.js';

// The packed package, as npm would publish it, checked by publint and by
// @arethetypeswrong/cli (types for every entry point, ESM and CommonJS, every resolution mode).

beforeAll(() => ensureBuilt());

describe('the packed package', () => {
  it('passes publint (no errors, no warnings)', async () => {
    const { messages } = await publint({ pkgDir: ROOT, pack: 'npm', level: 'warning' });
    expect(messages).toEqual([]);
  });

  it('passes @arethetypeswrong/cli', () => {
    let out = '';
    let status = 0;
    try {
      out = execFileSync('npx', ['attw', '--pack', '.', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      status = (e as { status: number }).status;
      out = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { analysis?: { problems?: unknown[] }; problems?: unknown };
    expect(report.analysis?.problems ?? []).toEqual([]);
    expect(status).toBe(0);
  });

  // The benchmark runs from a clone of the repository, so its page is not published.
  it('holds every file the README links to, but the benchmark', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { files: { path: string }[] }[];
    const files = new Set(packed[0].files.map((f) => f.path));
    const links = [...readFileSync(`${ROOT}README.md`, 'utf8').matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1].replace(/^\.\//, ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith('bench/') && !files.has(l) && !files.has(`${l.replace(/\/$/, '')}/README.md`))).toEqual([]);
  });
});
