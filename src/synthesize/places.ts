/**
 * @module synthesize/places
 * Sources placing one event differently: alike statements that put it on different sides of the same
 * place ("10 km north of Kosrek" against "40 km south of Kösrek"), or at different named places after
 * the same words ("its epicentre was near Yenibag" against "its epicentre was in Kosrek").
 */

import { addTo } from '../multimap.js';
import type { Contradiction } from '../types.js';
import { spelledAlike } from './spelling.js';
import { analysedText, citationOf, type StoryContext } from './story-context.js';

/** Alike enough (or one fact) for their places to be compared: the place words themselves differ. */
const SIMILAR_STATEMENTS = 0.25;

/** Statements compared per anchor or lead words: a place named in hundreds of statements is the story's, not a disagreement. */
const MAX_COMPARED = 60;

const DIRECTION = `(north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)`;
const PLACE = String.raw`([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?)`;
/** "about 10 km north of Kosrek", "40 kilometres south-west of the capital Tarn". */
const RELATIVE = new RegExp(
  String.raw`${DIRECTION}\s+of\s+(?:the\s+(?:town|city|village|capital|port)\s+(?:of\s+)?)?${PLACE}`,
  'gu',
);
/**
 * "was near the town of Yenibag", "struck in Kosrek": the words before tell what was there. They start
 * where a word starts: tried inside a word, every letter of a long word was a start that read to the
 * word's end (quadratic in the word).
 */
const AT = new RegExp(
  String.raw`(?<!\p{L})(\p{L}+\s+\p{L}+\s+)(?:near|in|at|outside)\s+(?:the\s+(?:town|city|village|port)\s+of\s+)?${PLACE}`,
  'gu',
);

/** Compass bearings in degrees: "west" and "south-west" of one place can both be right. */
const BEARINGS: Readonly<Record<string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/** Two directions from one place disagree when they are a right angle apart or more ("north" and "south-east"). */
function opposed(a: string, b: string): boolean {
  const x = BEARINGS[a];
  const y = BEARINGS[b];
  if (x === undefined || y === undefined) return a !== b;
  const d = Math.abs(x - y) % 360;
  return Math.min(d, 360 - d) >= 90;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

interface Placed {
  readonly statement: number;
  readonly source: number;
  readonly relative: readonly { direction: string; anchor: string }[];
  readonly at: readonly { lead: string; place: string }[];
}

/** Whether `at` falls inside one of the sorted, non-overlapping spans (binary search). */
function within(spans: readonly { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= at;
}

export function findPlaceConflicts(context: StoryContext): Contradiction[] {
  const placed: Placed[] = [];
  /** Each source's place mentions, sorted by start (mentions do not overlap), built once. */
  const placeSpans = new Map<number, { start: number; end: number }[]>();
  const placeSpansOf = (source: number) => {
    let spans = placeSpans.get(source);
    if (spans === undefined) {
      const analysis = context.documents[source]!.analysis;
      const types = new Map(analysis.entities.map((e) => [e.id, e.type]));
      spans = analysis.mentions
        .filter((m) => types.get(m.entity) === 'place')
        .sort((a, b) => a.start - b.start);
      placeSpans.set(source, spans);
    }
    return spans;
  };
  context.statements.forEach((s, statement) => {
    const text = s.sentence.text;
    const spans = placeSpansOf(s.source);
    /** Only what the analysis knows as a place counts: "in September" or "in person" place nothing. */
    const isPlace = (offset: number): boolean => within(spans, s.sentence.start + offset);
    // "north of X" says X is a place; a bare "in X" needs the analysis to know it as one.
    const relative = [...text.matchAll(RELATIVE)].map((m) => ({
      direction: m[1]!.replace('-', ''),
      anchor: fold(m[2]!),
    }));
    const at = [...text.matchAll(AT)]
      .filter((m) => isPlace(m.index + m[0].length - m[2]!.length))
      .map((m) => ({ lead: fold(m[1]!).trim(), place: fold(m[2]!) }));
    if (relative.length > 0 || at.length > 0) placed.push({ statement, source: s.source, relative, at });
  });
  const folded = new Map<number, string>();
  const names = (source: number, place: string): boolean => {
    let text = folded.get(source);
    if (text === undefined) {
      text = fold(analysedText(context.documents[source]!));
      folded.set(source, text);
    }
    return text.includes(place);
  };
  const linked = (a: number, b: number): boolean =>
    context.sameFact(a, b) || context.alignment.score(a, b) >= SIMILAR_STATEMENTS;
  const found: Contradiction[] = [];
  const used = new Set<number>();
  // Statements are compared only with those placing something by the same anchor or after the same
  // words, at most MAX_COMPARED of each: linear however many statements name a place.
  const byKey = new Map<string, Placed[]>();
  const keysOf = (p: Placed): string[] => [
    ...new Set([...p.relative.map((r) => `r:${r.anchor}`), ...p.at.map((x) => `a:${x.lead}`)]),
  ];
  for (const p of placed) for (const k of keysOf(p)) addTo(byKey, k, p);
  const candidatesOf = (a: Placed): Placed[] => [
    ...new Set(keysOf(a).flatMap((k) => (byKey.get(k) ?? []).slice(0, MAX_COMPARED))),
  ];
  for (const a of placed) {
    if (used.has(a.statement)) continue;
    const against: Placed[] = [];
    let what = '';
    const candidates = candidatesOf(a);
    for (const b of candidates) {
      if (b.source === a.source || !linked(a.statement, b.statement)) continue;
      const direction = a.relative.find((x) =>
        b.relative.some((y) => y.anchor === x.anchor && opposed(y.direction, x.direction)),
      );
      if (direction !== undefined) {
        against.push(b);
        what = `which side of ${direction.anchor.charAt(0).toUpperCase()}${direction.anchor.slice(1)} it was`;
        continue;
      }
      // "in X" against "in Y" says little (a city and its country, a street and its town): only two
      // statements of one claim placing it at different named places disagree.
      if (!context.sameFact(a.statement, b.statement)) continue;
      // A source that names the other's place anywhere does not deny it (a district and its city).
      const at = a.at.find((x) =>
        b.at.some(
          (y) =>
            y.lead === x.lead &&
            !spelledAlike(y.place, x.place) &&
            !b.relative.some((r) => r.anchor === x.place) &&
            !names(b.source, x.place) &&
            !names(a.source, y.place),
        ),
      );
      if (at !== undefined) {
        against.push(b);
        what = `where it was (“${at.lead} …”)`;
      }
    }
    if (against.length === 0) continue;
    // Sources agreeing with `a` stand on its side.
    const sameSide = candidates.filter(
      (c) =>
        c !== a &&
        c.source !== a.source &&
        linked(a.statement, c.statement) &&
        !against.includes(c) &&
        c.relative.some((x) =>
          a.relative.some((y) => y.anchor === x.anchor && !opposed(y.direction, x.direction)),
        ),
    );
    const sides = [a, ...sameSide, ...against].map((p) => p.statement);
    for (const s of sides) used.add(s);
    found.push({
      kind: 'place',
      summary: `Sources disagree on ${what}.`,
      sides: [...new Set(sides)].map((i) => citationOf(context, i)),
    });
  }
  return found;
}
