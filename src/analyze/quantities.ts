/**
 * @module analyze/quantities
 * Numbers with their units in normal form: money (`US$228 billion` -> 228e9 USD), percentages,
 * durations (in minutes: `1 hour and 25 minutes` -> 85), counts (`tens of thousands of troops`),
 * ordinals (`fourth anniversary`) and measures. Hedges become intervals (`nearly one and a half hours`
 * -> [80, 90] minutes) so later stages can tell a disagreement from a rounding. Numbers inside date
 * expressions (years, `Feb 4`) are not quantities.
 */
import type { Quantity, QuantityKind, Sentence, Span } from '../types.js';
import { singularNoun } from './english.js';
import { sentenceAt } from './sentences.js';

const SMALL = new Map<string, number>(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen'
  )
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS = new Map<string, number>(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10]),
);
const SCALE = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['bn', 1e9],
  ['mn', 1e6],
  ['tn', 1e12],
  ['m', 1e6],
  ['k', 1e3],
]);
const ORDINALS = new Map<string, number>(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth ' +
    'fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
  )
    .split(' ')
    .map((w, i) => [w, i + 1]),
);
const CURRENCY_SYMBOL = new Map<string, string>([
  ['US$', 'USD'],
  ['$', 'USD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['NZ$', 'NZD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'CNY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['RUB', 'RUB'],
  ['JPY', 'JPY'],
]);
const CURRENCY_WORD = new Map<string, string>([
  ['dollar', 'USD'],
  ['euro', 'EUR'],
  ['pound', 'GBP'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rouble', 'RUB'],
  ['ruble', 'RUB'],
  ['rupee', 'INR'],
  ['yen', 'JPY'],
  ['won', 'KRW'],
]);
const MINUTES = new Map<string, number>([
  ['second', 1 / 60],
  ['sec', 1 / 60],
  ['minute', 1],
  ['min', 1],
  ['hour', 60],
  ['hr', 60],
  ['day', 1440],
  ['week', 10080],
  ['month', 43830],
  ['year', 525960],
  ['decade', 5259600],
]);
const MEASURE = new Map<string, string>([
  ['km', 'km'],
  ['kilometre', 'km'],
  ['kilometer', 'km'],
  ['mile', 'mile'],
  ['nautical mile', 'nautical mile'],
  ['kg', 'kg'],
  ['kilogram', 'kg'],
  ['tonne', 'tonne'],
  ['ton', 'tonne'],
  ['metric ton', 'tonne'],
  ['lb', 'lb'],
  ['barrel', 'barrel'],
  ['metre', 'm'],
  ['meter', 'm'],
  ['centimetre', 'cm'],
  ['centimeter', 'cm'],
  ['cm', 'cm'],
  ['millimetre', 'mm'],
  ['millimeter', 'mm'],
  ['mm', 'mm'],
  ['foot', 'ft'],
  ['feet', 'ft'],
  ['ft', 'ft'],
  ['inch', 'inch'],
  ['yard', 'yd'],
  ['mph', 'mph'],
  ['miles per hour', 'mph'],
  ['km/h', 'km/h'],
  ['kph', 'km/h'],
  ['kilometres per hour', 'km/h'],
  ['kilometers per hour', 'km/h'],
  ['mw', 'MW'],
  ['gw', 'GW'],
  ['hectare', 'hectare'],
]);

/**
 * Units of one dimension and their size in its base unit (metres, kilograms, km/h, MW, square metres),
 * so that figures written in different units compare: `998 miles` against `1,000 km`.
 */
const DIMENSIONS = new Map<string, readonly [string, number]>([
  ['m', ['length', 1]],
  ['cm', ['length', 0.01]],
  ['mm', ['length', 0.001]],
  ['km', ['length', 1000]],
  ['mile', ['length', 1609.344]],
  ['nautical mile', ['length', 1852]],
  ['ft', ['length', 0.3048]],
  ['inch', ['length', 0.0254]],
  ['yd', ['length', 0.9144]],
  ['kg', ['mass', 1]],
  ['tonne', ['mass', 1000]],
  ['lb', ['mass', 0.45359237]],
  ['km/h', ['speed', 1]],
  ['mph', ['speed', 1.609344]],
  ['MW', ['power', 1]],
  ['GW', ['power', 1000]],
  ['hectare', ['area', 10_000]],
  ['square m', ['area', 1]],
  ['square km', ['area', 1_000_000]],
  ['square mile', ['area', 2_589_988]],
]);

/** The dimension of a measure's unit and the unit's size in that dimension's base unit, or null (`barrel`, `lbf`). */
export function dimensionOf(unit: string): { readonly dimension: string; readonly factor: number } | null {
  const d = DIMENSIONS.get(unit);
  return d ? { dimension: d[0], factor: d[1] } : null;
}

/** Hedges and the interval each allows around a value `v`. Why these widths: see docs/benchmarks.md. */
const HEDGES: readonly (readonly [RegExp, string, number, number])[] = [
  [/(?:nearly|almost|close to|just under|nearing|approaching)\s+$/i, 'nearly', 8 / 9, 1],
  [/(?:about|around|roughly|approximately|some|an estimated|estimated|circa|~)\s+$/i, 'about', 0.9, 1.1],
  [
    /(?:more than|over|at least|upwards of|just over|above|exceeded|exceeding|topped|surpassed|in excess of)\s+$/i,
    'more than',
    1,
    1.5,
  ],
  [/(?:less than|fewer than|under|up to|no more than|below|as many as|as much as)\s+$/i, 'less than', 0.5, 1],
];
const CLOCK_RE = /\b\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/gi;
const POST_HEDGE_RE =
  /^\s*[”"’]?\s*[“"‘]?(by a (?:solid|wide|large|comfortable|big|healthy) margin|or more|plus)\b/i;

const WORD_NUM =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|half|dozen)';
/** A number: digits, or number words (`one and a half`, `twenty-five`), after an optional currency. */
const CORE_RE = new RegExp(
  `(?<![\\p{L}\\d.,])(?=[\\d$€£¥₹₽USACHNEGRJZOTFHD])(?<cur>US\\$|S\\$|A\\$|HK\\$|C\\$|NZ\\$|\\$|€|£|¥|₹|₽|(?:USD|EUR|GBP|RMB|CNY|RUB|JPY)\\s?)?(?:(?<dig>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<=^|[^\\p{L}])(?<word>(?:${WORD_NUM})(?:[-\\s](?:${WORD_NUM}))*(?:\\s+and\\s+a\\s+half)?)(?!\\p{L}))`,
  'giu',
);
const VAGUE_RE =
  /\b(?<vague>(?:tens|hundreds) of (?:thousands|millions|billions)|thousands|hundreds|dozens|millions|billions|scores)\s+of\s+(?<noun>[a-z]+)/gi;
const ORDINAL_RE =
  /\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|direct)\s+)?(?<noun>[a-z]+)/gi;

