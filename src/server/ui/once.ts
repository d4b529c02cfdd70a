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
  /** Keys made so far: a sentence is often looked up more than once. */
  readonly #keys = new Map<string, string>();

  #key(text: string): string {
    let k = this.#keys.get(text);
    if (k === undefined) {
      k = key(text);
      this.#keys.set(text, k);
    }
    return k;
  }

  /** Records that `text` is shown at `#anchor`; returns null then, or the anchor it was shown at before. */
  claim(text: string, anchor: string): string | null {
    const k = this.#key(text);
    if (k === '') return null;
    const earlier = this.#anchors.get(k);
    if (earlier !== undefined) return earlier;
    this.#anchors.set(k, anchor);
    return null;
  }

  /** Where `text` was shown, if it was. */
  find(text: string): string | null {
    return this.#anchors.get(this.#key(text)) ?? null;
  }
}
