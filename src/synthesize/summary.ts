/**
 * @module synthesize/summary
 * The headline and the short summary: extractive and faithful. The headline is the title of the source
 * that best covers the top facts; each summary sentence is a top fact's own words, with every citation
 * it rests on, skipping facts that repeat one already chosen.
 */
import type { SummarySentence } from '../types.js';
import type { RankedFact } from './facts.js';
import type { StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

/** Why 5: a summary a reader takes in at a glance; the facts list holds the rest. */
const SUMMARY_SENTENCES = 5;
/** A candidate sharing more than this share of its terms with a chosen sentence repeats it. */
const REDUNDANCY = 0.5;

export function writeSummary(context: StoryContext, facts: readonly RankedFact[]): SummarySentence[] {
  const corroborated = facts.filter((f) => f.independent >= 2);
  const pool = corroborated.length >= 2 ? corroborated : facts;
  const chosen: { fact: RankedFact; terms: Set<string> }[] = [];
  for (const fact of pool) {
    if (chosen.length >= SUMMARY_SENTENCES) break;
    const terms = new Set(termsOf(fact.text));
    const repeats = chosen.some((c) => overlap(terms, c.terms) > REDUNDANCY);
    if (!repeats && /[.!?”"’]$/.test(fact.text)) chosen.push({ fact, terms });
  }
  // Read in story order: the order the facts first appear in their sources.
  const firstPosition = (f: RankedFact): number =>
    Math.min(...f.statements.map((i) => context.statements[i]!.sentence.index));
  chosen.sort((a, b) => firstPosition(a.fact) - firstPosition(b.fact));
  return chosen.map(({ fact }) => ({ text: fact.text, citations: fact.citations }));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / a.size;
}

/** The title whose words the top facts share most; the top fact's text where no source has a title. */
export function writeHeadline(context: StoryContext, facts: readonly RankedFact[]): string {
  const top = facts.slice(0, 8);
  const weight = new Map<string, number>();
  top.forEach((f, rank) => {
    for (const t of termsOf(f.text)) weight.set(t, (weight.get(t) ?? 0) + f.independent / (rank + 1));
  });
  let best: string | null = null;
  let bestScore = -1;
  for (const source of context.sources) {
    if (source.title === null) continue;
    const terms = termsOf(source.title);
    const score = terms.reduce((sum, t) => sum + (weight.get(t) ?? 0), 0) / Math.sqrt(terms.length || 1);
    if (score > bestScore) {
      best = source.title;
      bestScore = score;
    }
  }
  return best ?? facts[0]?.text ?? 'Untitled story';
}
