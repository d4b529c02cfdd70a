/**
 * @module synthesize/timeline
 * The dated events the story mentions, past and planned: every resolved date in a source sentence
 * becomes an entry at the granularity the text gives; entries on one date whose sentences align are one
 * entry with all their sources. Conflicting dates for one aligned statement are contradictions.
 */

import { addTo, groupBy } from '../multimap.js';
import type { Citation, Contradiction, DateRef, TimelineEntry } from '../types.js';
import { trimLead } from './statement-shape.js';
import { citationOf, SIMILAR_STATEMENTS, type StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

interface Dated {
  readonly statement: number;
  readonly date: DateRef;
}

export function buildTimeline(context: StoryContext): {
  timeline: TimelineEntry[];
  conflicts: Contradiction[];
} {
  const { groupOf } = context;

  const dated: Dated[] = [];
  /** A range is dated only as precisely as both its ends agree: "the first half of 2026" is 2026. */
  const dateOf = (d: DateRef): string => {
    if (d.until === null || d.until === d.date) return d.date!;
    const a = d.date!.split('-');
    const b = d.until.split('-');
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    return a.slice(0, Math.max(k, 1)).join('-');
  };
  context.documents.forEach((doc, source) => {
    for (const date of doc.analysis.dates) {
      if (!date.resolved || date.date === null) continue;
      const statement = context.statementAt(source, date.sentence);
      if (statement !== undefined) dated.push({ statement, date });
    }
  });

  // "last year, in May" is one date said twice: within a sentence, a date that another refines (2030
  // against 2030-05) adds nothing to the timeline.
  const datesOf = new Map<number, string[]>();
  for (const d of dated) addTo(datesOf, d.statement, dateOf(d.date));
  const refined = (statement: number, date: string): boolean =>
    (datesOf.get(statement) ?? []).some((other) => other !== date && other.startsWith(`${date}-`));

  // A sentence's first date is its entry's; a later one (`… visited China last month, and the chancellor
  // travels later this month`) is told by its own clause, not the same words again.
  const firstDate = new Map<number, DateRef>();
  /** Each entry's date, its statements, and the date as its first statement writes it. */
  const entries = new Map<string, { date: string; statements: number[]; ref: DateRef }>();
  for (const d of dated) {
    const group = groupOf.get(d.statement);
    const date = dateOf(d.date);
    if (refined(d.statement, date)) continue;
    const first = firstDate.get(d.statement);
    if (first === undefined || d.date.start < first.start) firstDate.set(d.statement, d.date);
    const key = `${date}|${group === undefined ? `s${d.statement}` : `g${group}`}`;
    let entry = entries.get(key);
    if (entry === undefined) entries.set(key, (entry = { date, statements: [], ref: d.date }));
    if (!entry.statements.includes(d.statement)) entry.statements.push(d.statement);
  }
  const timeline: TimelineEntry[] = [...entries.values()]
    .map((e) => {
      const citations: Citation[] = e.statements.map((i) => citationOf(context, i));
      const first = context.statements[e.statements[0]!]!;
      const clause =
        firstDate.get(e.statements[0]!) === e.ref
          ? null
          : clauseOf(first.sentence.text, e.ref.start - first.sentence.start);
      return {
        date: e.date,
        // (A dateline run into the sentence, `BEIJING China’s President …`, is no part of it.)
        text: clause ?? trimLead(citations[0]!.text, context.documents[first.source]!.article.text),
        sources: [...new Set(citations.map((c) => c.source))],
        citations,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || b.sources.length - a.sources.length);

  // A weekday in a report of unknown date ("died early Thursday") resolves to no day, but two outlets
  // naming different weekdays for one happening still disagree.
  const weekdays: Dated[] = [];
  context.documents.forEach((doc, source) => {
    if (doc.article.published) return;
    for (const date of doc.analysis.dates) {
      if (date.date !== null || weekdayNamed(date.text) === null) continue;
      const statement = context.statementAt(source, date.sentence);
      if (statement !== undefined) weekdays.push({ statement, date });
    }
  });
  return { timeline, conflicts: findDateConflicts(context, [...dated, ...weekdays]) };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a date expression names ("on Friday"), or null. */
function weekdayNamed(text: string): number | null {
  const lower = text.toLowerCase();
  const i = WEEKDAYS.findIndex((w) => lower.includes(w));
  return i === -1 ? null : i;
}

/** Whether two dates name one day: the same date, or for a report of unknown date the same weekday. */
function oneDay(a: DateRef, b: DateRef): boolean {
  if (a.date !== null && b.date !== null) return a.date === b.date;
  return weekdayNamed(a.text) !== null && weekdayNamed(a.text) === weekdayNamed(b.text);
}

/** A weekday's name as a reader reads it ("Thursday"). */
function weekdayTitle(d: DateRef): string {
  const w = WEEKDAYS[weekdayNamed(d.text) ?? 0]!;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Whether two dates of one event really differ. "On Friday" resolves against each article's own date,
 * and past or coming Friday is a guess: two outlets both saying "Friday" agree whatever the resolution,
 * and a weekday agrees with a date that falls on it.
 */
function weekdaysDiffer(a: DateRef, b: DateRef): boolean {
  const wa = weekdayNamed(a.text);
  const wb = weekdayNamed(b.text);
  const weekdayOf = (d: DateRef): number => new Date(`${d.date}T12:00:00Z`).getUTCDay();
  if (wa !== null && wb !== null) return wa !== wb;
  if (wa !== null) return wa !== weekdayOf(b);
  if (wb !== null) return wb !== weekdayOf(a);
  return true;
}

/** A verb of saying or announcing right before a date: "confirmed on Friday", "said Monday". */
const SAID_BEFORE =
  /\b(?:said|says|told|announced|confirmed|reported|stated|added|disclosed|revealed|warned|wrote|tweeted|posted|declared|noted|insisted|acknowledged)\s+(?:on\s+|late\s+|early\s+|last\s+)?$/i;
/** A verb of saying to someone or somewhere, ending the words it is tested on: `told`, `said in`, `spoke to`. */
const SAYING_TO_RE =
  /\b(?:told|briefed|informed|addressed|said\s(?:in|at|during|to)|spoke\s(?:to|with|at))$/i;
/** A word of whom or where it was said to: letters, apostrophes, stops and hyphens (`reporters`, `the`, `U.S.`). */
const LISTENER_WORD_RE = /^[\p{L}’'.-]+$/u;
/** A word that may stand between those words and the date: `on`, `late`, `early`, `last`. */
const DATE_LEAD_RE = /^(?:on|late|early|last)$/i;
/** How many words of whom or where it was said to may stand between the verb and the date. */
const LISTENER_WORDS = 4;

/**
 * Whether a saying to someone or somewhere ends the text before a date: "told reporters on Monday", "said
 * in a statement on Friday", "spoke to the BBC on Sunday": a briefing, which one spokesperson may give
 * every day. One to four words of its listener or setting, a date's lead word, read back from the end.
 */
function saidTo(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.trim().split(/\s+/);
  const last = words.length - 1;
  for (const lead of DATE_LEAD_RE.test(words[last] ?? '') ? [1, 0] : [0]) {
    for (let k = 1; k <= LISTENER_WORDS && last - lead - k + 1 >= 1; k++) {
      const listener = words.slice(last - lead - k + 1, last - lead + 1);
      if (!listener.every((w) => LISTENER_WORD_RE.test(w))) break;
      if (SAYING_TO_RE.test(words.slice(0, last - lead - k + 1).join(' '))) return true;
    }
  }
  return false;
}
/** "…, officials said Monday": a date right after an attribution. */
const SAID_AROUND = /\b(?:said|says|told|announced|confirmed|reported)\b/i;

/** Whether a dated statement's date says when something was said, not when it happened. */
function saidOn(x: { d: Dated; text: string; at: number }): boolean {
  const before = x.text.slice(Math.max(0, x.at - 30), x.at);
  if (SAID_BEFORE.test(before)) return true;
  if (saidTo(x.text.slice(Math.max(0, x.at - 60), x.at))) return true;
  // "confirmed on Friday that …", "on Wednesday confirmed that …": a saying verb just around the date.
  const around = x.text.slice(Math.max(0, x.at - 12), x.at + x.d.date.text.length + 14);
  return SAID_AROUND.test(around);
}

/** Words either side of a date that say what happened on it. */
const DATE_CONTEXT_CHARS = 50;

/** Where a sentence joins two clauses of their own: `, and `, `, but `, `; `, ` — `. */
const CLAUSE_BREAK_RE = /,\s(?:and|but|while|whereas)\s|;\s|\s[—–]\s/g;
/** A clause told alone has a few words at least. */
const MIN_CLAUSE_WORDS = 5;

/**
 * The clause of a sentence that holds the offset `at` (its conjunction left out): a date's own
 * happening, as the sentence words it; null when that clause is the whole sentence or too short.
 */
function clauseOf(sentence: string, at: number): string | null {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK_RE)) {
    const end = m.index + m[0].length;
    if (end <= at) from = end;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  if (from === 0 && to === sentence.length) return null;
  const clause = sentence.slice(from, to).trim();
  return clause.split(/\s+/).length >= MIN_CLAUSE_WORDS ? clause : null;
}

/**
 * A word that opens a clause of another happening: in "a vigil was held on Monday after a gunman killed
 * 12 people" Monday is the vigil's day, not the killing's.
 */
const OTHER_CLAUSE = /\b(?:after|before|following|since|until|when|while|as|because|amid|days?|weeks?)\s/gi;

/** The words either side of a date within its own clause (and `DATE_CONTEXT_CHARS`): what happened on that day. */
function ownClause(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - DATE_CONTEXT_CHARS), start);
  let from = 0;
  for (const m of before.matchAll(OTHER_CLAUSE)) from = m.index + m[0].length;
  const after = text.slice(end, end + DATE_CONTEXT_CHARS);
  const next = after.search(OTHER_CLAUSE);
  return `${before.slice(from)} ${next === -1 ? after : after.slice(0, next)}`;
}

/** A death, which happens to someone once: its day in one report cannot be another's day in another. */
const DEATH_RE = /\b(?:died|dies|passed away)\b/;
const NAME_WORD_RE = /\b\p{Lu}\p{Ll}{2,}\b/gu;

/** Whether two dates' clauses both tell of a death and name one person in it (a capitalised word they share). */
function onceInALife(a: string, b: string): boolean {
  if (!DEATH_RE.test(a) || !DEATH_RE.test(b)) return false;
  const names = new Set(a.match(NAME_WORD_RE) ?? []);
  return (b.match(NAME_WORD_RE) ?? []).some((w) => names.has(w) && weekdayNamed(w) === null);
}

/**
 * Two sources dating one event differently: statements of one fact (or alike statements) that each
 * carry exactly one day-precise date, with the same words around it, and different days.
 */
function findDateConflicts(context: StoryContext, dated: readonly Dated[]): Contradiction[] {
  const perStatement = groupBy(dated, (d) => d.statement);
  /**
   * A day is certain when the text gives its year ("April 14, 2014") or it falls within a week of the
   * report ("on Tuesday"): "April 14" in a report six months later may be of another year.
   */
  const certain = (d: Dated): boolean => {
    if (/\b(?:1[89]|20)\d{2}\b/.test(d.date.text)) return true;
    // (A weekday of a report of unknown date: certain of its weekday, which is all that is compared.)
    if (d.date.date === null) return true;
    const published = context.documents[context.statements[d.statement]!.source]!.article.published;
    if (!published) return false;
    const gap = (Date.parse(published.slice(0, 10)) - Date.parse(d.date.date)) / 86_400_000;
    return gap >= -1 && gap <= 7;
  };
  const single = [...perStatement.values()]
    .map((list) => list.filter((d) => d.date.granularity === 'day'))
    .filter((list) => list.length === 1 && certain(list[0]!))
    .map((list) => {
      const d = list[0]!;
      const s = context.statements[d.statement]!;
      const text = context.documents[s.source]!.analysis.sentences[d.date.sentence]?.text ?? '';
      const sentenceStart = s.sentence.start;
      const at = d.date.start - sentenceStart;
      const around = ownClause(text, at, at + d.date.text.length);
      return { d, source: s.source, terms: new Set(termsOf(around)), text, at, around };
    });
  const byStatement = new Map(single.map((x) => [x.d.statement, x]));
  /** The dated statements alike enough to compare with one: its neighbours that carry one day too. */
  const near = (statement: number): typeof single =>
    context.neighbours(statement).flatMap((n) => {
      const x = byStatement.get(n);
      return x === undefined ? [] : [x];
    });
  const conflicts: Contradiction[] = [];
  const used = new Set<number>();
  for (let i = 0; i < single.length; i++) {
    const a = single[i]!;
    if (used.has(a.d.statement)) continue;
    const against = near(a.d.statement).filter((b) => {
      if (b.source === a.source || oneDay(a.d.date, b.d.date)) return false;
      if (!weekdaysDiffer(a.d.date, b.d.date)) return false;
      // Only statements of one claim date one happening: alike words are not enough (two briefings,
      // two launches), and a day that says when something was said is not the day it happened.
      // (Or, for what happens to someone once, their death, alike statements naming them in its clause.)
      if (
        !context.sameFact(a.d.statement, b.d.statement) &&
        !(
          onceInALife(a.around, b.around) &&
          context.alignment.score(a.d.statement, b.d.statement) >= SIMILAR_STATEMENTS
        )
      )
        return false;
      if (saidOn(a) || saidOn(b)) return false;
      let shared = 0;
      for (const t of a.terms) if (b.terms.has(t)) shared++;
      return shared >= 2;
    });
    if (against.length === 0) continue;
    const sameDay = against
      .flatMap((b) => near(b.d.statement))
      .filter(
        (c) =>
          oneDay(c.d.date, a.d.date) &&
          against.some(
            (b) =>
              c.source !== b.source &&
              context.alignment.score(c.d.statement, b.d.statement) >= SIMILAR_STATEMENTS,
          ),
      );
    const sides = [...new Set([a, ...sameDay, ...against].map((x) => x.d.statement))];
    for (const k of sides) used.add(k);
    const days = [...new Set([a, ...against].map((x) => x.d.date.date ?? weekdayTitle(x.d.date)))].sort();
    conflicts.push({
      kind: 'date',
      summary: `Sources give different dates for the same event: ${days.map(readableDay).join(' vs ')}.`,
      sides: sides.map((k) => citationOf(context, k)),
    });
  }
  return conflicts;
}

/** A day as a reader reads it, its weekday first: "Tuesday 11 March 2031" (the ISO date where it is no day). */
function readableDay(date: string | null): string {
  if (date === null) return 'an unknown day';
  const d = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
