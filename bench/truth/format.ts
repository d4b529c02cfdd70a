/**
 * @module bench/truth/format
 * The truth files' two shapes. Authors write references to sentences of the frozen splitter
 * (`a3.s12`, `a3.s12-s14`, `a3.s12:exact words`, optionally `@AP` for a statement the sentence
 * attributes to another outlet or agency); `compile` turns them into character offsets into the
 * record's `text` with a fingerprint of each span, which is what the repository keeps (no publisher
 * text). `render` turns a compiled file back into references with the text, for review.
 */

/** A span of one article's record text, as the repository keeps it. */
export interface TruthSpan {
  /** Article alias within the event (`a3`). */
  readonly a: string;
  readonly start: number;
  readonly end: number;
  /** `fingerprint()` of the span's text: a check that the offsets still point at what was annotated. */
  readonly fp: string;
  /** The outlet or agency the sentence attributes the statement to (`AP` in "…, AP reported"). */
  readonly via?: string;
}

export type TruthKind = 'number' | 'date' | 'place' | 'person' | 'polarity';
export type EntityKind = 'person' | 'organization' | 'place' | 'other';
export type DefectKind =
  | 'caption'
  | 'subhead'
  | 'question'
  | 'bare-quote'
  | 'dangling'
  | 'furniture'
  | 'promo';

/** Fields common to both shapes; `S` is a span (compiled) or a reference string (authored). */
export interface TruthBody<S> {
  /** Distinct happenings among the event's articles (default: all articles, one happening). */
  readonly stories?: readonly { readonly about: string; readonly articles: readonly string[] }[];
  /** Articles not about the event at all (a gallery, another story, a site's front page). */
  readonly offTopic?: readonly string[];
  /** Articles that are copies of one text (a wire story and its republications, or one outlet's rewrites). */
  readonly copies?: readonly {
    readonly articles: readonly string[];
    readonly wire: string | null;
    readonly why: string;
  }[];
  /** Claims stated by two or more articles, each with every sentence that states it. */
  readonly claims?: readonly {
    readonly id: string;
    /** The claim in our own words. */
    readonly about: string;
    /** Optional slots: who/what it is about, the quantity and its subject, the referred day. */
    readonly slots?: Readonly<Record<string, string | number | boolean>>;
    readonly in: readonly S[];
  }[];
  /** Real disagreements between outlets: same subject, same predicate, same referred time, incompatible values. */
  readonly disagreements?: readonly {
    readonly kind: TruthKind;
    readonly about: string;
    readonly sides: readonly { readonly value: string; readonly in: readonly S[] }[];
    readonly why?: string;
  }[];
  /** Pairs that look like disagreements and are not (different subjects, times, or compatible values). */
  readonly lookalikes?: readonly {
    readonly kind: TruthKind;
    readonly in: readonly S[];
    readonly why: string;
  }[];
  /** Every quotation (quotation marks of any style) with its speaker; null when the text does not name one. */
  readonly quotes?: readonly {
    readonly in: S;
    readonly speaker: string | null;
    readonly kind: 'direct' | 'partial';
  }[];
  /** Named people, organisations and places of the articles' bodies: the whole name, its type, its other forms. */
  readonly entities?: readonly {
    readonly name: string;
    readonly type: EntityKind;
    readonly forms?: readonly string[];
  }[];
  /** Page furniture left in the record text (menus, sign-up boxes, galleries, credits): never names, never summary. */
  readonly furniture?: readonly S[];
  /** Sentences that cannot stand as a summary bullet, and why. */
  readonly defects?: readonly { readonly in: S; readonly kind: DefectKind }[];
  /** The 3–5 facts a reader must get from the event, as claim ids or references. */
  readonly mustKnow?: readonly {
    readonly about: string;
    readonly claims?: readonly string[];
    readonly in?: readonly S[];
  }[];
  /** Free notes for the next annotator. */
  readonly notes?: string;
}

export interface AuthoredTruth extends TruthBody<string> {
  readonly event: number;
}

export interface CompiledTruth extends TruthBody<TruthSpan> {
  readonly event: number;
  readonly name: string;
  readonly split: 'dev' | 'test';
  /** Alias -> the dataset's article id. */
  readonly articles: Readonly<Record<string, string>>;
}
