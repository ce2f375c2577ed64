import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium, openWatched } from './chromium.js';

// The harness must notice what the report tests say does not happen, or they prove nothing.
describe.skipIf(!haveChromium)('the Chromium test harness', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'tthc-harness-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('records requests, console errors, page errors and dialogs', async () => {
    const path = join(dir, 'bad.html');
    writeFileSync(
      path,
      '<!DOCTYPE html><html><body><img src="https://example.invalid/x.png"><script>console.error("boom"); alert("hi"); undefinedFunction();</script></body></html>',
    );
    const { page, watch } = await openWatched(browser, pathToFileURL(path).href);
    expect(watch.requests).toContain('https://example.invalid/x.png');
    expect(watch.errors.some((e) => e.includes('boom'))).toBe(true);
    expect(watch.errors.some((e) => e.startsWith('pageerror:'))).toBe(true);
    expect(watch.dialogs).toEqual(['hi']);
    await page.close();
  });
});
