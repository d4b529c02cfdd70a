/**
 * @module extract/metadata/date-line
 * Reads publication dates the way pages print them: ISO stamps, `Feb 5, 2026`, `5 February 2026`,
 * `Wednesday, February 4, 2026`, `Published Tue, Mar 10, 2026 · 07:40 AM`. A date without a zone keeps
 * its local time and gets no offset. Pure, no clock: a date must name its year.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Month names of the other languages news is read in most (German, French, Spanish, Italian,
 * Portuguese, Dutch, the Nordic languages, Polish in the genitive a date takes), by month.
 */
const WORLD_MONTH_NAMES: readonly string[] = [
  'januar jänner janvier enero gennaio janeiro januari stycznia tammikuuta',
  'februar février fevrier febrero febbraio fevereiro februari lutego helmikuuta',
  'märz maerz mars marzo março marco maart marts marca maaliskuuta',
  'avril abril aprile april kwietnia huhtikuuta',
  'mai mayo maggio maio mei maj maja toukokuuta',
  'juni juin junio giugno junho czerwca kesäkuuta',
  'juli juillet julio luglio julho lipca heinäkuuta',
  'august août aout agosto augustus augusti sierpnia elokuuta',
  'september septembre septiembre setiembre settembre setembro września wrzesnia syyskuuta',
  'oktober octobre octubre ottobre outubro października pazdziernika lokakuuta',
  'november novembre noviembre novembro listopada marraskuuta',
  'dezember décembre decembre diciembre dicembre dezembro december grudnia joulukuuta',
];
const WORLD_MONTHS = new Map<string, number>(
  WORLD_MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);
