/**
 * @module analyze/dates
 * Finds date expressions and resolves them against the article's publication date, never more precise
 * than the text: `Feb 4` -> day, `last month` -> month, `the first half of 2026` -> a range of months,
 * `last weekend` -> a range of days. Weekdays refer to the most recent such day on or before publication
 * unless the sentence speaks of the future. No anchor: `resolved: false`, `date: null`.
 * One global regex, scanned once; the resolver is hand-written (see docs/benchmarks.md for chrono-node).
 */
import type { DateGranularity, DateRef, Sentence } from '../types.js';
import { sentenceAt } from './sentences.js';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set('sept', 9);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WORD_COUNT = new Map<string, number>(
  [
    'a',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ].map((w, i) => [w, i === 0 ? 1 : i]),
);
const ORDINAL = new Map<string, number>([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const LONG_MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM_WORD = `(?:\\d{1,3}|${['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;

/** All date patterns in one alternation; the named group that matched says which. */
const DATE_RE = new RegExp(
  [
    `(?<md>${MONTH}\\.?\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\s*(?:per|%|billion|million))(?:,?\\s+(?<mdYear>(?:19|20)\\d{2})(?!\\d))?)`,
    `(?<dm>(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+(?<dmYear>(?:19|20)\\d{2})(?!\\d))?)`,
    `(?<my>${MONTH}\\.?,?\\s+(?<myYear>(?:19|20)\\d{2})(?!\\d))`,
    `(?<part>(?:[Tt]he\\s+)?(?<partN>first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?<partKind>half|quarter)\\s+of\\s+(?:(?<partYear>(?:19|20)\\d{2})|(?:the|this)\\s+year|(?<partRel>next|last)\\s+year))`,
    `(?<rel>(?<relMod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|(?:[Ll]ater|[Ee]arlier)\\s+this)\\s+(?<relUnit>weekend|week|month|year)\\b)`,
    `(?<ago>(?<agoN>${NUM_WORD})\\s+(?<agoUnit>day|week|month|year)s?\\s+ago)`,
    `(?<wd>(?:(?<wdMod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s+)?${WEEKDAY})`,
    `(?<mo>(?:(?<moMod>[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)[-\\s])?(?:${LONG_MONTH}|(?<=\\b(?:in|since|until|by|from|of|early|mid|late|last|next|this|as|before|after|through|during)[-\\s])May)(?!\\s*\\d))`,
    `(?<day>\\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\\b)`,
    `(?<yr>(?<![\\d$€£¥.,]|US\\$)(?<yrNum>(?:19|20)\\d{2})(?![\\d%]|\\s*(?:per\\s*cent|percent|people|troops|km|kg|tonnes|\\w*(?:dollars|euros|yuan))))`,
  ]
    // A cheap first-character check lets the engine skip most positions without trying every branch.
    .join('|')
    .replace(/^/, '(?=[JFMASONDjfmasondTtLlNnPpCcEeWwYy0-9])\\b(?:')
    .concat(')'),
  'g',
);

const FUTURE_RE =
  /\b(?:will|shall|would|is set to|are set to|is expected to|are expected to|is due to|are due to|plans? to|is scheduled|are scheduled|upcoming|next|ready to|intends? to|ends|begins|starts|resumes|opens|closes|takes place|as early as|could|might)\b|['’]ll\b/i;

interface Anchor {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const isoMonth = (y: number, m: number): string => {
  const t = new Date(Date.UTC(y, m - 1, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
};
const DAY = 86_400_000;

/** The publication date's calendar day (its local date when a time and offset are given). */
export function parseAnchor(published: string | null | undefined): Anchor | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { y, m: mo, d };
}

interface Resolved {
  readonly date: string | null;
  readonly until: string | null;
  readonly granularity: DateGranularity;
  readonly resolved: boolean;
}

const unresolved = (granularity: DateGranularity): Resolved => ({
  date: null,
  until: null,
  granularity,
  resolved: false,
});
const at = (date: string, granularity: DateGranularity): Resolved => ({
  date,
  until: null,
  granularity,
  resolved: true,
});
const range = (date: string, until: string): Resolved => ({
  date,
  until,
  granularity: 'range',
  resolved: true,
});

/**
 * Finds and resolves the date expressions in `text`.
 * @example findDates('He spoke on Sunday.', sentences, '2026-02-04')[0].date // '2026-02-01'
 */
export function findDates(text: string, sentences: readonly Sentence[], published: string | null): DateRef[] {
  const anchor = parseAnchor(published);
  const out: DateRef[] = [];
  let yearContext: { year: number; end: number } | null = null;
  const futureOf = new Map<number, boolean>();
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const s = sentenceAt(sentences, start);
    const sentence = sentences[s];
    let future = futureOf.get(s);
    if (future === undefined) {
      // Tense of the sentence, looked at once per sentence (bounded around the match for huge ones).
      future = sentence
        ? FUTURE_RE.test(
            sentence.text.length > 2000
              ? text.slice(Math.max(sentence.start, start - 300), Math.min(sentence.end, end + 300))
              : sentence.text,
          )
        : false;
      if (!sentence || sentence.text.length <= 2000) futureOf.set(s, future);
    }
    let r: Resolved | null = null;
    if (g.md !== undefined || g.dm !== undefined) {
      const monthWord = /[A-Za-z]+/.exec(m[0])![0].toLowerCase();
      const month = MONTH_INDEX.get(monthWord) ?? MONTH_INDEX.get(monthWord.slice(0, 3))!;
      const day = Number(g.mdDay ?? g.dmDay);
      const yearText = g.mdYear ?? g.dmYear;
      if (day < 1 || day > 31) continue;
      if (yearText) r = at(`${yearText}-${pad(month)}-${pad(day)}`, 'day');
      else if (anchor) r = at(`${nearestYear(anchor, month, day)}-${pad(month)}-${pad(day)}`, 'day');
      else r = unresolved('day');
    } else if (g.my !== undefined) {
      const month = MONTH_INDEX.get(/[A-Za-z]+/.exec(m[0])![0].toLowerCase().slice(0, 3))!;
      r = at(`${g.myYear}-${pad(month)}`, 'month');
    } else if (g.part !== undefined) {
      const n = ORDINAL.get(g.partN!.toLowerCase())!;
      const size = g.partKind === 'half' ? 6 : 3;
      if (n * size > 12) continue;
      let year: number | null = g.partYear ? Number(g.partYear) : null;
      if (year === null && anchor)
        year = anchor.y + (g.partRel === 'next' ? 1 : g.partRel === 'last' ? -1 : 0);
      r =
        year === null
          ? unresolved('range')
          : range(isoMonth(year, (n - 1) * size + 1), isoMonth(year, n * size));
    } else if (g.rel !== undefined) {
      r = anchor
        ? relative(anchor, g.relMod!.toLowerCase(), g.relUnit!)
        : unresolved(g.relUnit === 'year' ? 'year' : g.relUnit === 'month' ? 'month' : 'range');
      if (r.resolved && g.relUnit === 'year') yearContext = { year: Number(r.date), end };
    } else if (g.ago !== undefined) {
      const word = g.agoN!.toLowerCase();
      const n = WORD_COUNT.get(word === 'an' ? 'a' : word) ?? Number(word);
      const unit = g.agoUnit!;
      if (!anchor || !Number.isFinite(n))
        r = unresolved(unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day');
      else if (unit === 'year') r = at(String(anchor.y - n), 'year');
      else if (unit === 'month') r = at(isoMonth(anchor.y, anchor.m - n), 'month');
      else
        r = at(
          isoDay(Date.UTC(anchor.y, anchor.m - 1, anchor.d) - n * (unit === 'week' ? 7 : 1) * DAY),
          unit === 'week' ? 'range' : 'day',
        );
    } else if (g.wd !== undefined) {
      const name = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.exec(m[0])![1]!.toLowerCase();
      r = anchor
        ? weekday(anchor, WEEKDAYS.indexOf(name), g.wdMod?.toLowerCase() ?? null, weekdayFuture(text, start))
        : unresolved('day');
    } else if (g.mo !== undefined) {
      const monthWord =
        /(January|February|March|April|May|June|July|August|September|October|November|December)/.exec(
          m[0],
        )![1]!;
      const month = MONTH_INDEX.get(monthWord.toLowerCase())!;
      const mod = g.moMod?.toLowerCase() ?? null;
      let year: number | null = null;
      if (yearContext && start - yearContext.end < 16) year = yearContext.year;
      else if (anchor) {
        if (mod === 'last') year = month >= anchor.m ? anchor.y - 1 : anchor.y;
        else if (mod === 'next') year = month <= anchor.m ? anchor.y + 1 : anchor.y;
        else year = yearFor(anchor, month, future || mod === 'this');
      }
      r = year === null ? unresolved('month') : at(`${year}-${pad(month)}`, 'month');
    } else if (g.day !== undefined) {
      const word = m[0].toLowerCase();
      if (!anchor) r = unresolved('day');
      else {
        const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
        r = at(isoDay(Date.UTC(anchor.y, anchor.m - 1, anchor.d) + offset * DAY), 'day');
      }
    } else if (g.yr !== undefined) {
      const year = Number(g.yrNum);
      if (year < 1900 || year > 2100) continue;
      r = at(String(year), 'year');
      yearContext = { year, end };
    }
    if (!r) continue;
    out.push({ start, end, text: m[0], ...r, sentence: s });
  }
  return out;
}

/**
 * Whether a weekday is in the future: only an explicit future in its own clause (`will meet on Friday`,
 * `is due on Friday`). News weekdays otherwise name the most recent such day; `would` is reported past.
 */
function weekdayFuture(text: string, at: number): boolean {
  const clause =
    text
      .slice(Math.max(0, at - 60), at)
      .split(/[.;:!?“”"]/)
      .pop() ?? '';
  return WEEKDAY_FUTURE_RE.test(clause);
}

const WEEKDAY_FUTURE_RE =
  /\b(?:will|shall|is set to|are set to|is expected to|are expected to|is due|are due|plans? to|scheduled|upcoming|ends|begins|starts|resumes|opens|closes|takes place)\b|['’]ll\b/i;

/** The year of a month named without one: this year, or last year for a later month in past tense. */
function yearFor(anchor: Anchor, month: number, future: boolean): number {
  if (month > anchor.m && !future) return anchor.y - 1;
  if (month < anchor.m && future && anchor.m - month > 6) return anchor.y + 1;
  return anchor.y;
}

/** The year that puts a day named without one closest to publication. */
function nearestYear(anchor: Anchor, month: number, day: number): number {
  const pub = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  let best = anchor.y;
  for (const y of [anchor.y - 1, anchor.y + 1]) {
    if (Math.abs(Date.UTC(y, month - 1, day) - pub) < Math.abs(Date.UTC(best, month - 1, day) - pub))
      best = y;
  }
  return best;
}

function relative(anchor: Anchor, mod: string, unit: string): Resolved {
  const shift = mod === 'last' || mod === 'past' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
  if (unit === 'year') return at(String(anchor.y + shift), 'year');
  if (unit === 'month') return at(isoMonth(anchor.y, anchor.m + shift), 'month');
  const today = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  const dow = new Date(today).getUTCDay();
  if (unit === 'weekend') {
    // The weekend before publication (`last weekend`), or the coming one.
    let saturday = today - ((dow + 1) % 7) * DAY;
    if (shift > 0 || (mod === 'this' && dow !== 0 && dow !== 6)) saturday += 7 * DAY;
    if (mod === 'this' && dow === 0) saturday = today - DAY;
    return range(isoDay(saturday), isoDay(saturday + DAY));
  }
  const monday = today - ((dow + 6) % 7) * DAY + shift * 7 * DAY;
  return range(isoDay(monday), isoDay(monday + 6 * DAY));
}

function weekday(anchor: Anchor, target: number, mod: string | null, future: boolean): Resolved {
  const today = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  const dow = new Date(today).getUTCDay();
  const back = (dow - target + 7) % 7;
  const ahead = (target - dow + 7) % 7;
  let t: number;
  if (mod === 'next' || mod === 'coming') t = today + (ahead === 0 ? 7 : ahead) * DAY;
  else if (mod === 'last') t = today - (back === 0 ? 7 : back) * DAY;
  else if (future && ahead !== 0) t = today + ahead * DAY;
  else t = today - back * DAY;
  return at(isoDay(t), 'day');
}
