/**
 * @module synthesize/life-events
 * What happens to someone once: they are born, drafted, they die. Two outlets giving different years
 * for one person's once-only event disagree, however differently their sentences are worded (`the No.
 * 1 overall pick by Cincinnati in 2002` against `was drafted first overall in 2003 by the Cincinnati
 * Bengals`). A statement speaks of such an event when it names exactly one person and a year stands
 * right after the event's word, in its clause; statements are read once and grouped by person and
 * event, so the comparison stays linear in the story.
 */
import { addTo } from '../multimap.js';
import type { Contradiction } from '../types.js';
import { entityById, mentionsWithin } from './by-sentence.js';
import { citationOf, type StoryContext } from './story-context.js';

/** The events a person has once, by the words that tell them, each with its name. */
const ONCE_EVENTS: readonly (readonly [string, RegExp])[] = [
  ['born', /\bborn\b/g],
  ['drafted', /\b(?:drafted|(?:overall|first-round|draft) pick)\b/g],
  ['died', /\b(?:died|passed away)\b/g],
];

/**
 * A year right after the event's word, in its clause: up to `YEAR_REACH` characters with no clause
 * break (a comma, a semicolon, `and`, `but`, `while`, `where`, `when`, `after`, `before`) between.
 */
const YEAR_REACH = 40;
const YEAR_AFTER_RE = /^[^,;:.!?]*?\b((?:1[89]|20)\d{2})\b/;
const CLAUSE_BREAK_RE = /\b(?:and|but|while|where|when|after|before|until|since|who|which)\b/;

interface LifeEvent {
  readonly statement: number;
  readonly key: string;
  readonly year: string;
}

/** The once-only event a statement tells of one person, with its year, or null. */
function lifeEventOf(context: StoryContext, statement: number): LifeEvent | null {
  const { source, sentence } = context.statements[statement]!;
  const doc = context.documents[source]!;
  const people = new Set<string>();
  const byId = entityById(doc.analysis);
  for (const m of mentionsWithin(doc.analysis, sentence))
    if (byId.get(m.entity)?.type === 'person') people.add(context.storyEntity(source, m.entity));
  if (people.size !== 1) return null;
  const person = [...people][0]!;
  const found: LifeEvent[] = [];
  for (const [event, re] of ONCE_EVENTS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + YEAR_REACH);
      const year = YEAR_AFTER_RE.exec(after);
      if (!year || CLAUSE_BREAK_RE.test(after.slice(0, year.index + year[0].length - 4))) continue;
      found.push({ statement, key: `${person}|${event}`, year: year[1]! });
    }
  }
  // (Two such events, or one told twice with two years, are no single claim to compare.)
  return found.length === 1 ? found[0]! : null;
}

const EVENT_WORDS: Readonly<Record<string, string>> = {
  born: 'was born',
  drafted: 'was drafted',
  died: 'died',
};

/** The name of the person a statement's story entity is, as its article writes it in full. */
function nameOf(context: StoryContext, statement: number, person: string): string {
  const { source } = context.statements[statement]!;
  const entity = context.documents[source]!.analysis.entities.find(
    (e) => e.type === 'person' && context.storyEntity(source, e.id) === person,
  );
  return entity?.name ?? 'the same person';
}

/** Persons' once-only events given different years by different origins. */
export function findLifeEventConflicts(context: StoryContext): Contradiction[] {
  // The mentions of a sentence are read only for sentences that name such an event at all.
  const any = new RegExp(ONCE_EVENTS.map(([, re]) => re.source).join('|'));
  const byKey = new Map<string, LifeEvent[]>();
  context.statements.forEach((s, i) => {
    if (!any.test(s.sentence.text)) return;
    const event = lifeEventOf(context, i);
    if (event) addTo(byKey, event.key, event);
  });
  const conflicts: Contradiction[] = [];
  for (const [key, events] of byKey) {
    const years = [...new Set(events.map((e) => e.year))].sort();
    if (years.length !== 2) continue;
    const origins = (year: string) =>
      new Set(events.filter((e) => e.year === year).map((e) => context.statements[e.statement]!.origin));
    const [a, b] = [origins(years[0]!), origins(years[1]!)];
    // Each year from an origin that does not also give the other.
    if ([...a].every((o) => b.has(o)) || [...b].every((o) => a.has(o))) continue;
    const [person, event] = key.split('|') as [string, string];
    const name = nameOf(context, events[0]!.statement, person);
    conflicts.push({
      kind: 'date',
      summary: `Outlets give different years for when ${name} ${EVENT_WORDS[event]}: ${years.join(' vs ')}.`,
      sides: events.map((e) => citationOf(context, e.statement)),
    });
  }
  return conflicts;
}