/** `2. Februar 2022`, `3 de marzo de 2026`, `7. oktober 2020`, `4 maja 2021`: day, month name, year. */
const DMY_WORLD_RE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s)?(${[...WORLD_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?,?\\s+(?:de\\s)?(\\d{4})(?!\\d)`,
  'iu',
);

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ISO_RE =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/;
const MDY_RE = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
/** `19.09.2029`, `19/09/2029`, `09/19/2029` (day and month told apart where the numbers allow). */
const NUMERIC_RE = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;
const TIME_RE =
  /^[\s,·|•@–—-]*(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s*[Mm]\.?(?![a-z]))?(?:\s*\(?(?:(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?|Z)\)?)?/;

/** A date found in a string: where it is and its ISO form. */
export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

function zoneOf(raw: string | undefined): string {
  if (raw === undefined) return '';
  if (raw === 'Z') return 'Z';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  if (!m) return '';
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

/** Reads a time (`08:55 PM`, `20:55`, `8.55pm GMT+8`) right after a date; '' when none. */
function timeAfter(rest: string): { text: string; length: number } {
  const m = TIME_RE.exec(rest.slice(0, 40));
  if (!m) return { text: '', length: 0 };
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[4]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return { text: '', length: 0 };
  const sec = m[3] ? Number(m[3]) : 0;
  const zone = /GMT|UTC/.test(m[0]) ? zoneOf(m[5]) || 'Z' : /\bZ\)?$/.test(m[0]) ? 'Z' : '';
  return { text: `T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`, length: m[0].length };
}

/** The first date in `text` that names day, month and year, with a following time if any. */
export function findDate(text: string): FoundDate | null {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const candidates: FoundDate[] = [];
  const iso = ISO_RE.exec(sample);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, m, d)) {
      const time = iso[4] ? `T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zoneOf(iso[7])}` : '';
      candidates.push({ iso: `${y}-${pad(m)}-${pad(d)}${time}`, index: iso.index, length: iso[0].length });
    }
  }
  for (const [re, order] of [
    [MDY_RE, 'mdy'],
    [DMY_RE, 'dmy'],
    [DMY_WORLD_RE, 'dmy'],
  ] as const) {
    const m = re.exec(sample);
    if (!m) continue;
    const monthName = ((order === 'mdy' ? m[1] : m[2]) ?? '').toLowerCase();
    const month = MONTHS[monthName] ?? WORLD_MONTHS.get(monthName) ?? 0;
    const day = Number(order === 'mdy' ? m[2] : m[1]);
    const year = Number(m[3]);
    if (!validDay(year, month, day)) continue;
    const end = m.index + m[0].length;
    const time = timeAfter(sample.slice(end));
    candidates.push({
      iso: `${year}-${pad(month)}-${pad(day)}${time.text}`,
      index: m.index,
      length: m[0].length + time.length,
    });
  }
  const numeric = NUMERIC_RE.exec(sample);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    // `19.09.2029` is day first; with slashes only an order the numbers prove is taken.
    const dayFirst = numeric[2] === '.' || numeric[2] === '-' || a > 12;
    const monthFirst = numeric[2] === '/' && b > 12 && a <= 12;
    const [day, month] = dayFirst ? [a, b] : monthFirst ? [b, a] : [0, 0];
    if (validDay(year, month, day)) {
      const end = numeric.index + numeric[0].length;
      const time = timeAfter(sample.slice(end));
      candidates.push({
        iso: `${year}-${pad(month)}-${pad(day)}${time.text}`,
        index: numeric.index,
        length: numeric[0].length + time.length,
      });
    }
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** Labels of a date line in the languages news is read in most: publication... */
const PUBLISHED_WORDS =
  'published posted first veröffentlicht veröffentlichung publiziert erschienen publié publiée publicado publicada pubblicato pubblicata gepubliceerd publicerad publisert julkaistu publikacja opublikowano publikováno yayınlanma';
/** ...and update (`mis` of `mis à jour`). */
const UPDATED_WORDS =
  'updated modified aktualisiert aktualisierung geändert stand actualisé actualizado actualizada atualizado atualizada aggiornato aggiornata bijgewerkt uppdaterad oppdatert päivitetty aktualizacja zaktualizowano aktualizováno güncelleme mis';

/** Words a date line may carry besides its date (labels, weekdays, zones, `am`/`um`/`le`/`à`). */
const DATE_LINE_WORDS = new Set(
  (
    `${PUBLISHED_WORDS} ${UPDATED_WORDS} last on at date time by am pm um uhr h le à el de del em il alle op om den kl klo o w dnia mis à jour ` +
    'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday ' +
    'erstellt geschrieben montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica ' +
    'ist et est edt pt pst pdt ct cst gmt utc bst cet cest sgt hkt jst kst aest myt wib msk'
  ).split(' '),
);

const PUBLISHED = new Set(PUBLISHED_WORDS.split(' '));
const UPDATED = new Set(UPDATED_WORDS.split(' '));

/** Every date line names its year. */
const YEAR_RE = /(?:19|20)\d\d/;

export type DateLineLabel = 'published' | 'updated' | 'plain';

/** A line that is only a date (`Published Tue, Mar 10, 2026 · 07:40 AM`): its ISO date and label. */
export function readDateLine(line: string): { iso: string; label: DateLineLabel } | null {
  if (line.length > 120 || !YEAR_RE.test(line)) return null;
  const found = findDate(line);
  if (!found) return null;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
    .toLowerCase()
    .replace(/[^\p{Script=Latin}]+/gu, ' ')
    .trim();
  const words = rest === '' ? [] : rest.split(' ');
  if (!words.every((w) => DATE_LINE_WORDS.has(w))) return null;
  const label: DateLineLabel = words.some((w) => UPDATED.has(w))
    ? 'updated'
    : words.some((w) => PUBLISHED.has(w))
      ? 'published'
      : 'plain';
  return { iso: found.iso, label };
}

/** An ISO date or date-time at the start of a value (`2026-02-04`, `2026-02-04T12:00:00.000+0800`). */
const ISO_VALUE_RE =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;

/**
 * Normalises a date as a crawler, a meta tag or JSON-LD states it: an ISO date or date-time (its
 * zone kept, seconds filled in, fractions dropped), an epoch in seconds or milliseconds (a number or
 * digits), a written date (`Feb 4, 2026`, `Wed, 04 Feb 2026 10:00:00 GMT`). Null when it is not a date.
 * The one date normaliser of every extractor.
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string' || value.length > 200) return null;
  const text = value.trim();
  const iso = ISO_VALUE_RE.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
    if (!validDay(y, m, d)) return null;
    const day = `${y}-${pad(m)}-${pad(d)}`;
    if (iso[5] === undefined) return day;
    if (Number(iso[5]) > 23 || Number(iso[6]) > 59) return day;
    return `${day}T${iso[5]}:${iso[6]}:${iso[7] ?? '00'}${zoneOf(iso[8])}`;
  }
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  const found = findDate(text);
  if (found) return found.iso;
  // Last, what the platform reads (`Mon Apr 08 2031 07:00:00 GMT+0000`), in UTC.
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : fromEpoch(parsed);
}

function fromEpoch(value: number): string | null {
  const ms = value < 1e11 ? value * 1000 : value;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || year < 1900 || year > 2100) return null;
  return d.toISOString().replace('.000Z', 'Z');
}
