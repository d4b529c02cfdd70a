/**
 * @module cluster/event-dates
 * The days a report says things happened on, resolved against its publication day by a cheap regex
 * resolver: weekday names (the most recent such day on or before publication), `yesterday`, `today`,
 * `last night`, `March 3`, `3 March`, `March 3, 2031`, `2031-03-03`. Its main date (the day it names most,
 * the first named on a tie) tells which event a report is about: two launches a week apart name two
 * different days, and a follow-up weeks later that names the launch's day is about that launch.
 */

/** Day numbers are whole days since 1970-01-01 (UTC). */
const DAY_MS = 86_400_000;

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH =
  '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH2 = MONTH.replace('<month>', '<month2>');

/** One pass over the text finds every kind of mention; the named group says which kind matched. */
const DATE_RE = new RegExp(
  [
    `\\b(?<iso>(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d))\\b`,
    `\\b${MONTH}\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?`,
    `\\b(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH2}(?:,?\\s+(?<year2>(?:19|20)\\d\\d)\\b)?`,
    `\\b(?<prefix>next\\s+|last\\s+|this\\s+coming\\s+)?(?<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b`,
    `\\b(?<relative>yesterday|today|tonight|last\\s+night|this\\s+morning)\\b`,
  ].join('|'),
  'gi',
);

/** Month names of other languages news comes in, each list January to December (`4 février`, `4 февраля`). */
const OTHER_MONTHS: readonly string[][] = [
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
].map((names) => names.split(' '));

const OTHER_MONTH_INDEX = new Map<string, number>();
for (const names of OTHER_MONTHS) names.forEach((name, i) => OTHER_MONTH_INDEX.set(name, i));

/**
 * Dates written the other ways: `4 février 2031`, `4. Februar`, `4 de febrero de 2031`, `4 февраля`,
 * `2031年2月4日` and `2月4日`, `04.02.2031`.
 */
const OTHER_DATE_RE = new RegExp(
  [
    `(?<![\\p{L}\\d])(?<day>[0-3]?\\d)\\.?\\s+(?:de\\s+)?(?<month>${[...OTHER_MONTH_INDEX.keys()].join('|')})(?![\\p{L}])(?:\\s+(?:de\\s+)?(?<year>(?:19|20)\\d\\d)(?!\\d))?`,
    `(?:(?<cy>(?:19|20)\\d\\d)年)?(?<cm>[01]?\\d)月(?<cd>[0-3]?\\d)日`,
    `(?<![\\d.])(?<nd>[0-3]?\\d)\\.(?<nm>[01]?\\d)\\.(?<ny>(?:19|20)\\d\\d)(?!\\d)`,
  ].join('|'),
  'giu',
);

/** Mentions further back than this from publication are history, not the event. */
export const PAST_LIMIT_DAYS = 400;
/** A date a few days past publication is a plan, not what happened; it is not an event date. */
const FUTURE_LIMIT_DAYS = 1;
/** A yearless date this far ahead of publication is a plan; further ahead, it is last year's. */
const PLAN_HORIZON_DAYS = 120;
/** Characters of the text scanned (the lead and the body's first part say what happened). */
const SCAN_CHARS = 6_000;
/** Mentions in the headline and lead count this many times. */
const LEAD_CHARS = 600;
const LEAD_WEIGHT = 2;

export interface EventDates {
  /** The day the report names most (weighted to its headline and lead), or null when it names none. */
  readonly main: number | null;
  /** Every day it names (at most `MAX_DAYS`, the most named first). */
  readonly days: readonly number[];
}

/**
 * Days within this many days before publication are the report's news; an older date (`the attack of
 * July 14`) is background when the report also names a recent day, unless its headline names it (news
 * style names the past week's days by weekday and older ones by date: `announced on Thursday` is the news).
 */
const RECENT_DAYS = 7;

/** Days kept per report. */
const MAX_DAYS = 8;

/** The whole day (days since 1970, UTC) of a time in fractional days. */
export function dayOf(days: number): number {
  return Math.floor(days);
}

function utcDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

/**
 * A month and day without a year: this year's when on or before publication; null when it falls in the
 * weeks ahead (a plan); else last year's (`December 14` named in March).
 */
function nearestYear(month: number, day: number, published: number): number | null {
  const year = new Date(published * DAY_MS).getUTCFullYear();
  const thisYear = utcDay(year, month, day);
  if (thisYear === null) return null;
  if (thisYear <= published + FUTURE_LIMIT_DAYS) return thisYear;
  if (thisYear <= published + PLAN_HORIZON_DAYS) return null;
  return utcDay(year - 1, month, day);
}

