/**
 * @module extract/text/drop-video-promos
 * Step `drop-video-promos`: links to videos that a page sets between its paragraphs, each a short title
 * ending in the video's running time (`How the search found the plane's path 05:58`), often right after
 * the same title without it (with the player's words around it: `JUST WATCHED … Replay More Videos …`),
 * or printed whole on one line with the title twice. Both are promotion (`promo` in the body, `chrome`
 * around it), never prose: a running time ends no sentence. A video player's description opened by its
 * close button (`CLOSE …`) goes the same way.
 */
import { promotionReason, remove, type TextState, type Unit, unitWords } from './text-state.js';

/** A title and a running time (`… 01:52`, `… 1:02:15`) after a word or a question mark, not a stop or digit. */
const RUNNING_TIME_RE = /[\p{L}'’)\]?!]\s+(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
/** Blank lines looked over for the title above (a bound: the work stays linear). */
const LOOK_BACK = 4;
/** A video title is short. */
const MAX_WORDS = 16;

/** The close button of an embedded video player, read as the first word of its description. */
const PLAYER_CLOSE_RE = /^CLOSE\s+[\p{Lu}\d"“']/u;
/** A player's description is a few sentences. */
const MAX_PLAYER_WORDS = 80;

function titleOf(unit: Unit): string {
  return unit.text.replace(/\s+(?:\d{1,2}:)?\d{1,2}:\d{2}$/, '').trim();
}

/** Most words of a player's label in capitals before the title (`MUST WATCH`, `VIDEO`). */
const MAX_LABEL_WORDS = 3;
const CAPS_WORD_RE = /^\p{Lu}{2,}$/u;
const TITLE_WORD_RE = /^\p{Lu}?\p{Ll}/u;

/**
 * The title without the player's label in capitals before it (`MUST WATCH Title` -> `Title`): one to
 * three words in capitals, the longest run that a word in lower case follows. Read word by word.
 */
function withoutLabel(title: string): string {
  const words = title.split(' ');
  for (let k = Math.min(MAX_LABEL_WORDS, words.length - 1); k >= 1; k--)
    if (words.slice(0, k).every((w) => CAPS_WORD_RE.test(w)) && TITLE_WORD_RE.test(words[k]!))
      return words.slice(k).join(' ');
  return title;
}

/** A video module printed whole on one line is at most the title twice and the player's words. */
const MAX_MODULE_WORDS = 3 * MAX_WORDS;
/** The shortest title we look for again. */
const MIN_TITLE_WORDS = 3;

/**
 * Whether a line ending in a running time holds its title twice: a video module printed whole (`Title
 * Replay More Videos ... MUST WATCH Title 01:26`). The title is the line's last words; prose never says
 * the same three words or more again right before a running time.
 */
function repeatsTitle(title: string): boolean {
  const words = title.split(' ');
  for (let n = Math.min(MAX_WORDS, Math.floor(words.length / 2)); n >= MIN_TITLE_WORDS; n--) {
    const tail = words.slice(-n).join(' ');
    if (title.indexOf(tail) < title.length - tail.length) return true;
  }
  return false;
}

/** The same title on the line above, with the player's words around it and without its time. */
function sameTitleAbove(above: Unit, title: string): boolean {
  const text = above.text.trim();
  if (text === title) return true;
  const core = withoutLabel(title);
  const coreWords = core.split(' ').length;
  return coreWords >= MIN_TITLE_WORDS && text.includes(core) && unitWords(above) <= coreWords + 8;
}

export function dropVideoPromos(state: TextState): void {
  const units = state.units;
  const reasonAt = promotionReason(units);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    // A video player's description, opened by its close button (`CLOSE Elon Musk gave us a peek at … Buzz60`).
    if (PLAYER_CLOSE_RE.test(unit.text) && unitWords(unit) <= MAX_PLAYER_WORDS) {
      remove(unit, reasonAt(i));
      continue;
    }
    const words = unitWords(unit);
    if (words > MAX_MODULE_WORDS || !RUNNING_TIME_RE.test(unit.text)) continue;
    const title = titleOf(unit);
    if (words > MAX_WORDS && !repeatsTitle(title)) continue;
    const reason = reasonAt(i);
    remove(unit, reason);
    // The same title just above, without its time.
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const above = units[j]!;
      if (above.role === 'removed' && above.text.trim() === '') continue;
      if (above.role === 'body' && sameTitleAbove(above, title)) remove(above, reason);
      break;
    }
  }
}
