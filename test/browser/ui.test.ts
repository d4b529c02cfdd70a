/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core, against the server on a
 * loopback port over a database the test builds (test/server/ui-fixture.ts). The list, paging,
 * search, story pages, links out, the keyboard, a 360 px phone, axe-core, Content-Security-Policy
 * violations, console errors and hostile content: any failure fails the test.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/server/app.js';
import { createService } from '../../src/server/service.js';
import { buildUiFixture, FILLER, HOSTILE, type UiFixture } from '../server/ui-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('web UI in Chromium', {
  skip: present ? false : `${CHROMIUM} is not installed (.ci/run installs it)`,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ui-'));
  let fixture: UiFixture;
  let server: ServerType;
  let base = '';
  let browser: Browser;
  /** Everything that must not happen on any page: console errors, page errors, CSP violations. */
  const problems: string[] = [];

  before(async () => {
    fixture = await buildUiFixture(join(dir, 'ui.db'));
    const app = createApp(createService({ store: fixture.store }));
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await fixture?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().includes('/stories/no-such'))
        problems.push(`${path}: ${r.status()} ${r.url()}`);
    });
    const response = await page.goto(`${base}${path}`);
    assert.ok(response, `no response for ${path}`);
    assert.equal(response.status(), 200, `${path} answers 200`);
    assert.equal(
      response.headers()['content-security-policy']?.includes("script-src 'self'"),
      true,
      `${path} is served with a Content-Security-Policy`,
    );
    return page;
  }

  async function axe(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol: an inline <script> would (rightly) break the page's CSP.
    await page.evaluate(AXE);
    const result = (await page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      };
      return w.axe.run();
    })) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
    return result.violations
      .filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact))
      .map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
  }

  async function noHorizontalScroll(path: string): Promise<void> {
    const page = await open(path, { width: 360, height: 740 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(widths.scroll <= widths.client, `${path} is ${widths.scroll} px wide on a 360 px phone`);
    await page.close();
  }

  test('the list: ranked rows, paging by real links, axe clean, fits a phone', async () => {
    const page = await open('/');
    assert.equal(await page.locator('h1').innerText(), 'Stories');
    const rows = page.locator('.story');
    assert.equal(await rows.count(), 20);
    // The first row is the 2,000-article story (most origins, latest news); the hostile row is escaped.
    assert.match(await rows.first().locator('h2').innerText(), /Denmoor/);
    assert.ok((await page.locator('.badge.bad').count()) > 0, 'a disagreement badge is shown');
    assert.ok((await page.locator('.related a').count()) > 0, 'storylines are grouped');
    assert.deepEqual(await axe(page), []);
    await page.locator('a[rel=next]').first().click();
    await page.waitForURL(/page=2/);
    assert.equal(await page.locator('.story').count(), 20);
    await page.locator('a[rel=next]').first().click();
    await page.waitForURL(/page=3/);
    assert.ok((await page.locator('.story').count()) > 0);
    const total = await page.locator('.lede').innerText();
    assert.match(total, /\d+ stories/);
    assert.equal(await page.locator('a[rel=next]').count(), 0, 'the last page has no next link');
    await page.locator('a[rel=prev]').first().click();
    await page.waitForURL(/page=2/);
    await page.close();
    await noHorizontalScroll('/');
    assert.ok(FILLER > 40);
  });

  test('search: typed in the box, ranked with highlighted snippets and a count; friendly empty pages', async () => {
    const page = await open('/');
    await page.locator('#q').fill('tram line');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=tram/);
    assert.match(
      await page.locator('[role=status]').innerText(),
      /^\d+ stor(y matches|ies match) “tram line”/,
    );
    assert.ok((await page.locator('.story mark').count()) > 0, 'matched words are highlighted');
    assert.deepEqual(await axe(page), []);
    await page.close();
    const none = await open('/search?q=zeppelinquux');
    assert.match(await none.locator('h1').innerText(), /No story matches/);
    await none.close();
    const empty = await open('/search?q=');
    assert.match(await empty.locator('h1').innerText(), /Search stories/);
    await empty.close();
    await noHorizontalScroll('/search?q=harbour');
  });

  for (const role of ['example', 'hostile', 'rtl', 'big', 'untitled'] as const) {
    test(`story page (${role}): axe clean, in-page links land, no sentence twice, fits a phone`, async () => {
      const path = `/stories/${encodeURIComponent(fixture.ids[role])}`;
      const page = await open(path);
      assert.ok((await page.locator('h1').innerText()).trim().length > 0, 'a headline');
      assert.deepEqual(await axe(page), [], `axe on ${role}`);
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
          .map((a) => decodeURIComponent(a.getAttribute('href')?.slice(1) ?? ''))
          .filter((id) => id !== '' && document.getElementById(id) === null),
      );
      assert.deepEqual(missing, [], 'every in-page link lands on something present');
      const repeated = await page.evaluate(() => {
        // Source sentences as the page shows them (attribution lines and links to a sentence aside).
        const seen = new Map<string, number>();
        for (const el of document.querySelectorAll('main p, main li, main blockquote')) {
          if (el.querySelector('p, li, blockquote, .ref') || el.closest('.by, .meta')) continue;
          const text = (el.textContent ?? '')
            .toLowerCase()
            .replace(/[“”"‘’'`]/g, '')
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim();
          if (text.length >= 40) seen.set(text, (seen.get(text) ?? 0) + 1);
        }
        return [...seen].filter(([, n]) => n > 1).map(([s]) => s);
      });
      assert.deepEqual(repeated, [], 'no sentence appears twice');
      const outLinks = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      );
      assert.ok(
        outLinks.every((href) => /^(#|\/(?!\/)|https?:\/\/)/.test(href)),
        'links are in-page, on this site, or http(s) out',
      );
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
      await page.close();
      await noHorizontalScroll(path);
    });
  }

  test('the example story: disagreements near the top, citations unfold to links out', async () => {
    const page = await open(`/stories/${encodeURIComponent(fixture.ids.example)}`);
    const glance = await page.locator('.glance').innerText();
    assert.match(glance, /outlets/);
    assert.match(glance, /independent origins/);
    const top = await page.locator('#disagreements').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top < 2 * 900, `"Where outlets disagree" starts ${Math.round(top)} px down`);
    // Facts (in the summary, or listed below it) unfold to their sources; those with a URL link out.
    const all = page.locator('main details');
    let links = 0;
    for (let k = 0; k < (await all.count()) && links === 0; k++) {
      const details = all.nth(k);
      await details.locator('summary').click();
      links = await details.locator('a[target=_blank]').count();
    }
    assert.ok(links > 0, 'a fact unfolds to links to the original articles');
    const href = (await page.locator('main details a[target=_blank]').first().getAttribute('href')) ?? '';
    assert.match(href, /^https?:\/\//);
    assert.ok((await page.locator('#coverage ~ ul a[target=_blank]').count()) >= 1, 'coverage links out');
    await page.close();
  });

  test('keyboard: skip link first, every control reachable, details open with Enter', async () => {
    const page = await open(`/stories/${encodeURIComponent(fixture.ids.example)}`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.tagName ?? ''));
      if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) {
        await page.keyboard.press('Enter');
        assert.equal(
          await page.evaluate(
            () => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open,
          ),
          true,
        );
        break;
      }
    }
    assert.ok(reached.has('A'), 'links take the focus');
    assert.ok(reached.has('SUMMARY'), 'folded citations take the focus');
    // "/" jumps to the search box.
    await page.locator('body').press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
    await page.close();
  });

  test('hostile titles, outlets and URLs: nothing executes, no javascript: link', async () => {
    for (const path of ['/', `/stories/${fixture.ids.hostile}`, '/search?q=fire']) {
      const page = await open(path);
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
      assert.equal(await page.locator('img[onerror], script:not([src])').count(), 0);
      const text = await page.locator('main').innerText();
      if (path !== '/search?q=fire') assert.ok(text.includes(HOSTILE.outlet), 'the outlet is shown as text');
      await page.close();
    }
  });

  test('error pages are HTML and readable', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}/stories/no-such-story`);
    assert.equal(response?.status(), 404);
    assert.match(response?.headers()['content-type'] ?? '', /text\/html/);
    assert.match(await page.locator('h1').innerText(), /Not found/);
    await page.close();
  });

  test('no console error, page error or CSP violation on any page', () => {
    assert.deepEqual(problems, []);
  });
});
