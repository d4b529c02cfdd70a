/**
 * @module server/ui/once
 * A story page shows each source sentence once. The first section to show a sentence claims it under
 * the id of the element that shows it; later sections link to that element instead of repeating it.
 */

/** Two renderings of a sentence are the same sentence when they differ only in case, spaces and quotes. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class Once {
  readonly #anchors = new Map<string, string>();

  /** Records that `text` is shown at `#anchor`; returns null then, or the anchor it was shown at before. */
  claim(text: string, anchor: string): string | null {
    const k = key(text);
    if (k === '') return null;
    const earlier = this.#anchors.get(k);
    if (earlier !== undefined) return earlier;
    this.#anchors.set(k, anchor);
    return null;
  }

  /** Where `text` was shown, if it was. */
  find(text: string): string | null {
    return this.#anchors.get(key(text)) ?? null;
  }
}
