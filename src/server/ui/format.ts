/**
 * @module server/ui/format
 * Words and numbers as a reader reads them: counts with their noun, dates and date ranges in one
 * fixed style (`4 Feb 2026`, `4–5 Feb 2026`), times in UTC, text cut at a word.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `1 outlet`, `3 outlets`, `1,204 articles`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
}

interface Day {
  readonly y: number;
  readonly m: number | null;
  readonly d: number | null;
}

/** Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO time (its UTC day); null when it is none of these. */
export function readDay(value: string | null | undefined): Day | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  if (value.length > 10 && value.includes('T')) {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) {
      const at = new Date(time);
      return { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
    }
  }
  const m = match[2] === undefined ? null : Number(match[2]);
  const d = match[3] === undefined ? null : Number(match[3]);
  if (m !== null && (m < 1 || m > 12)) return null;
  if (d !== null && (d < 1 || d > 31)) return null;
  return { y: Number(match[1]), m, d };
}

function dayText(day: Day): string {
  if (day.m === null) return String(day.y);
  const month = MONTHS[day.m - 1] ?? '';
  return day.d === null ? `${month} ${day.y}` : `${day.d} ${month} ${day.y}`;
}

/** `4 Feb 2026`, `Feb 2026`, `2026`; the text itself when it is not a date. */
export function formatDay(value: string): string {
  const day = readDay(value);
  return day === null ? value : dayText(day);
}

/** `4–5 Feb 2026`, `30 Jan – 2 Feb 2026`, `4 Feb 2026`; null when neither end is known. */
export function formatRange(first: string | null, last: string | null): string | null {
  const a = readDay(first);
  const b = readDay(last) ?? a;
  const start = a ?? b;
  if (start === null || b === null) return null;
  if (start.d === null || b.d === null || start.m === null || b.m === null) {
    const [x, y] = [dayText(start), dayText(b)];
    return x === y ? x : `${x} – ${y}`;
  }
  if (start.y === b.y && start.m === b.m && start.d === b.d) return dayText(start);
  if (start.y === b.y && start.m === b.m) return `${start.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  if (start.y === b.y) return `${start.d} ${MONTHS[start.m - 1]} – ${dayText(b)}`;
  return `${dayText(start)} – ${dayText(b)}`;
}

/** `4 Feb 2026, 20:55 UTC` for a time, `4 Feb 2026` for a day; null when unreadable. */
export function formatTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = readDay(value);
  if (day === null) return null;
  if (!/T\d{2}:\d{2}/.test(value)) return dayText(day);
  const time = new Date(Date.parse(value));
  if (Number.isNaN(time.getTime())) return dayText(day);
  const hh = String(time.getUTCHours()).padStart(2, '0');
  const mm = String(time.getUTCMinutes()).padStart(2, '0');
  return hh === '00' && mm === '00' ? dayText(day) : `${dayText(day)}, ${hh}:${mm} UTC`;
}

/** Days since 1970 of a day (`YYYY-MM-DD` or an ISO time), or null. */
export function dayNumber(value: string | null | undefined): number | null {
  const day = readDay(value);
  if (day === null || day.m === null || day.d === null) return null;
  return Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;
}

/** The text on one line, cut at a word to at most `n` characters with an ellipsis. */
export function clip(text: string, n: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= n) return line;
  const cut = line.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > n * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
