/**
 * @module types
 * The domain model shared by every stage: plain, read-only, serialisable data.
 * Every annotation keeps the character offsets (`start` inclusive, `end` exclusive, UTF-16 code units)
 * of the text it came from, in its article's cleaned `text`, so a brief can cite the exact span.
 */

/** A character range in an article's cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------------------------------
// Input and extraction
// ---------------------------------------------------------------------------------------------------

/** What shape a raw document arrives in. */
export type DocumentKind = 'text' | 'html' | 'record';

/**
 * A raw document before extraction: one file, one JSONL line, one fetched page.
 * `content` is the undecoded bytes or already-decoded text; `record` is a parsed JSON record.
 */
export interface RawDocument {
  /** Where it came from as the user named it: a path, `path#N` for the Nth JSONL line, `-`, or a URL. */
  readonly input: string;
  /** The document's id: the record's own id or url where it has one, else `input`. */
  readonly id: string;
  readonly kind: DocumentKind;
  readonly content: string | Uint8Array;
  /** The parsed JSON record, for `kind: 'record'`. */
  readonly record?: Readonly<Record<string, unknown>>;
  /** The page's URL where known (helps resolve links and names the outlet). */
  readonly url?: string;
  /** An HTTP Content-Type header, where the document was fetched (carries the charset). */
  readonly contentType?: string;
}

export type BlockKind = 'heading' | 'standfirst' | 'paragraph';

/** One block of an article's body, with its offsets in the article's `text`. */
export interface Block extends Span {
  readonly kind: BlockKind;
  readonly text: string;
}

export interface Caption {
  readonly text: string;
  /** The photo credit, e.g. `REUTERS`, `AP`, `Sputnik/Vyacheslav Prokofyev/Pool via REUTERS`. */
  readonly credit: string | null;
}

export type RemovedReason = 'chrome' | 'promo' | 'caption' | 'off-topic' | 'duplicate';

/** A block the cleaner dropped, kept so a user can audit what was removed and why. */
export interface RemovedBlock {
  readonly text: string;
  readonly reason: RemovedReason;
}

/** An extracted article: its metadata and cleaned body. */
export interface Article {
  readonly input: string;
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  /** ISO date (`2026-02-04`) or datetime (`2026-02-05T20:55:00+08:00`). */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  /** Wire agencies the article credits (`Reuters`, `AFP`, `AP`, `Bloomberg`, ...), canonical names. */
  readonly credits: readonly string[];
  /** The dateline place, e.g. `BEIJING`. */
  readonly dateline: string | null;
  /** BCP 47 primary language subtag (`en`) where known. */
  readonly language: string | null;
  /** The body blocks in order; each block's offsets point into `text`. */
  readonly paragraphs: readonly Block[];
  readonly captions: readonly Caption[];
  readonly removed: readonly RemovedBlock[];
  /** The cleaned text: the blocks joined by a blank line. All annotation offsets point into it. */
  readonly text: string;
}

/** The outcome of extracting one raw document: an article, or a reason it could not be read. */
export type ExtractResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly input: string; readonly id: string; readonly reason: string };

// ---------------------------------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------------------------------

