/**
 * @module server/ui/error-page
 * Error pages for the UI's routes: what went wrong in words, and ways on (the list, the search box).
 */
import { type Html, html } from './html.js';
import { layout } from './layout.js';

export function errorPage(title: string, message: Html | string): string {
  return layout(
    { title },
    html`<div class="empty"><h1>${title}</h1><p>${message}</p><p><a href="/">See all stories</a>, or search above.</p></div>`,
  );
}
