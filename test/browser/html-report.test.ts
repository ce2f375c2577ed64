import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/result-types.js';
import { gatherHtmlReportInput } from '../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../src/report/html/render-html-report.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { fixturePath, loadFixture } from '../report/html/fixture.js';
import { loadReportFixture } from '../report/fixture-analysis.js';
import { haveChromium, launchChromium, openWatched, type PageWatch } from './chromium.js';

const at = '2023-01-01';

/** The little of the DOM's Document the SVG check uses. */
interface XmlDocument {
  getElementsByTagName(name: string): { length: number };
  documentElement: { nodeName: string };
  querySelectorAll(selector: string): { length: number };
}

describe.skipIf(!haveChromium)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const write = (name: string, html: string) => {
    const path = join(dir, name);
    writeFileSync(path, html);
    return pathToFileURL(path).href;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'tthc-report-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('a report for one province', () => {
    let page: Page;
    let watch: PageWatch;
    beforeAll(async () => {
      // The report as a user makes it: `tthc report <catalog> --at … --province GL -o …`.
      const io = memoryIo({ cwd: dir });
      const code = await run(['report', fixturePath('hokhau-small.yaml'), '--at', at, '--province', 'GL', '-o', 'report-gl.html'], io);
      if (code !== 0) throw new Error(`tthc report failed: ${io.err()}`);
      ({ page, watch } = await openWatched(browser, pathToFileURL(join(dir, 'report-gl.html')).href));
    });

    it('loads with no console error and no request to anywhere', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });

    it('shows the headline figures of the JSON analysis result', async () => {
      const figures = await page.$$eval('[data-figure]', (els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute('data-figure'), Number(e.textContent)])),
      );
      for (const [scope, province] of [['national', null], ['local', 'GL']] as const) {
        // The JSON result as `tthc blocked --format json` prints it.
        const io = memoryIo({ cwd: dir });
        const argv = ['blocked', fixturePath('hokhau-small.yaml'), '--at', at, '--format', 'json', ...(province ? ['--province', province] : [])];
        expect(await run(argv, io)).toBe(0);
        const r = JSON.parse(io.out()) as AnalysisResult;
        expect(r.province).toBe(province);
        const blocked = new Set(r.results.filter((e) => e.status === 'blocked').map((e) => e.code));
        const unknown = new Set(r.results.filter((e) => e.status === 'unknown').map((e) => e.code));
        const paper = new Set(r.results.filter((e) => e.status === 'met' && e.paper && !blocked.has(e.code) && !unknown.has(e.code)).map((e) => e.code));
        // The procedures that depend on a sunset document, as `tthc count --format json` lists them.
        const dependent = new Set<string>();
        for (const document of ['so-ho-khau', 'so-tam-tru']) {
          const count = memoryIo({ cwd: dir });
          const countArgv = ['count', fixturePath('hokhau-small.yaml'), '--depends-on', document, '--at', at, '--format', 'json', ...(province ? ['--province', province] : [])];
          expect(await run(countArgv, count)).toBe(0);
          const counted = JSON.parse(count.out()) as { by: { ministry: { codes: string[] }[] } };
          for (const group of counted.by.ministry) for (const code of group.codes) dependent.add(code);
        }
        expect(figures[`${scope}.dependent`]).toBe(dependent.size);
        expect(figures[`${scope}.paper`]).toBe(paper.size);
        expect(figures[`${scope}.blockedEvaluations`]).toBe(r.totals.blocked);
        expect(figures[`${scope}.paperEvaluations`]).toBe(r.totals.paper);
        expect(figures[`${scope}.evaluations`]).toBe(r.totals.evaluations);
        expect(figures[`${scope}.procedures`]).toBe(r.totals.procedures);
        expect(figures[`${scope}.blocked`]).toBe(blocked.size);
        const byDocument = (e: AnalysisResult['results'][number]) => e.status === 'met' && !e.paper && e.best_form !== null && e.best_form !== 'data';
        const withPaper = new Set(r.results.filter((e) => e.status === 'met' && e.paper).map((e) => e.code));
        const document = new Set(r.results.filter(byDocument).map((e) => e.code).filter((c) => !blocked.has(c) && !unknown.has(c) && !withPaper.has(c)));
        expect(figures[`${scope}.document`]).toBe(document.size);
        expect(figures[`${scope}.documentEvaluations`]).toBe(r.results.filter(byDocument).length);
      }
    });

    it('finds procedures ignoring Vietnamese diacritics, đ and d alike', async () => {
      const search = async (q: string) => {
        await page.fill('#search', q);
        return page.$$eval('#procedures tbody tr', (rows) => rows.filter((r) => !(r as unknown as { hidden: boolean }).hidden).map((r) => r.getAttribute('data-code')));
      };
      expect(await search('dang ky khai sinh')).toEqual(['1.001193']);
      expect(await search('ĐĂNG KÝ KHAI SINH')).toEqual(['1.001193']);
      expect(await search('đang ky')).toEqual(['1.001193', '2.000001']);
      expect(await search('thi hanh an')).toEqual(['1.003091', '2.000001']);
      expect(await search('1.0030')).toEqual(['1.003091']);
      expect(await search('birth')).toEqual(['1.001193']);
      expect(await page.isHidden('#search-empty')).toBe(true);
      expect(await search('khong co thu tuc nay')).toEqual([]);
      expect(await page.isVisible('#search-empty')).toBe(true);
      expect(await page.textContent('#search-count')).toBe('Đang hiển thị 0 trên 6 thủ tục');
      expect((await search('')).length).toBe(6);
    });

    it('prints to a readable PDF of several pages', async () => {
      await page.fill('#search', '');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
      const file = join(dir, 'report.pdf');
      writeFileSync(file, pdf);
      if (existsSync('/usr/bin/pdftotext')) {
        const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        expect(text).toContain('Báo cáo thủ tục hành chính');
        expect(text).toContain('Thủ tục bị chặn và lý do');
        expect(text).toContain('Yêu cầu thi hành án dân sự');
        // The search box is for the screen only.
        expect(text).not.toContain('dang ky khai sinh');
      }
    });
  });

  it('runs nothing from hostile catalog strings', async () => {
    const html = renderHtmlReport(gatherHtmlReportInput(await loadFixture('hostile-names.yaml'), { province: 'HN' }));
    const { page, watch } = await openWatched(browser, write('hostile.html', html));
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
    expect(await page.$$eval('img', (s) => s.length)).toBe(0);
    const data = await page.$eval('#report-data', (s) => JSON.parse(s.textContent ?? '') as { catalog: string });
    expect(data.catalog).toBe("Danh mục <script>alert('catalog')</script>");
    expect(await page.textContent('h1')).toContain("<script>alert('catalog')</script>");
    await page.close();
  });

  it('lists every procedure a document is obtained through behind the sentence that names three, and prints them all', async () => {
    const html = renderHtmlReport(gatherHtmlReportInput(loadReportFixture('many-issuers'), { plan: false, timeline: false }), { lang: 'en' });
    const { page, watch } = await openWatched(browser, write('many-issuers.html', html));
    const details = page.locator('#blocked-can-nam details.via');
    const fourth = details.locator('.code', { hasText: 'cap-a' });
    expect(await page.locator('#blocked-can-nam').textContent()).toContain('cap-d Cấp D and 2 others, all of which are blocked');
    expect(await fourth.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await fourth.isVisible()).toBe(true);
    await details.locator('summary').click();
    await page.emulateMedia({ media: 'print' });
    expect(await fourth.isVisible()).toBe(true);
    expect(await details.locator('summary').isVisible()).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('heads one explanation per reason with the procedures a document is obtained through, folds all but three, and prints them all', async () => {
    const html = renderHtmlReport(gatherHtmlReportInput(loadReportFixture('issuer-explanations'), { plan: false, timeline: false }), { lang: 'en' });
    const { page, watch } = await openWatched(browser, write('issuer-explanations.html', html));
    const article = page.locator('#blocked-can-12');
    const heads = article.locator('li.issuer > p.issuer-head');
    const folded = article.locator('details.issuers');
    // The six procedures of the first block, listed below its heading.
    const list = article.locator('li.issuer > details.via');
    const sixth = list.locator('.code', { hasText: 'cap-09' });
    expect(await heads.allTextContents()).toEqual([
      'cap-01 Issue paper 1, cap-02 Issue paper 2, cap-04 Issue paper 4 and 3 others are blocked because:',
      'cap-03 Issue paper 3, cap-08 Issue paper 8 are blocked because:',
      'cap-06 Issue paper 6 is blocked because:',
      'cap-10 Issue paper 10, cap-11 Issue paper 11, cap-12 Issue paper 12 are blocked because:',
    ]);
    const visible = async () => (await Promise.all((await heads.all()).map((h) => h.isVisible()))).filter(Boolean).length;
    expect(await visible()).toBe(3);
    expect(await folded.locator('summary').innerText()).toBe('Why the other 3 procedures are blocked');
    await folded.locator('summary').click();
    expect(await visible()).toBe(4);
    expect(await list.locator('summary').innerText()).toBe('All 6 procedures');
    expect(await sixth.isVisible()).toBe(false);
    await list.locator('summary').click();
    expect(await sixth.isVisible()).toBe(true);
    // A heading leads to the procedure's own entry.
    await heads.first().locator('a').first().click();
    expect(new URL(page.url()).hash).toBe('#blocked-cap-01');
    expect(await page.locator('#blocked-cap-01 h3').isVisible()).toBe(true);
    await folded.locator('summary').click();
    await list.locator('summary').click();
    expect([await visible(), await sixth.isVisible()]).toEqual([3, false]);
    await page.emulateMedia({ media: 'print' });
    expect([await visible(), await sixth.isVisible()]).toEqual([4, true]);
    expect(await folded.locator('summary').isVisible()).toBe(false);
    expect(await list.locator('summary').isVisible()).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('keeps each date on one line, however narrow its column', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const html = renderHtmlReport(gatherHtmlReportInput(loadReportFixture('many-issuers'), { plan: false, timeline: false }), { lang });
      const { page } = await openWatched(browser, write(`narrow-${lang}.html`, html));
      // The lines each date of the article takes, its column narrower than a date.
      const lines = await page.evaluate(() => {
        interface Rect {
          top: number;
        }
        interface TextNode {
          textContent: string;
        }
        interface Dom {
          querySelector(s: string): { style: { width: string } };
          createTreeWalker(root: unknown, what: number): { nextNode(): TextNode | null };
          createRange(): { setStart(n: TextNode, i: number): void; setEnd(n: TextNode, i: number): void; getClientRects(): ArrayLike<Rect> };
        }
        const dom = (globalThis as unknown as { document: Dom }).document;
        const article = dom.querySelector('#blocked-can-nam');
        article.style.width = '40px';
        const found: [string, number][] = [];
        const walker = dom.createTreeWalker(article, 4 /* NodeFilter.SHOW_TEXT */);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent.matchAll(/\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}/g)) {
            const range = dom.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            found.push([m[0], new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size]);
          }
        }
        return found;
      });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
      await page.close();
    }
  });

  it('shows a lapsed change below the candidates it did not keep, linked to its source, on screen and in print', async () => {
    const io = memoryIo({ cwd: dir });
    const catalog = 'test/fixtures/analysis/lapsed-amendment/catalog.yaml';
    expect(await run(['report', join(process.cwd(), catalog), '--lang', 'en', '-o', 'lapsed.html'], io)).toBe(0);
    const { page, watch } = await openWatched(browser, pathToFileURL(join(dir, 'lapsed.html')).href);
    const items = page.locator('#blocked-p-art1 ul.chain > li > ul > li');
    expect(await items.allInnerTexts()).toEqual([
      'Household registration book is no longer accepted from 2023-01-01 (valid until 2022-12-31)',
      'Article 5(1) of Official Dispatch 5/2023/CĐ-TTg accepted National Population Database, Citizen identity card from 2023-01-01, but lapsed after 2025-01-09',
    ]);
    const lapsed = items.nth(1);
    expect(await lapsed.isVisible()).toBe(true);
    expect(await lapsed.locator('a').getAttribute('href')).toBe('https://example.org/cd-5-2023');
    // Set out as a sibling of the candidates: the same indent, one below the other.
    const [first, second] = [await items.nth(0).boundingBox(), await lapsed.boundingBox()];
    expect(second!.x).toBe(first!.x);
    expect(second!.y).toBeGreaterThan(first!.y);
    expect(await page.locator('#blocked-p-art2').innerText()).toContain(
      'Article 5(2) of Official Dispatch 5/2023/CĐ-TTg dropped the requirement from 2023-01-01, but lapsed after 2025-01-09',
    );
    await page.emulateMedia({ media: 'print' });
    expect(await lapsed.isVisible()).toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  describe('a report of the bundled catalog for Gia Lai', () => {
    let page: Page;
    let watch: PageWatch;
    beforeAll(async () => {
      const io = memoryIo({ cwd: dir });
      const code = await run(['report', join(process.cwd(), 'catalog'), '--province', 'GL', '--lang', 'en', '-o', 'national.html'], io);
      if (code !== 0) throw new Error(`tthc report failed: ${io.err()}`);
      ({ page, watch } = await openWatched(browser, pathToFileURL(join(dir, 'national.html')).href));
    });
    afterAll(async () => {
      expect(watch.errors).toEqual([]);
      await page?.close();
    });

    it("draws the province's row label in bold and, in a chart of many rows, its values small, as the chart's SVG asks", async () => {
      interface Styled {
        textContent: string;
        getAttribute(name: string): string | null;
      }
      const styles = (selector: string) =>
        page.$$eval(selector, (els) =>
          els.map((e) => {
            const s = (globalThis as unknown as { getComputedStyle(e: unknown): { fontWeight: string; fontSize: string } }).getComputedStyle(e);
            const el = e as unknown as Styled;
            return { text: el.textContent, weight: s.fontWeight, size: s.fontSize, asked: { weight: el.getAttribute('font-weight'), size: el.getAttribute('font-size') } };
          }),
        );
      // 63 provinces and the central level: the compact chart, Gia Lai in bold.
      const rows = await styles('#chart-province text.row-label');
      expect(rows).toHaveLength(64);
      expect(rows.filter((r) => Number(r.weight) >= 700).map((r) => r.text)).toEqual(['Gia Lai']);
      expect(rows.find((r) => r.text === 'Gia Lai')?.asked.weight).toBe('bold');
      const small = await styles('#chart-province text.value');
      expect(small).toHaveLength(64 * 4);
      expect(new Set(small.map((v) => v.size))).toEqual(new Set(['9px']));
      // Fewer rows: the values at the chart's own size.
      const ministries = await styles('#chart-ministry text.value');
      expect(ministries.length).toBeGreaterThan(0);
      expect(ministries.length).toBeLessThanOrEqual(20 * 4);
      expect(new Set(ministries.map((v) => v.size))).toEqual(new Set(['12px']));
    });

    it('breaks a legal source only in its link: every word of its number and title stays on one line, and the link stays within the page', async () => {
      const found = await page.evaluate(() => {
        interface Rect {
          top: number;
          right: number;
        }
        interface Node {
          nodeType: number;
          nodeName: string;
          textContent: string;
        }
        interface Item {
          childNodes: ArrayLike<Node & { childNodes: ArrayLike<Node> }>;
          getBoundingClientRect(): Rect;
          querySelector(s: string): { getBoundingClientRect(): Rect } | null;
        }
        interface Dom {
          querySelectorAll(s: string): ArrayLike<Item>;
          createRange(): { setStart(n: Node, i: number): void; setEnd(n: Node, i: number): void; getClientRects(): ArrayLike<Rect> };
        }
        const dom = (globalThis as unknown as { document: Dom }).document;
        const broken: string[] = [];
        let words = 0;
        let links = 0;
        for (const li of Array.from(dom.querySelectorAll('ol.sources li'))) {
          // The text before the link: the number (in <b>) and the title.
          const texts = Array.from(li.childNodes).flatMap((n) => (n.nodeType === 3 ? [n] : n.nodeName === 'B' ? Array.from(n.childNodes) : []));
          for (const node of texts) {
            for (const m of node.textContent.matchAll(/\S+/g)) {
              const range = dom.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              words++;
              if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size !== 1) broken.push(m[0]);
            }
          }
          const link = li.querySelector('a');
          if (link) {
            links++;
            if (link.getBoundingClientRect().right > li.getBoundingClientRect().right + 1) broken.push('a link past its item');
          }
        }
        return { broken, words, links };
      });
      expect(found.words).toBeGreaterThan(100);
      expect(found.links).toBeGreaterThan(10);
      expect(found.broken).toEqual([]);
    });
  });

  /**
   * The report of the bundled catalog without Decree 104 (so that it has its rank and plan
   * tables too), written to `name` with the options `more`, open on a 360 px phone screen.
   */
  async function phonePage(name: string, ...more: string[]) {
    const io = memoryIo({ cwd: dir });
    const code = await run(['report', join(process.cwd(), 'catalog'), '--without', 'nd-104-2022', ...more, '-o', name], io);
    if (code !== 0) throw new Error(`tthc report failed: ${io.err()}`);
    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, isMobile: true });
    await page.goto(pathToFileURL(join(dir, name)).href);
    return page;
  }

  describe('a report on a phone', () => {
    it('fits the screen: nothing but a wide table scrolls sideways, each procedure of the list on the screen with its state, in both languages', async () => {
      for (const lang of ['vi', 'en'] as const) {
        const page = await phonePage(`phone-${lang}.html`, '--province', 'GL', '--lang', lang);
        const found = await page.evaluate(() => {
          interface El {
            tagName: string;
            textContent: string;
            closest(s: string): El | null;
            getBoundingClientRect(): { left: number; right: number };
            scrollWidth: number;
            clientWidth: number;
          }
          interface Dom {
            documentElement: El;
            querySelectorAll(s: string): ArrayLike<El>;
          }
          const dom = (globalThis as unknown as { document: Dom }).document;
          const width = dom.documentElement.clientWidth;
          // What reaches past the screen, other than inside a table that scrolls on its own.
          const outside = Array.from(dom.querySelectorAll('body *'))
            .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('table:not(#procedures)'))
            .map((e) => `${e.tagName} ${e.textContent.slice(0, 40)}`);
          const states = Array.from(dom.querySelectorAll('#procedures .state')).map((s) => s.getBoundingClientRect());
          return { page: dom.documentElement.scrollWidth - width, outside, states: states.length, statesOff: states.filter((r) => r.left < 0 || r.right > width).length };
        });
        expect(found.page, lang).toBe(0);
        expect(found.outside, lang).toEqual([]);
        expect(found.states, lang).toBeGreaterThanOrEqual(48);
        expect(found.statesOff, lang).toBe(0);
        await page.close();
      }
    });
  });

  describe('legal numbers and codes on a phone', () => {
    it('are never broken across lines (123/2015/NĐ-CP at its hyphen, qd06-15), in both languages', async () => {
      for (const lang of ['vi', 'en'] as const) {
        const page = await phonePage(`numbers-${lang}.html`, '--lang', lang);
        const found = await page.evaluate(() => {
          interface Rect {
            top: number;
            width: number;
          }
          interface Range {
            setStart(n: unknown, o: number): void;
            setEnd(n: unknown, o: number): void;
            getClientRects(): ArrayLike<Rect>;
          }
          interface Dom {
            body: unknown;
            createTreeWalker(root: unknown, what: number): { nextNode(): { data: string } | null };
            createRange(): Range;
          }
          const dom = (globalThis as unknown as { document: Dom }).document;
          // Each legal number (123/2015/NĐ-CP) and code with a hyphen (qd06-15) of the page's text, by the lines it takes.
          const token = /\d+\/\d{4}\/[\p{L}\p{N}]+-[\p{L}\p{N}]+|\b[a-z]{1,4}\d+-\d+\b/gu;
          const walker = dom.createTreeWalker(dom.body, 4);
          const broken: string[] = [];
          let shown = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.data.matchAll(token)) {
              const range = dom.createRange();
              range.setStart(node, m.index!);
              range.setEnd(node, m.index! + m[0].length);
              const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
              if (rects.length === 0) continue;
              shown++;
              if (new Set(rects.map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
            }
          }
          return { shown, broken };
        });
        expect(found.shown, lang).toBeGreaterThan(100);
        expect(found.broken, lang).toEqual([]);
        await page.close();
      }
    });
  });

  it('parses the graph SVG drawings as XML', async () => {
    const page = await browser.newPage();
    for (const name of ['so-ho-khau.vi.svg', 'procedure-2.000001.en.svg']) {
      const svg = readFileSync(new URL(`../report/graph-golden/${name}`, import.meta.url), 'utf8');
      const result = await page.evaluate((text) => {
        // The browser's own XML parser (this project type-checks without the DOM library).
        const Parser = (globalThis as unknown as { DOMParser: new () => { parseFromString(t: string, type: string): XmlDocument } }).DOMParser;
        const doc = new Parser().parseFromString(text, 'image/svg+xml');
        return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.nodeName, nodes: doc.querySelectorAll('g.node').length };
      }, svg);
      expect(result.error).toBe(0);
      expect(result.root).toBe('svg');
      expect(result.nodes).toBeGreaterThan(1);
    }
    await page.close();
  });
});