/** A date of `OTHER_DATE_RE`'s kinds as a day, or null. */
function resolveOther(groups: Record<string, string | undefined>, published: number | null): number | null {
  const [year, month, day] = groups.month
    ? [groups.year, OTHER_MONTH_INDEX.get(groups.month.toLowerCase()), groups.day]
    : groups.cm
      ? [groups.cy, Number(groups.cm) - 1, groups.cd]
      : [groups.ny, Number(groups.nm) - 1, groups.nd];
  const d = Number(day);
  if (month === undefined || !(month >= 0 && month <= 11) || !(d >= 1 && d <= 31)) return null;
  if (year) return utcDay(Number(year), month, d);
  return published === null ? null : nearestYear(month, d, published);
}

function resolve(groups: Record<string, string | undefined>, published: number | null): number | null {
  if (groups.iso) return utcDay(Number(groups.iy), Number(groups.im) - 1, Number(groups.id));
  const monthName = groups.month ?? groups.month2;
  if (monthName) {
    const month = MONTHS[monthName.slice(0, 3).toLowerCase()];
    const day = Number(groups.day ?? groups.day2);
    const year = groups.year ?? groups.year2;
    if (month === undefined || !(day >= 1 && day <= 31)) return null;
    if (year) return utcDay(Number(year), month, day);
    return published === null ? null : nearestYear(month, day, published);
  }
  if (published === null) return null;
  if (groups.weekday) {
    if (groups.prefix && !/^last/i.test(groups.prefix)) return null;
    const wanted = WEEKDAYS.indexOf(groups.weekday.toLowerCase());
    // 1970-01-01 was a Thursday (4).
    const today = (((published + 4) % 7) + 7) % 7;
    const back = (today - wanted + 7) % 7;
    if (groups.prefix) return published - (back || 7);
    // A bare weekday six days back would be written `last Thursday`; the day after publication is the
    // writer's today in the time zones east of them (a launch on Tuesday morning in Tokyo, reported on
    // Monday evening in New York).
    return back === 6 ? published + 1 : published - back;
  }
  const relative = groups.relative?.toLowerCase().replace(/\s+/g, ' ');
  if (relative === 'yesterday' || relative === 'last night') return published - 1;
  if (relative) return published;
  return null;
}

/**
 * Whether a capitalised `Today` or `Tonight` ends a name (`Florida Today`, `USA TODAY`, `The Tonight
 * Show`): it follows a capitalised word on its line that does not end a sentence. `Today, the council…`
 * at a sentence's start is still the day.
 */
function isNamePart(text: string, at: number, word: string): boolean {
  if (word[0] !== 'T' || text[at - 1] !== ' ') return false;
  let start = at - 1;
  while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
  const before = text.slice(start, at - 1);
  return /^\p{Lu}/u.test(before) && !/[.!?:;,)"”’]$/.test(before);
}

/**
 * The event dates a report names. `published` is its publication time in fractional days (null when
 * undated: then only dates with a year resolve).
 */
export function eventDates(title: string | null, text: string, published: number | null): EventDates {
  const pubDay = published === null ? null : dayOf(published);
  const head = title ? `${title.slice(0, 300)}\n` : '';
  const scanned = head + text.slice(0, SCAN_CHARS);
  const weights = new Map<number, number>();
  const firstAt = new Map<number, number>();
  const matches = [
    ...[...scanned.matchAll(DATE_RE)].map((match) => ({ match, read: resolve })),
    ...[...scanned.matchAll(OTHER_DATE_RE)].map((match) => ({ match, read: resolveOther })),
  ].sort((a, b) => a.match.index - b.match.index);
  for (const { match, read } of matches) {
    if (match.groups?.relative && isNamePart(scanned, match.index, match[0])) continue;
    const day = read(match.groups ?? {}, pubDay);
    if (day === null) continue;
    if (pubDay !== null && (day > pubDay + FUTURE_LIMIT_DAYS || day < pubDay - PAST_LIMIT_DAYS)) continue;
    const weight = match.index < head.length + LEAD_CHARS ? LEAD_WEIGHT : 1;
    weights.set(day, (weights.get(day) ?? 0) + weight);
    if (!firstAt.has(day)) firstAt.set(day, match.index);
  }
  let main: number | null = null;
  let best = 0;
  const recent = (day: number) =>
    pubDay === null || day >= pubDay - RECENT_DAYS || firstAt.get(day)! < head.length;
  const anyRecent = [...weights.keys()].some(recent);
  for (const [day, weight] of weights) {
    if (anyRecent && !recent(day)) continue;
    if (weight > best || (weight === best && firstAt.get(day)! < firstAt.get(main!)!)) {
      main = day;
      best = weight;
    }
  }
  const days = [...weights]
    .sort((a, b) => b[1] - a[1] || firstAt.get(a[0])! - firstAt.get(b[0])!)
    .slice(0, MAX_DAYS)
    .map(([day]) => day);
  return { main, days };
}