export interface Sentence extends Span {
  /** Position of the sentence in its article (0-based). */
  readonly index: number;
  readonly text: string;
  /** Index of the block it belongs to in `Article.paragraphs`. */
  readonly block: number;
  readonly heading: boolean;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention extends Span {
  readonly text: string;
  /** Id of the entity this mention resolves to. */
  readonly entity: string;
}

/** A person, organisation or place, with all the ways the text names it. */
export interface Entity {
  readonly id: string;
  /** The fullest, canonical name (`Vladimir Putin`). */
  readonly name: string;
  readonly type: EntityType;
  /** Other names used for it (`Putin`, `Mr Putin`, `the Russian leader`). */
  readonly aliases: readonly string[];
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote extends Span {
  /** The quoted words (without quotation marks) or the reported content. */
  readonly text: string;
  readonly kind: QuoteKind;
  /** Entity id of the speaker, where resolved. */
  readonly speaker: string | null;
  /** The speaker as the text names them, where found. */
  readonly speakerText: string | null;
  /**
   * The speaker's gender as the article's words give it (`she said`, `Ms`, `the actress`), where known:
   * lets a story tell `Uma Roe` from `Robert Roe` when an article names only `Roe`.
   */
  readonly speakerGender?: 'm' | 'f';
  /** The speech verb (`said`, `told`, `according to`). */
  readonly verb: string | null;
  /** The chain the words came through, nearest first (`Tass`, `AP`, `CCTV`). */
  readonly via: readonly string[];
  /** Index of the sentence the quote starts in. */
  readonly sentence: number;
}

export type QuantityKind = 'money' | 'percent' | 'duration' | 'count' | 'ordinal' | 'measure';

export interface Quantity extends Span {
  readonly text: string;
  readonly kind: QuantityKind;
  /** The value in normal form (durations in minutes, money in units of `unit`). */
  readonly value: number;
  /** The interval the hedge allows (`nearly 90` -> [80, 90]); equal to `value` when exact. */
  readonly low: number;
  readonly high: number;
  /** Normal unit: `USD`, `%`, `minute`, a counted noun (`troops`), ... */
  readonly unit: string;
  readonly hedge: string | null;
  readonly sentence: number;
  /**
   * What the figure measures, read from its clause: a predicate and what is counted (`dead:people`,
   * `injured:people`), `age`, or a kind, unit and head word (`money:USD:offer`); null when unclear
   * (such a figure is never compared).
   */
  readonly measure: string | null;
  /** Entity id of the person or named thing it belongs to (whose age, whose offer), where the text says. */
  readonly about: string | null;
  /** `total`, or a `part` ("including 10 children"), an `increment` ("2.5 million more"), a `previous` value ("from 4.2%"). */
  readonly role: QuantityRole;
}

export type QuantityRole = 'total' | 'part' | 'increment' | 'previous';

export type DateGranularity = 'day' | 'month' | 'year' | 'range';

export interface DateRef extends Span {
  readonly text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never more precise than the text; null when unresolved. */
  readonly date: string | null;
  /** For a range, its last date at the same granularity. */
  readonly until: string | null;
  readonly granularity: DateGranularity;
  /** False when no anchor was available for a relative expression. */
  readonly resolved: boolean;
  readonly sentence: number;
}

/** Everything analysis finds in one article. */
export interface Analysis {
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateRef[];
}

/** An article with its analysis: what clustering and synthesis consume. */
export interface Document {
  readonly article: Article;
  readonly analysis: Analysis;
}

// ---------------------------------------------------------------------------------------------------
// Stories (clustering)
// ---------------------------------------------------------------------------------------------------

/** A group of documents that are copies of one story (a wire story and its republications). */
export interface Origin {
  readonly id: string;
  readonly members: readonly string[];
  /** The wire agency credited, where one is. */
  readonly credit: string | null;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  /** Document ids. */
  readonly members: readonly string[];
  readonly origins: readonly Origin[];
  /** Earliest and latest publication date of its members (ISO), null when none is known. */
  readonly first: string | null;
  readonly last: string | null;
  /**
   * The storyline the story belongs to: stories of one ongoing affair (a breach and its later
   * disclosures, a country's successive missile tests) share it. The id of its earliest story's line.
   */
  readonly storyline?: string;
}

/** Stories linked into one ongoing affair (see `Story.storyline`). */
export interface Storyline {
  readonly id: string;
  /** The title of its largest story. */
  readonly title: string;
  /** Its stories' ids, earliest first. */
  readonly stories: readonly string[];
  /** Document ids of all its stories. */
  readonly members: readonly string[];
  readonly origins: readonly Origin[];
  readonly first: string | null;
  readonly last: string | null;
}

// ---------------------------------------------------------------------------------------------------
// The brief (synthesis)
// ---------------------------------------------------------------------------------------------------

/** An exact span of one source's cleaned text: `text === source.text.slice(start, end)`. */
export interface Citation extends Span {
  /** The source id (`Brief.sources[].id`). */
  readonly source: string;
  readonly text: string;
}

export interface BriefSource {
  /** Short id used in citations (`s1`, `s2`, ...). */
  readonly id: string;
  /** The document id. */
  readonly document: string;
  readonly input: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly credits: readonly string[];
  /** Id of the independent origin this source belongs to (sources sharing a wire story share it). */
  readonly origin: string;
}

export interface SummarySentence {
  /**
   * A `claim` is one source's own words (the text of its first citation, perhaps without a leading
   * dateline); a `disagreement` says in the brief's words what outlets differ on, cited on every side.
   */
  readonly kind: 'claim' | 'disagreement';
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** One origin's part in how a fact travelled: the origin and its sources that carry the fact, earliest first. */
export interface FactTrail {
  readonly origin: string;
  readonly sources: readonly string[];
}

export interface Fact {
  readonly id: string;
  /** The fact as one of its sources says it (verbatim: the text of its first citation). */
  readonly text: string;
  /** Source ids carrying it. */
  readonly sources: readonly string[];
  /** Origin ids carrying it. */
  readonly origins: readonly string[];
  /** How many independent origins carry it. */
  readonly independent: number;
  readonly citations: readonly Citation[];
  /** The source that carried it first, by publication time (null when no source is dated). */
  readonly first: string | null;
  /** How it travelled: each origin carrying it with its sources, in order of first publication. */
  readonly trail: readonly FactTrail[];
}

/** An independent origin: a newsroom whose own reporting one or more sources carry. */
export interface BriefOrigin {
  /** `wire:AP`, `outlet:nytimes.com`, … (what `BriefSource.origin` and `Fact.origins` hold). */
  readonly id: string;
  /** The name a reader knows: the agency (`AP`) or the outlet. */
  readonly label: string;
  /** Source ids whose text is this origin's, earliest first. */
  readonly sources: readonly string[];
}

export interface AlignedQuote {
  /** The speaker's entity name, or null when unknown. */
  readonly speaker: string | null;
  readonly variants: readonly Citation[];
}

export interface QuantityComparison {
  /** What is counted (`call duration`, `bilateral trade`), as the sources name it. */
  readonly subject: string;
  /** `agree`: all values within each other's hedged intervals; `conflict`: some are not. */
  readonly status: 'agree' | 'conflict';
  readonly values: readonly {
    readonly text: string;
    readonly value: number;
    readonly low: number;
    readonly high: number;
    readonly unit: string;
    readonly citation: Citation;
  }[];
}

export type ContradictionKind = 'number' | 'date' | 'place' | 'person' | 'polarity';

export interface Contradiction {
  readonly kind: ContradictionKind;
  /** One sentence saying what differs. */
  readonly summary: string;
  readonly sides: readonly Citation[];
}

export interface TimelineEntry {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  /** The sentence that dates the event, verbatim. */
  readonly text: string;
  readonly sources: readonly string[];
  readonly citations: readonly Citation[];
}

export interface BriefEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly sources: readonly string[];
}

export interface FramingTerm {
  readonly term: string;
  readonly sources: readonly string[];
}

export interface Framing {
  /** The shared referent (`the war in Ukraine`). */
  readonly concept: string;
  readonly terms: readonly FramingTerm[];
}

/** Facts only one outlet reports, per outlet. */
export interface Exclusive {
  readonly source: string;
  readonly facts: readonly string[];
}

/** One cross-checked account of a story. */
export interface Brief {
  readonly headline: string;
  readonly summary: readonly SummarySentence[];
  readonly sources: readonly BriefSource[];
  /** The independent origins of the sources, earliest first. */
  readonly origins: readonly BriefOrigin[];
  /** Sources that are not about the story (a front page, another story): named, never folded in. */
  readonly offTopic: readonly string[];
  readonly facts: readonly Fact[];
  readonly exclusives: readonly Exclusive[];
  readonly quotes: readonly AlignedQuote[];
  readonly quantities: readonly QuantityComparison[];
  readonly contradictions: readonly Contradiction[];
  readonly timeline: readonly TimelineEntry[];
  readonly entities: readonly BriefEntity[];
  readonly framing: readonly Framing[];
}

/** What an extractor finds in a page: an `Article` without the identity its caller gives it. */
export type ExtractedFields = Omit<Article, 'input' | 'id' | 'url'>;

/** Metadata a caller already knows about a page (a crawler record's fields, a feed item's). */
export interface ExtractHints {
  readonly title?: string | null;
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly byline?: string | null;
  readonly url?: string | null;
  readonly language?: string | null;
  /** What was learnt of the page's site: lines that recur across its pages are chrome. */
  readonly template?: SiteTemplate | null;
}

/**
 * An outlet's template learnt from its pages (`extract/template/site-template.ts`): on how many pages
 * each line (by its comparison key) was seen. A plain value, stored per site.
 */
export interface SiteTemplate {
  /** The site: a host without `www.` (`orsk.example`). */
  readonly site: string;
  /** Pages learnt from. */
  readonly pages: number;
  /** Line key -> the number of pages it was seen on. */
  readonly lines: Readonly<Record<string, number>>;
}
