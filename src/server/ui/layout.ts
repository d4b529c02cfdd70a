/**
 * @module server/ui/layout
 * The page every UI route answers with: a skip link, the site bar with search, the main column and
 * a footer. CSS and JavaScript come from hashed files (see assets), never inline, so the pages run
 * under a Content-Security-Policy without 'unsafe-inline'.
 */
import { assets } from './assets.js';
import { type Html, html } from './html.js';

export interface LayoutOptions {
  /** The document title, without the site name. */
  readonly title: string;
  /** The search box's current words. */
  readonly q?: string;
  /** A one-line description for link previews. */
  readonly description?: string;
  /** Links to the previous and next pages of a list. */
  readonly prev?: string | null;
  readonly next?: string | null;
}

/** Most characters kept in a `<title>`. */
const MAX_TITLE = 120;

export function layout(options: LayoutOptions, body: Html): string {
  const { css, js, icon } = assets();
  const title =
    options.title.length > MAX_TITLE ? `${options.title.slice(0, MAX_TITLE - 1)}…` : options.title;
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Corroborate</title>${
    options.description ? html`<meta name="description" content="${options.description}">` : ''
  }<meta name="color-scheme" content="light dark"><link rel="icon" href="${icon.path}" type="image/svg+xml"><link rel="stylesheet" href="${css.path}">${
    options.prev ? html`<link rel="prev" href="${options.prev}">` : ''
  }${options.next ? html`<link rel="next" href="${options.next}">` : ''}<script src="${js.path}" defer></script></head><body><a class="skip" href="#main">Skip to content</a><header class="site"><div class="wrap"><a class="brand" href="/">Corroborate</a><form class="search" role="search" action="/search" method="get"><label class="sr" for="q">Search stories</label><input id="q" name="q" type="search" maxlength="500" placeholder="Search stories" value="${
    options.q ?? ''
  }"><button type="submit">Search</button></form></div></header><main id="main" class="wrap" tabindex="-1">${body}</main><footer class="wrap">Corroborate puts many outlets' reports of one story side by side: every statement is cited to the articles that make it. <a href="/api/openapi.json">API</a></footer></body></html>`}\n`;
}
