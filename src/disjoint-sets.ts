/**
 * @module disjoint-sets
 * A union-find over indexes, shared by every stage that joins items into connected groups (copies of
 * one origin, claims, figures, disputes): finding a root halves the paths it walks, so joining n items
 * costs nearly linear time.
 */

/** A union-find over indexes whose roots are the smallest index of their set. */
export class DisjointSets {
  readonly #parent: number[];

  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.#parent[root]! !== root) root = this.#parent[root]!;
    let node = i;
    while (this.#parent[node]! !== root) {
      const next = this.#parent[node]!;
      this.#parent[node] = root;
      node = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.#parent[rb] = ra;
    else if (rb < ra) this.#parent[ra] = rb;
  }
}
