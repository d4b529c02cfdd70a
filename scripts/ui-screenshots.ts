/**
 * @module scripts/ui-screenshots
 * `npm run screenshots`: the README's pictures of the web UI (docs/ui-*.png), taken in Debian's
 * Chromium from the UI test's invented database (the bundled example and invented filler stories).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { createApp } from '../src/server/app.js';
import { createService } from '../src/server/service.js';
import { buildUiFixture } from '../test/server/ui-fixture.js';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'corroborate-shots-'));
const fixture = await buildUiFixture(join(dir, 'ui.db'));
const server = serve({
  fetch: createApp(createService({ store: fixture.store })).fetch,
  port: 0,
  hostname: '127.0.0.1',
});
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
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
const story = `/stories/${encodeURIComponent(fixture.ids.example)}`;
for (const [name, path, width, height] of [
  ['ui-list.png', '/', 1200, 1000],
  ['ui-story.png', story, 1200, 1400],
  ['ui-story-phone.png', story, 360, 1400],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(`${base}${path}`);
  await page.screenshot({ path: join(DOCS, name) });
  await page.close();
  console.log(`docs/${name}`);
}
await browser.close();
server.close();
await fixture.store.close();
rmSync(dir, { recursive: true, force: true });
