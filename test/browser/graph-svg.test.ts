import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderGraphSvg } from '../../src/report/graph-svg.js';
import { bundledNeighbourhood, foci } from '../report/bundled-drawings.js';
import { haveChromium, launchChromium } from './chromium.js';

describe.skipIf(!haveChromium)('the SVG drawings of the bundled catalog in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every text, box and edge inside the picture, around every procedure, document, data source and legal document, 1 and 2 hops deep, in both languages', async () => {
    const outside: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      for (const depth of [1, 2]) {
        for (const focus of foci) {
          const svg = renderGraphSvg(bundledNeighbourhood(focus, depth), { lang });
          await page.setContent(svg.replace(/^<\?xml[^>]*>\n/, ''));
          // Each element's box as the browser lays it out, in the drawing's own units; its
          // stroke may reach half a pixel past it.
          const out = await page.evaluate(() => {
            interface Box {
              x: number;
              y: number;
              width: number;
              height: number;
            }
            interface SvgElement {
              tagName: string;
              textContent: string | null;
              closest(selector: string): unknown;
              getBBox(): Box;
            }
            interface Dom {
              querySelector(s: string): SvgElement & { width: { baseVal: { value: number } }; height: { baseVal: { value: number } }; querySelectorAll(s: string): ArrayLike<SvgElement> };
            }
            const root = (globalThis as unknown as { document: Dom }).document.querySelector('svg');
            const w = root.width.baseVal.value;
            const h = root.height.baseVal.value;
            return Array.from(root.querySelectorAll('text, rect, path'))
              .filter((el) => !el.closest('marker'))
              .map((el) => ({ el, b: el.getBBox() }))
              .filter(({ b }) => b.x < -1 || b.y < -1 || b.x + b.width > w + 1 || b.y + b.height > h + 1)
              .map(({ el, b }) => `${el.tagName} '${(el.textContent ?? '').slice(0, 40)}' at ${Math.round(b.x)}..${Math.round(b.x + b.width)} × ${Math.round(b.y)}..${Math.round(b.y + b.height)} in ${w} × ${h}`);
          });
          for (const o of out) outside.push(`${focus} (${lang}, depth ${depth}): ${o}`);
        }
      }
    }
    expect(outside).toEqual([]);
  }, 120_000);
});
