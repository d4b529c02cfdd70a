/**
 * @module server/ui/pager
 * Page links for a list: newer and older pages as real links (they work without JavaScript and can
 * be bookmarked), and where the reader is.
 */
import { type Html, html } from './html.js';

export interface PageLinks {
  readonly prev: string | null;
  readonly next: string | null;
  readonly pages: number;
}

/** The links around page `page` (1-based) of `total` items, `size` a page; `href(n)` makes a page's URL. */
export function pageLinks(page: number, size: number, total: number, href: (n: number) => string): PageLinks {
  const pages = Math.max(1, Math.ceil(total / size));
  return {
    prev: page > 1 ? href(Math.min(page - 1, pages)) : null,
    next: page < pages ? href(page + 1) : null,
    pages,
  };
}

export function pager(page: number, links: PageLinks, labels: { prev: string; next: string }): Html {
  if (links.pages <= 1 && links.prev === null) return html``;
  return html`<nav class="pager" aria-label="Pages">${
    links.prev ? html`<a href="${links.prev}" rel="prev">← ${labels.prev}</a>` : html`<span></span>`
  }<span class="meta">Page ${page} of ${links.pages}</span>${
    links.next ? html`<a href="${links.next}" rel="next">${labels.next} →</a>` : html`<span></span>`
  }</nav>`;
}
