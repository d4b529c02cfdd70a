/**
 * @module cluster/cluster-input
 * What clustering reads of a document (an `Article` satisfies it) and what it answers per document.
 */

/** A document to cluster. */
export interface ClusterInput {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** ISO date or datetime. */
  readonly published: string | null;
  /** Wire agencies the document credits. */
  readonly credits?: readonly string[];
  /** BCP 47 primary language subtag, where known. */
  readonly language?: string | null;
}

/** Where one added document went: its story and origin, or why it was skipped. */
export type ClusterAssignment =
  | {
      readonly ok: true;
      readonly story: string;
      readonly origin: string;
      /** The earlier document it is a copy of, if any. */
      readonly duplicateOf: string | null;
    }
  | { readonly ok: false; readonly id: string; readonly reason: string };

/** A document clustering skipped, and why. */
export interface Skipped {
  readonly id: string;
  readonly reason: string;
}
