/**
 * @module synthesize/quotes
 * The same utterance across outlets: quotes of one speaker whose words overlap (after folding
 * spellings and paraphrase synonyms, so two translations meet), or that sit in statements aligned as
 * one fact, are one quote with all its variants. Each variant cites the exact quoted span.
 */
import type { AlignedQuote, Citation, Quote } from '../types.js';
import type { StoryEntities } from './entities.js';
import type { StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

interface QuoteItem {
  readonly source: number;
  readonly quote: Quote;
  readonly speaker: number | undefined;
  readonly terms: Set<string>;
  readonly statement: number | undefined;
}

/** Share of the shorter quote's terms the other must carry to be the same words. */
const SAME_WORDS = 0.34;
/** A term shared by more utterances than this is too common to find a quote's utterance by. */
const MAX_GROUPS_PER_TERM = 256;

export function alignQuotes(context: StoryContext, entities: StoryEntities): AlignedQuote[] {
  const items: QuoteItem[] = [];
  context.documents.forEach((doc, source) => {
    for (const quote of doc.analysis.quotes) {
      if (quote.kind === 'reported') continue;
      items.push({
        source,
        quote,
        speaker: quote.speaker === null ? undefined : entities.lookup(source, quote.speaker),
        terms: new Set(termsOf(quote.text)),
        statement: context.statementAt(source, quote.sentence),
      });
    }
  });

  const perStatement = new Map<number | undefined, number>();
  for (const item of items) perStatement.set(item.statement, (perStatement.get(item.statement) ?? 0) + 1);
  /** The only quote in its sentence. */
  const alone = (item: QuoteItem): boolean =>
    item.statement !== undefined && perStatement.get(item.statement) === 1;
  const sameUtterance = (a: QuoteItem, b: QuoteItem): boolean => {
    if (a.source === b.source) return false;
    if (a.speaker !== undefined && b.speaker !== undefined && a.speaker !== b.speaker) return false;
    const inOneFact =
      a.statement !== undefined && b.statement !== undefined && context.sameFact(a.statement, b.statement);
    const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
    if (small.size === 0) return false;
    let shared = 0;
    for (const t of small) if (large.has(t)) shared++;
    const words = shared / small.size;
    const knownSpeaker = a.speaker !== undefined && a.speaker === b.speaker;
    const oneUnknown = a.speaker === undefined || b.speaker === undefined;
    return (
      (words >= SAME_WORDS && (knownSpeaker || words >= 0.6)) ||
      // Two translations share few words; being one fact and one speaker says they are one utterance.
      // With two quotes in one sentence, only the one sharing words is that utterance.
      (inOneFact && (knownSpeaker || oneUnknown) && (shared > 0 || (alone(a) && alone(b))))
    );
  };

  // Only groups sharing a term or a fact with a quote can hold its utterance: they are looked up in
  // two indexes (earliest group first, as a scan would find it) instead of scanning every group, which
  // took time quadratic in the number of quotes. A term in more groups than MAX_GROUPS_PER_TERM says
  // nothing about which utterance a quote is, and is not used to look up.
  const groups: QuoteItem[][] = [];
  const byTerm = new Map<string, Set<number>>();
  const byFact = new Map<number, Set<number>>();
  const factOf = (item: QuoteItem): number | undefined =>
    item.statement === undefined ? undefined : context.groupOf.get(item.statement);
  for (const item of items) {
    const candidates = new Set<number>();
    for (const term of item.terms) {
      const found = byTerm.get(term);
      if (found && found.size <= MAX_GROUPS_PER_TERM) for (const g of found) candidates.add(g);
    }
    const fact = factOf(item);
    if (fact !== undefined) for (const g of byFact.get(fact) ?? []) candidates.add(g);
    let home = -1;
    for (const g of [...candidates].sort((a, b) => a - b)) {
      const group = groups[g]!;
      if (!group.some((o) => o.source === item.source) && group.some((o) => sameUtterance(o, item))) {
        home = g;
        break;
      }
    }
    if (home >= 0) groups[home]!.push(item);
    else home = groups.push([item]) - 1;
    for (const term of item.terms) {
      const found = byTerm.get(term) ?? new Set<number>();
      byTerm.set(term, found);
      if (found.size <= MAX_GROUPS_PER_TERM) found.add(home);
    }
    if (fact !== undefined) {
      const found = byFact.get(fact) ?? new Set<number>();
      byFact.set(fact, found);
      found.add(home);
    }
  }
  return groups
    .map((group) => {
      const speaker = group.find((g) => g.speaker !== undefined)?.speaker;
      const variants: Citation[] = group.map((g) => ({
        source: context.sources[g.source]!.id,
        text: g.quote.text,
        start: g.quote.start,
        end: g.quote.end,
      }));
      return { speaker: speaker === undefined ? null : entities.entities[speaker]!.name, variants };
    })
    .sort((a, b) => b.variants.length - a.variants.length);
}
