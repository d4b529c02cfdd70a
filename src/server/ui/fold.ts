/**
 * @module server/ui/fold
 * Long lists read as their first few items with the rest folded under a `<details>` that says how many
 * there are: a page stays scannable, and every item stays on it (links into a folded item open it).
 */
import { count } from './format.js';
import { type Html, html } from './html.js';

/**
 * The first `shown` items, then the others folded.
 * @param wrap puts a run of items in their container (`<ol>`, `<div>`), given the run's first index
 */
export function foldAfter(
  items: readonly Html[],
  shown: number,
  noun: [string, string],
  wrap: (run: readonly Html[], start: number) => Html,
): Html {
  if (items.length <= shown + 1) return wrap(items, 0);
  const rest = items.slice(shown);
  return html`${wrap(items.slice(0, shown), 0)}<details class="more"><summary>${count(rest.length, `more ${noun[0]}`, `more ${noun[1]}`)}</summary>${wrap(rest, shown)}</details>`;
}
