/**
 * @module synthesize/framing
 * How outlets name the same thing differently: a war called a war, an offensive, an invasion or a
 * conflict; a strike called a walkout or industrial action; a port closure called a blockade, a
 * quarantine or a standoff. For each family of such terms the story uses in at least two ways across at
 * least two sources, the terms side by side with the sources that use each, and the place or party the
 * terms attach to most often ("in Ukraine") naming the concept.
 */
import type { Framing, FramingTerm } from '../types.js';
import { analysedText, type StoryContext } from './story-context.js';

/** Families of terms that name one kind of referent with different connotations. */
const FAMILIES: readonly { readonly label: string; readonly terms: readonly string[] }[] = [
  {
    label: 'the war',
    terms: [
      'war',
      'offensive',
      'invasion',
      'conflict',
      'special military operation',
      'military operation',
      'military campaign',
      'aggression',
      'incursion',
      'occupation',
      'hostilities',
      'fighting',
    ],
  },
  {
    label: 'the labour action',
    terms: [
      'strike',
      'walkout',
      'industrial action',
      'stoppage',
      'work stoppage',
      'labour dispute',
      'shutdown',
    ],
  },
  {
    label: 'the closure',
    terms: [
      'blockade',
      'quarantine',
      'standoff',
      'stand-off',
      'siege',
      'embargo',
      'inspection regime',
      'harbour row',
      'harbour dispute',
      'closure',
    ],
  },
  {
    label: 'the disaster',
    terms: ['blaze', 'inferno', 'tragedy', 'disaster', 'catastrophe', 'industrial accident', 'accident'],
  },
  { label: 'the earthquake', terms: ['earthquake', 'quake', 'tremor', 'temblor', 'seismic event'] },
  {
    label: 'the unrest',
    terms: [
      'protest',
      'protests',
      'riot',
      'riots',
      'unrest',
      'demonstration',
      'uprising',
      'disturbances',
      'rebellion',
    ],
  },
  {
    label: 'the relationship',
    terms: ['alliance', 'partnership', 'alignment', 'axis', 'friendship', 'bloc', 'entente'],
  },
  { label: 'the killing', terms: ['killing', 'murder', 'assassination', 'execution', 'massacre'] },
];

/** Uses of a term that name something else: "World War II", "Cold War", "trade war", "war crimes". */
const NOT_THE_REFERENT = /\b(?:World|Cold|civil|trade|price|culture|tariff|information)\s+$/i;
const NOT_AFTER = /^\s+(?:crimes?|criminals?|games|chest|room|footing|of words)\b/i;

const pattern = (term: string): string => term.replace(/[-]/g, '[- ]');
/**
 * One pattern per family, longer terms first, each term its own group: one scan of the text finds
 * every term, the longest at each place ("industrial action", not also "action").
 */
const COMPILED = FAMILIES.map((f) => {
  const terms = [...f.terms].sort((a, b) => b.length - a.length);
  return {
    label: f.label,
    terms,
    re: new RegExp(`\\b(?:${terms.map((t) => `(${pattern(t)})`).join('|')})(?:s|es)?\\b`, 'giu'),
  };
});

/** The capitalised name a term attaches to: "war in Ukraine", "Ukraine offensive", "invasion of Ukraine". */
const AFTER = /^\s+(?:in|on|of|against|over|with)\s+(?:the\s+)?([A-Z][\p{L}-]+)/u;
const BEFORE = /([A-Z][\p{L}-]+)(?:’s|'s)?\s+(?:\d{4}\s+)?$/u;
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'His',
  'Her',
  'Their',
  'February',
  'March',
  'Since',
  'After',
  'Before',
  'During',
]);

export function findFraming(context: StoryContext): Framing[] {
  const framing: Framing[] = [];
  for (const family of COMPILED) {
    const terms = new Map<string, Set<string>>();
    const referents = new Map<string, number>();
    context.documents.forEach((doc, index) => {
      const source = context.sources[index]!.id;
      const text = analysedText(doc);
      for (const m of text.matchAll(family.re)) {
        const start = m.index;
        const end = start + m[0].length;
        const before = text.slice(Math.max(0, start - 40), start);
        const after = text.slice(end, end + 40);
        if (NOT_THE_REFERENT.test(before) || NOT_AFTER.test(after)) continue;
        const term = family.terms[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;
        let sources = terms.get(term);
        if (sources === undefined) terms.set(term, (sources = new Set()));
        sources.add(source);
        const name = AFTER.exec(after)?.[1] ?? BEFORE.exec(before)?.[1];
        if (name !== undefined && !NOT_NAMES.has(name)) referents.set(name, (referents.get(name) ?? 0) + 1);
      }
    });
    const allSources = new Set([...terms.values()].flatMap((s) => [...s]));
    if (terms.size < 2 || allSources.size < 2) continue;
    const list: FramingTerm[] = [...terms]
      .map(([term, sources]) => ({ term, sources: [...sources].sort(bySourceId) }))
      .sort((a, b) => b.sources.length - a.sources.length || a.term.localeCompare(b.term));
    const referent = [...referents].sort((a, b) => b[1] - a[1])[0];
    const concept =
      referent !== undefined && referent[1] >= 2 ? `${family.label} (${referent[0]})` : family.label;
    framing.push({ concept, terms: list });
  }
  return framing.sort((a, b) => b.terms.length - a.terms.length || a.concept.localeCompare(b.concept));
}

function bySourceId(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
