/**
 * @module server/ui/html
 * Safe HTML by construction: the `html` template tag escapes every value it is given unless the value
 * is itself `Html` built by this tag (or `trusted` markup we wrote). Arrays are joined; null, undefined
 * and false render as nothing. Stored text is hostile until escaped: only this module emits markup.
 */
import { escapeHtml } from '../../synthesize/index.js';

/** Markup that is safe to emit as it is. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

/** Most text has nothing to escape: test first, replace only when needed. */
const SPECIAL = /[&<>"']/;

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  const text = String(value);
  return SPECIAL.test(text) ? escapeHtml(text) : text;
}

/** The template tag: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i] as HtmlValue) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Markup written by us as a constant (never data). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins pieces with a separator, all escaped as `html` would. */
export function join(values: readonly HtmlValue[], separator: HtmlValue): Html {
  const out: string[] = [];
  for (const [i, value] of values.entries()) {
    if (i > 0) out.push(render(separator));
    out.push(render(value));
  }
  return new Html(out.join(''));
}
