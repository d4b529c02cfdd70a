/**
 * @module cluster/text-log
 * Texts kept outside the JavaScript heap: appended as UTF-8 to large buffers and read back by number, and
 * a set of such texts (document ids) looked up by hash. What the in-memory state keeps only for the
 * listing (closed stories, their members, every placed id) grows with the whole archive; kept here it costs
 * the garbage collector nothing, so a collection takes as long at a million documents as at ten thousand.
 */

import { hashString, mix32 } from './hash.js';

/** Bytes per buffer: a text longer than this gets a buffer of its own. */
const CHUNK_BYTES = 8 << 20;

/** A growable array of unsigned 32-bit numbers. */
class Uint32List {
  #items = new Uint32Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#items.length) {
      const bigger = new Uint32Array(this.#items.length * 2);
      bigger.set(this.#items);
      this.#items = bigger;
    }
    this.#items[this.#length++] = value;
  }

  at(index: number): number {
    return this.#items[index]!;
  }
}

/** Texts appended one after another; each is read back by the number `append` gave it. */
export class TextLog {
  readonly #chunks: Buffer[] = [];
  #used = CHUNK_BYTES;
  /** Per text: its chunk, start and end (bytes). */
  readonly #chunkOf = new Uint32List();
  readonly #start = new Uint32List();
  readonly #end = new Uint32List();

  /** How many texts were appended. */
  get length(): number {
    return this.#chunkOf.length;
  }

  append(text: string): number {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.#chunks.length === 0 || this.#used + bytes > this.#chunks[this.#chunks.length - 1]!.length) {
      this.#chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes)));
      this.#used = 0;
    }
    const chunk = this.#chunks.length - 1;
    this.#chunks[chunk]!.write(text, this.#used, 'utf8');
    this.#chunkOf.push(chunk);
    this.#start.push(this.#used);
    this.#used += bytes;
    this.#end.push(this.#used);
    return this.#chunkOf.length - 1;
  }

  get(index: number): string {
    if (index < 0 || index >= this.length)
      throw new RangeError(`no text ${index} in a log of ${this.length}`);
    return this.#chunks[this.#chunkOf.at(index)]!.toString(
      'utf8',
      this.#start.at(index),
      this.#end.at(index),
    );
  }
}

/** A set of strings (document ids), exact, kept in a `TextLog` with an open-addressing table of numbers. */
export class TextSet {
  readonly #log = new TextLog();
  #bits = 12;
  /** Per slot: the text's number + 1 (0 marks an empty slot), and its hash. */
  #slots = new Uint32Array(1 << 12);
  #hashes = new Uint32Array(1 << 12);

  get size(): number {
    return this.#log.length;
  }

  has(text: string): boolean {
    return this.#has(text, hashOf(text));
  }

  #has(text: string, hash: number): boolean {
    const mask = this.#slots.length - 1;
    for (let i = hash >>> (32 - this.#bits); ; i = (i + 1) & mask) {
      const slot = this.#slots[i]!;
      if (slot === 0) return false;
      if (this.#hashes[i] === hash && this.#log.get(slot - 1) === text) return true;
    }
  }

  add(text: string): void {
    const hash = hashOf(text);
    if (this.#has(text, hash)) return;
    if ((this.size + 1) * 2 > this.#slots.length) this.#grow();
    this.#insert(this.#log.append(text) + 1, hash);
  }

  #insert(slot: number, hash: number): void {
    const mask = this.#slots.length - 1;
    let i = hash >>> (32 - this.#bits);
    while (this.#slots[i] !== 0) i = (i + 1) & mask;
    this.#slots[i] = slot;
    this.#hashes[i] = hash;
  }

  #grow(): void {
    const [slots, hashes] = [this.#slots, this.#hashes];
    this.#bits++;
    this.#slots = new Uint32Array(1 << this.#bits);
    this.#hashes = new Uint32Array(1 << this.#bits);
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) this.#insert(slots[i]!, hashes[i]!);
  }
}

/** FNV-1a, mixed so the top bits (the slot) depend on every character. */
const hashOf = (text: string): number => mix32(hashString(text));
