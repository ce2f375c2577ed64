import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; playwright-core drives it and never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/** In CI the browser must be there (.ci/run installs it); elsewhere the browser tests skip without it. */
export const haveChromium = existsSync(CHROMIUM) || process.env.CI !== undefined;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** What a page did while loading: console errors, uncaught errors, dialogs, and every request but the page itself. */
export interface PageWatch {
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/**
 * Opens `url` in a fresh page that records console errors, page errors, dialogs (alert…)
 * and every request other than `url` itself; such requests are aborted, so nothing leaves
 * the machine.
 */
export async function openWatched(browser: Browser, url: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const watch: PageWatch = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    watch.requests.push(u);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, watch };
}