const SCALE_AFTER_RE = /\s*(trillion|billion|million|thousand|hundred|bn|tn|mn|m|k)\b/iy;
const CURRENCY_AFTER_RE = /\s+(?:US\s+)?(dollar|euro|pound|yuan|renminbi|rouble|ruble|rupee|yen|won)s?\b/iy;
const PERCENT_AFTER_RE = /\s*(%|per\s?cent\b|percent\b|percentage points?\b)/iy;
const DURATION_AFTER_RE =
  /[\s-]*(?:(?:consecutive|straight|full|more|additional|successive)\s+)?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)\b/iy;
const DURATION_MORE_RE = /,?\s+and\s+(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(seconds?|minutes?|mins?)\b/iy;
const MEASURE_AFTER_RE =
  /[\s-]*((?:square|cubic)\s+)?(miles per hour|kilomet(?:re|er)s per hour|km\/h|kph|mph|nautical miles?|km|kilometres?|kilometers?|miles?|kg|kilograms?|metric tons?|tonnes?|tons?|lbs?|barrels?|metres?|meters?|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|feet|foot|ft|inch(?:es)?|yards?|MW|GW|hectares?)(?![\p{L}\d])/iuy;
/** `pounds` that weigh: a kilogram conversion after them, or of thrust or cargo. */
const POUNDS_WEIGHT_AFTER_RE =
  /^\s*(?:\(\s*[\d,.]+\s*(?:kg|kilograms?|tonnes?|metric tons?)|of\s+(?:thrust|force|cargo|payload|weight|pressure|fuel|food|meat|explosives?))/i;
/** Words around `pounds` that make them a weight, not money (`a payload of 119,000 pounds`). */
const WEIGHT_WORDS_RE =
  /\b(?:weigh(?:s|ed|ing|t)?|payload|cargo|thrust|lift|kilograms?|kg|heav(?:y|ier)|lighter|pounds? of)\b/i;
// (A plural noun, not an adjective ending in `s`: `six priceless paintings` counts paintings.)
const NOUN_AFTER_RE =
  /\s+(?:of\s+)?((?:[a-z-]+\s+)??(?:[a-z-]+\s+)??(?:[a-z]+s(?<!ss|ous)|people|children|[a-z]*men|police|personnel|staff|cattle))\b/y;
/** Words that cannot stand between a number and its noun. */
const NOT_ADJECTIVES = new Set(
  'from to in on at by for with and or the a an of per than that which who as into over under after before since'.split(
    ' ',
  ),
);

/** Words that follow a number without being what it counts. */
const NOT_NOUNS = new Set([
  'is',
  'was',
  'has',
  'its',
  'this',
  'as',
  'us',
  'us',
  'his',
  'yes',
  'less',
  'plus',
  'across',
  'was',
]);
/** A number set off by commas or brackets right after a capitalised word or a child's noun (`Tomas Ruel, 5,`, `Ana Roe (7)`, `the boy, 6,`). */
function setOffAfterName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    (/\p{Lu}[\p{Ll}'’-]+\s?[,(]\s?$/u.test(before) || CHILD_NOUN_BEFORE_RE.test(before)) &&
    /^\s?[,)]/.test(text.slice(end, end + 3))
  );
}

/** A child named by what they are, set off before their age: `the boy, 6,`, `her daughter (4)`. */
const CHILD_NOUN_BEFORE_RE =
  /\b(?:boy|girl|son|daughter|child|toddler|baby|infant|brother|sister|grandson|granddaughter|nephew|niece|schoolboy|schoolgirl|pupil)\s?[,(]\s?$/;

/** "aged " right before a number: the number is an age. */
const AGED_BEFORE_RE = /\baged\s$/i;

/**
 * A toll given without a noun (`killing three`, `left seven dead`, `the death toll stands at three`): the
 * words before the number (past its hedge), read over a short window.
 */
const TOLL_BEFORE_RE =
  /(?:\b(?:killing|leaving|left)|\btoll\b[^.;,]{0,60}?\b(?:at|to|of|reached|hit|is|was))\s+(?:(?:at least|more than|nearly|about|around|almost|some|over|up to)\s+)?$/i;
/** What follows such a toll: `dead` after `left`/`leaving`, or the clause's end after `killing` or `toll … at`. */
const TOLL_AFTER_RE =
  /^(?:\s+(?:dead|people dead)\b|\s*(?:[,.;:)]|$)|\s+(?:and|on|in|after|when|as|while)\b)/;
/** How far before a number the words of its toll are read. */
const TOLL_WINDOW = 90;

/**
 * Words before a number that make it part of a name or a code; or a capitalised name and a hyphen right
 * before it, a model's number (`Hwasong-12`, `MiG-29`).
 */
const NOT_COUNT_BEFORE_RE =
  /(?:(?:No\.?|number|page|Article|article|Section|section|Chapter|Resolution|World War|G|COVID-|Covid-)\s*|\p{Lu}[\p{L}\d]*-)$/u;

const VAGUE_RANGE = new Map<string, readonly [number, number]>([
  ['tens of thousands', [20_000, 99_999]],
  ['hundreds of thousands', [200_000, 999_999]],
  ['tens of millions', [20e6, 99.9e6]],
  ['hundreds of millions', [200e6, 999e6]],
  ['thousands', [2000, 9999]],
  ['hundreds', [200, 999]],
  ['dozens', [24, 99]],
  ['scores', [40, 99]],
  ['millions', [2e6, 9.9e6]],
  ['billions', [2e9, 9.9e9]],
  ['tens of billions', [20e9, 99.9e9]],
]);

/** Parses number words (`one and a half`, `twenty-five`, `a hundred`) or digits; NaN when not a number. */
/**
 * Whether `pounds` after a number are a weight or a force: a kilogram conversion or `of thrust` right
 * after them, or weight words near them with no pound sign or `sterling` (bounded windows: linear).
 */
function poundsWeigh(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (POUNDS_WEIGHT_AFTER_RE.test(after)) return true;
  // Its own sentence only: the window is cut at a full stop either side.
  const before = text.slice(Math.max(0, start - 80), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const rest = text.slice(end, Math.min(text.length, end + 80));
  const next = rest.search(/[.!?]\s/);
  const near = `${stop === -1 ? before : before.slice(stop + 2)} ${next === -1 ? rest : rest.slice(0, next)}`;
  return WEIGHT_WORDS_RE.test(near) && !/£|\bsterling\b|\bGBP\b/i.test(near);
}

export function parseNumber(raw: string): number {
  const digits = raw.replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  let text = raw.toLowerCase();
  let extra = 0;
  if (/\s+and\s+a\s+half$/.test(text)) {
    extra = 0.5;
    text = text.replace(/\s+and\s+a\s+half$/, '');
  }
  // `a three-day`: the article is not part of the number.
  text = text.replace(/^an?[-\s]+(?!hundred|dozen|half)(?=\S)/, '');
  let total = 0;
  let current = 0;
  let any = false;
  let previous = '';
  for (const w of text.split(/[-\s]+/)) {
    const after = previous;
    previous = w;
    // `half an hour` is a half of one: the article after `half` adds nothing.
    if ((w === 'a' || w === 'an') && after === 'half') continue;
    if (w === 'a' || w === 'an') {
      current += 1;
      any = true;
    } else if (w === 'half') {
      current = current === 0 ? 0.5 : current * 0.5;
      any = true;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      any = true;
    } else if (SMALL.has(w)) {
      current += SMALL.get(w)!;
      any = true;
    } else if (TENS.has(w)) {
      current += TENS.get(w)!;
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else return Number.NaN;
  }
  if (!any) return Number.NaN;
  total += current;
  return total + extra;
}

const singular = (w: string): string => singularNoun(w.toLowerCase());

/**
 * Finds quantities in `text`, skipping numbers inside `skip` spans (dates), sorted by start.
 * @example findQuantities('It lasted 1 hour and 25 minutes.', s, [])[0].value // 85
 */
export function findQuantities(
  text: string,
  sentences: readonly Sentence[],
  skip: readonly Span[],
): Quantity[] {
  const out: Quantity[] = [];
  const covered = (start: number, end: number): boolean => overlaps(skip, start, end);
  const push = (start: number, end: number, kind: QuantityKind, value: number, unit: string): void => {
    if (!Number.isFinite(value)) return;
    // `eight to ten seconds`, `between 20 and 30 people`: one figure, from its first end to its last.
    const range = rangeBefore(text, start, value);
    if (range !== null) {
      // (Its first end, read alone just before, is no figure of its own.)
      while (out.length > 0 && out[out.length - 1]!.start >= range.start) out.pop();
      start = range.start;
    }
    const [hedge, lowF, highF, hedgeStart] = hedgeOf(text, start, end);
    const low = (range === null ? value : range.low) * lowF;
    const high = value * highF;
    out.push({
      start: hedgeStart ?? start,
      end,
      text: text.slice(hedgeStart ?? start, end),
      kind,
      value: range === null ? value : (range.low + value) / 2,
      low: Math.min(low, high),
      high: Math.max(low, high),
      unit,
      hedge: hedge ?? (range === null ? null : 'range'),
      sentence: sentenceAt(sentences, start),
      measure: null,
      about: null,
      role: 'total',
    });
  };
  // Step 1: vague counts (`tens of thousands of troops`).
  const vagueSpans: Span[] = [];
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
    const range = VAGUE_RANGE.get(m.groups!.vague!.toLowerCase());
    if (!range) continue;
    const [low, high] = range;
    const start = m.index;
    const end = start + m[0].length;
    vagueSpans.push({ start, end });
    out.push({
      start,
      end,
      text: m[0],
      kind: 'count',
      value: Math.round(Math.sqrt(low * high)),
      low,
      high,
      unit: m.groups!.noun!,
      hedge: m.groups!.vague!.toLowerCase(),
      sentence: sentenceAt(sentences, start),
      measure: null,
      about: null,
      role: 'total',
    });
  }
  // Step 2: numbers and what follows them.
  const pushCore = (start: number, end: number, kind: QuantityKind, value: number, unit: string): void => {
    push(start, end, kind, value, unit);
    CORE_RE.lastIndex = Math.max(CORE_RE.lastIndex, end);
  };
  // Clock times ("5:10 a.m.", "5.10am", "11:40") are times of day, not quantities.
  const clockSpans: [number, number][] = [];
  for (const c of text.matchAll(CLOCK_RE)) clockSpans.push([c.index, c.index + c[0].length]);
  CORE_RE.lastIndex = 0;
  for (let m = CORE_RE.exec(text); m; m = CORE_RE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    if (covered(start, end) || overlaps(vagueSpans, start, end)) continue;
    if (clockSpans.some(([a, b]) => start < b && end > a)) continue;
    const cur = g.cur?.trim();
    let value = parseNumber(g.dig ?? g.word!);
    if (Number.isNaN(value)) continue;
    const isWord = g.dig === undefined;
    if (isWord && /^an?$/i.test(g.word!.trim())) {
      // `$4 billion a year` is a rate, not a duration.
      if (/(?:\d|billion|million|thousand|cent|%)\s*$/i.test(text.slice(Math.max(0, start - 12), start)))
        continue;
      // `a`/`an` only counts before a unit (`an hour`).
      DURATION_AFTER_RE.lastIndex = end;
      if (
        !DURATION_AFTER_RE.exec(text) ||
        !/^\s*(?:hour|minute|day|week|month|year|decade)/i.test(text.slice(end, end + 24))
      )
        continue;
    }
    if (g.dig && /[\d.]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    SCALE_AFTER_RE.lastIndex = end;
    const scale = SCALE_AFTER_RE.exec(text);
    if (scale && (scale[1]!.length > 1 || cur)) {
      value *= SCALE.get(scale[1]!.toLowerCase())!;
      end = SCALE_AFTER_RE.lastIndex;
    }
    if (cur) {
      pushCore(start, end, 'money', value, CURRENCY_SYMBOL.get(cur) ?? cur);
      continue;
    }
    CURRENCY_AFTER_RE.lastIndex = end;
    const curWord = CURRENCY_AFTER_RE.exec(text);
    if (curWord && /^pound/i.test(curWord[1]!) && poundsWeigh(text, start, CURRENCY_AFTER_RE.lastIndex)) {
      const thrust = /^\s+of\s+(?:thrust|force)\b/i.test(
        text.slice(CURRENCY_AFTER_RE.lastIndex, CURRENCY_AFTER_RE.lastIndex + 20),
      );
      pushCore(start, CURRENCY_AFTER_RE.lastIndex, 'measure', value, thrust ? 'lbf' : 'lb');
      continue;
    }
    if (curWord) {
      pushCore(
        start,
        CURRENCY_AFTER_RE.lastIndex,
        'money',
        value,
        CURRENCY_WORD.get(curWord[1]!.toLowerCase())!,
      );
      continue;
    }
    PERCENT_AFTER_RE.lastIndex = end;
    const pct = PERCENT_AFTER_RE.exec(text);
    if (pct) {
      pushCore(
        start,
        PERCENT_AFTER_RE.lastIndex,
        'percent',
        value,
        /point/i.test(pct[1]!) ? 'percentage point' : '%',
      );
      continue;
    }
    DURATION_AFTER_RE.lastIndex = end;
    const dur = DURATION_AFTER_RE.exec(text);
    if (dur && !covered(start, DURATION_AFTER_RE.lastIndex)) {
      let minutes = value * MINUTES.get(singular(dur[1]!).replace(/^(sec|min|hr)s?$/, '$1'))!;
      let durEnd = DURATION_AFTER_RE.lastIndex;
      DURATION_MORE_RE.lastIndex = durEnd;
      const more = DURATION_MORE_RE.exec(text);
      if (more) {
        const n = parseNumber(more[1]!);
        if (Number.isFinite(n)) {
          minutes += n * MINUTES.get(singular(more[2]!).replace(/^(sec|min)s?$/, '$1'))!;
          durEnd = DURATION_MORE_RE.lastIndex;
        }
      }
      pushCore(start, durEnd, 'duration', minutes, 'minute');
      continue;
    }
    MEASURE_AFTER_RE.lastIndex = end;
    const measure = MEASURE_AFTER_RE.exec(text);
    if (measure) {
      pushCore(
        start,
        MEASURE_AFTER_RE.lastIndex,
        'measure',
        value,
        // `38 billion cubic metres` of gas: a volume, not a length.
        `${measure[1] ? `${measure[1].trim().toLowerCase()} ` : ''}${MEASURE.get(singular(measure[2]!)) ?? MEASURE.get(measure[2]!.toLowerCase()) ?? measure[2]!}`,
      );
      continue;
    }
    // A year (`in 2025`) or a day number is a date, not a count; so is a bare number without a noun.
    if (!isWord && /^(?:19|20)\d{2}$/.test(g.dig!)) continue;
    if (NOT_COUNT_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) continue;
    NOUN_AFTER_RE.lastIndex = end;
    const noun = NOUN_AFTER_RE.exec(text);
    const nounWords = noun ? noun[1]!.split(' ') : [];
    if (
      noun &&
      !NOT_NOUNS.has(nounWords[nounWords.length - 1]!) &&
      !(nounWords.length > 1 && NOT_ADJECTIVES.has(nounWords[0]!))
    ) {
      if (isWord && value === 1) continue;
      const nounText = noun[1]!;
      const words = nounText.split(' ');
      pushCore(start, NOUN_AFTER_RE.lastIndex, 'count', value, words[words.length - 1]!);
      continue;
    }
    // A bare number of two or more digits (`the total rose to 1,210`): a count of something unnamed;
    // not one with letters glued on (`32nd`, `4G`, `A320`: an ordinal, a name, a code). One digit set
    // off right after a name (`Tomas Ruel, 5,`) is a child's age, read as a count for the measure step.
    if (
      (scale && scale[1]!.length > 1) ||
      (!isWord && /^\d$/.test(g.dig!) && setOffAfterName(text, start, end)) ||
      // "a boy aged five", "aged 7": an age, however small or spelled out.
      (!scale && AGED_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start))) ||
      // "killing three", "left seven dead", "the toll stands at three": the dead, however few.
      (!scale && tollWithoutNoun(text, start, end)) ||
      (!isWord &&
        /\d{2}/.test(g.dig!) &&
        !/^\p{L}/u.test(text.slice(end, end + 1)) &&
        !/^[-–]\d/.test(text.slice(end, end + 2)) &&
        !/\d[-–/]$/.test(text.slice(Math.max(0, start - 2), start)))
    )
      pushCore(start, end, 'count', value, '');
  }
  // Step 3: ordinals (`fourth anniversary`, `second round`).
  ORDINAL_RE.lastIndex = 0;
  for (let m = ORDINAL_RE.exec(text); m; m = ORDINAL_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    const ord = m.groups!.ord!.toLowerCase();
    const value = ORDINALS.get(ord) ?? Number.parseInt(ord, 10);
    const noun = m.groups!.noun!;
    if (
      !Number.isFinite(value) ||
      NOT_NOUNS.has(noun) ||
      /^(?:half|quarter|of|and|time|to|the|a|since|in|on|at|for|with|by|from|after|before|than|that|as)$/.test(
        noun,
      )
    )
      continue;
    out.push({
      start,
      end,
      text: m[0],
      kind: 'ordinal',
      value,
      low: value,
      high: value,
      unit: noun,
      hedge: null,
      sentence: sentenceAt(sentences, start),
      measure: null,
      about: null,
      role: 'total',
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** A number as written, in digits (`10`, `1,200.5`) or words (`ten`, `twenty-five`): a range's end, a figure's opening. */
const WRITTEN_DIGITS = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
const WRITTEN_WORDS = `(?:${WORD_NUM})(?:-(?:${WORD_NUM}))?`;

/**
 * A range's first end right before a number: `eight to `, `8-`, `between 20 and `, `eight or ` (not
 * `from 4.2% to`, which is a change, nor a year's `2015-`).
 */
const RANGE_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(?<between>between)\\s+)?(?<first>${WRITTEN_DIGITS}|${WRITTEN_WORDS})(?:\\s+(?<word>to|and|or)\\s+|\\s?(?<dash>[-–])\\s?)$`,
  'iu',
);
/** How far before a number its range's first end is looked for: `between one hundred and `. */
const RANGE_REACH = 40;

/** The start and the first end's value of the range a number closes, or null (see `RANGE_BEFORE_RE`). */
function rangeBefore(text: string, start: number, value: number): { start: number; low: number } | null {
  const from = Math.max(0, start - RANGE_REACH);
  const m = RANGE_BEFORE_RE.exec(text.slice(from, start));
  if (!m) return null;
  const g = m.groups!;
  if (g.word?.toLowerCase() === 'and' && !g.between) return null;
  if (g.dash && !/^\d/.test(g.first!)) return null;
  if (/\bfrom\s+$/i.test(text.slice(Math.max(0, from + m.index - 6), from + m.index))) return null;
  if (/^(?:19|20)\d{2}$/.test(g.first!) || /^(?:an?|half|dozen|hundred)$/i.test(g.first!)) return null;
  // The first end in the last one's unit: the number as written there, and what its unit made of it.
  const written = LEADING_NUMBER_RE.exec(text.slice(start, start + 40))?.[0];
  const last = written === undefined ? Number.NaN : parseNumber(written);
  const first = parseNumber(g.first!);
  // (A range runs up: `ten to eight` is no range, and its ends are close: `2 to 300` is two figures.)
  if (!Number.isFinite(first) || !(last > 0) || first <= 0 || first >= last || last > first * 20) return null;
  return { start: from + m.index, low: first * (value / last) };
}
/** The number a figure opens with, as written (a word number ends its word). */
const LEADING_NUMBER_RE = new RegExp(`^(?:${WRITTEN_DIGITS}|${WRITTEN_WORDS}(?![\\p{L}]))`, 'iu');

/** Whether a number without a noun is a toll: `killing three`, `left seven dead`, `the toll stands at three`. */
function tollWithoutNoun(text: string, start: number, end: number): boolean {
  if (!TOLL_AFTER_RE.test(text.slice(end, end + 16))) return false;
  const before = text.slice(Math.max(0, start - TOLL_WINDOW), start);
  const toll = TOLL_BEFORE_RE.exec(before);
  // (`left` and `leaving` make a toll only with `dead` after: `leaving three` may be anything.)
  return (
    toll !== null &&
    (!/\b(?:leaving|left)\s/i.test(toll[0]) || /^\s+(?:people\s+)?dead\b/.test(text.slice(end, end + 16)))
  );
}

/** Whether [start, end) overlaps one of `spans` (sorted by start, not overlapping): binary search. */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}

/** The hedge before (or, for `by a solid margin`, after) a number and the interval factors it implies. */
function hedgeOf(text: string, start: number, end: number): [string | null, number, number, number | null] {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, _name, low, high] of HEDGES) {
    const m = re.exec(before);
    if (m) {
      const phrase = m[0].trim();
      const hedgeStart = start - m[0].length;
      // Verbs (`exceeded`) are kept outside the span; adverbial hedges are part of it.
      const inSpan = !/^(?:exceeded|exceeding|topped|surpassed)$/i.test(phrase);
      return [phrase.toLowerCase(), low, high, inSpan ? hedgeStart : null];
    }
  }
  const after = POST_HEDGE_RE.exec(text.slice(end, end + 40));
  if (after) return [after[1]!.toLowerCase(), 1, 1.5, null];
  return [null, 1, 1, null];
}
