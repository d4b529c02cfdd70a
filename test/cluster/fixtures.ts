/**
 * @module test/cluster/fixtures
 * Invented events for the clustering tests, written with the benchmark's generator under fixed seeds:
 * launches, storms and fires with invented names, reported in several outlets' own words, plus wire copies.
 */

import {
  inventEvent,
  republish,
  type SyntheticDoc,
  type SyntheticEvent,
  seeded,
  writeReport,
} from '../../bench/cluster/synthetic-news.js';

export type { SyntheticDoc, SyntheticEvent };

/** `count` independent reports of an event, published at the given hours after its date's midnight. */
export function reports(seed: number, event: SyntheticEvent, hours: readonly number[]): SyntheticDoc[] {
  const rand = seeded(seed);
  return hours.map((hour, i) => {
    const published = new Date(Date.parse(`${event.date}T00:00:00Z`) + hour * 3_600_000).toISOString();
    return writeReport(rand, event, `${event.id}-r${i}`, published);
  });
}

/** A wire report and republications of it (new headline, trimmed, page chrome), credited to an agency. */
export function wireCopies(
  seed: number,
  event: SyntheticEvent,
  copies: number,
  credit: string,
): SyntheticDoc[] {
  const rand = seeded(seed);
  const original = {
    ...writeReport(rand, event, `${event.id}-wire`, `${event.date}T08:00:00.000Z`),
    credits: [credit],
  };
  const out = [original];
  for (let i = 0; i < copies; i++) {
    const published = `${event.date}T${String(10 + i).padStart(2, '0')}:30:00.000Z`;
    out.push({ ...republish(rand, original, `${event.id}-copy${i}`, published), credits: [credit] });
  }
  return out;
}

/** An event of a kind on a date. */
export function event(seed: number, id: string, date: string, kind: string): SyntheticEvent {
  return inventEvent(seeded(seed), id, date, { kind });
}

/** The same kind of event with the same names (place, people, organisation) on a later date. */
export function repeat(
  seed: number,
  id: string,
  date: string,
  like: SyntheticEvent,
  thing?: string,
): SyntheticEvent {
  const next = inventEvent(seeded(seed), id, date, { like });
  return thing === undefined ? next : { ...next, slots: { ...next.slots, thing } };
}

/** A partition as a sorted list of sorted member lists, for comparing partitions. */
export function partition(stories: readonly { readonly members: readonly string[] }[]): string[][] {
  return stories.map((s) => [...s.members].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Shuffles a copy of a list with a seeded source. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const rand = seeded(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A text in another language (Dutch, written for this test), long enough to be judged. */
export const DUTCH_TEXT = [
  'De storm trok dinsdag over de haven van de stad en liet duizenden huizen zonder stroom achter.',
  'Volgens de burgemeester was het water nog nooit zo hoog gekomen in de oude wijk bij de kade.',
  'Scholen bleven dicht en de veerboten naar de eilanden voeren de hele dag niet uit.',
  'Bewoners hielpen elkaar met zandzakken terwijl de wind tot laat in de avond bleef huilen.',
  'De weerdienst verwacht dat het pas woensdag rustiger wordt, maar waarschuwt voor nieuwe buien.',
].join(' ');
