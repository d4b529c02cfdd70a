/**
 * @module synthesize/framing
 * How outlets name the same thing differently: for each family of loaded terms (war, offensive,
 * invasion, conflict; strike, walkout, industrial action) and the place or party it is attached to
 * ("in Ukraine", "Ukraine offensive"), the terms each source uses, side by side.
 */
import type { Framing, FramingTerm } from '../types.js';
import type { StoryContext } from './story-context.js';

/** Families of terms that name one kind of referent with different connotations; the first is the label. */
const FAMILIES: readonly { readonly label: string; readonly terms: readonly string[] }[] = [
  {
    label: 'war',
    terms: [
      'war',
      'offensive',
      'invasion',
      'conflict',
      'special military operation',
      'military operation',
      'aggression',
      'incursion',
      'occupation',
      'hostilities',
      'fighting',
      'crisis',
    ],
  },
  { label: 'strike', terms: ['strike', 'walkout', 'industrial action', 'stoppage', 'work stoppage'] },
  { label: 'protest', terms: ['protest', 'riot', 'unrest', 'demonstration', 'uprising', 'disturbances'] },
  { label: 'blockade', terms: ['blockade', 'quarantine', 'standoff', 'siege', 'embargo', 'closure'] },
  { label: 'alliance', terms: ['alliance', 'partnership', 'alignment', 'axis', 'friendship', 'bloc'] },
  { label: 'killing', terms: ['killing', 'murder', 'assassination', 'execution', 'death'] },
];

const TERM_FAMILY = new Map<string, string>();
for (const f of FAMILIES) for (const t of f.terms) TERM_FAMILY.set(t, f.label);

const TERMS = [...TERM_FAMILY.keys()].sort((a, b) => b.length - a.length).join('|');
/** "war in Ukraine", "invasion of Ukraine", "Ukraine offensive", "Ukraine war". */
const ATTACHED_AFTER = new RegExp(
  `\\b(${TERMS})s?\\s+(?:in|on|of|against|over|with)\\s+(?:the\\s+)?([A-Z][\\p{L}-]+)`,
  'gu',
);
const ATTACHED_BEFORE = new RegExp(`\\b([A-Z][\\p{L}-]+)\\s+(${TERMS})s?\\b`, 'gu');

/** Capitalised words that start sentences or name no place or party: not a referent. */
const NOT_REFERENTS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'His',
  'Her',
  'Their',
  'Cold',
  'World',
  'Second',
  'First',
]);

export function findFraming(context: StoryContext): Framing[] {
  const byConcept = new Map<string, Map<string, Set<string>>>();
  context.documents.forEach((doc, index) => {
    const source = context.sources[index]!.id;
    const add = (termText: string, referent: string): void => {
      const term = termText.toLowerCase();
      const family = TERM_FAMILY.get(term);
      if (family === undefined || NOT_REFERENTS.has(referent)) return;
      const concept = `the ${family} — ${referent}`;
      let terms = byConcept.get(concept);
      if (terms === undefined) byConcept.set(concept, (terms = new Map()));
      let sources = terms.get(term);
      if (sources === undefined) terms.set(term, (sources = new Set()));
      sources.add(source);
    };
    for (const m of doc.article.text.matchAll(ATTACHED_AFTER)) add(m[1]!, m[2]!);
    for (const m of doc.article.text.matchAll(ATTACHED_BEFORE)) add(m[2]!, m[1]!);
  });
  const framing: Framing[] = [];
  for (const [concept, terms] of byConcept) {
    const allSources = new Set([...terms.values()].flatMap((s) => [...s]));
    if (terms.size < 2 || allSources.size < 2) continue;
    const list: FramingTerm[] = [...terms]
      .map(([term, sources]) => ({ term, sources: [...sources].sort(bySourceId) }))
      .sort((a, b) => b.sources.length - a.sources.length || a.term.localeCompare(b.term));
    framing.push({ concept, terms: list });
  }
  return framing.sort((a, b) => b.terms.length - a.terms.length || a.concept.localeCompare(b.concept));
}

function bySourceId(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
