/**
 * @module extract/text/rejoin-split-links
 * Step `rejoin-split-links`: a page copied as text breaks a sentence around each link: `... the
 * anniversary of` / `the war` / `.`. A line that leaves its sentence open is joined with the next when
 * that line starts in lower case or with punctuation, or when the open line ends on a word that
 * cannot end a sentence (`of`, `a`, `the`, ...).
 */

import { isFileName } from './chrome-patterns.js';
import { endsSentence, type TextState, type Unit, wordCount } from './text-state.js';

/** Words after which a sentence cannot stop: the next line must carry on. */
const OPEN_WORDS = new Set(
  (
    'a an the of in on at to for by with from into onto about over under between against during after ' +
    'before via including and or but nor as than that which who whom whose its their his her our your my ' +
    'this these those such per amid among ' +
    'across through toward towards within without near'
  ).split(' '),
);

const CONTINUES_RE = /^[.,;:!?)\]”’%]/u;
const LOWER_START_RE = /^\p{Ll}/u;

function lastWord(text: string): string {
  const i = text.lastIndexOf(' ');
  return text.slice(i + 1).toLowerCase();
}

function joins(open: Unit, next: Unit): 'tight' | 'spaced' | null {
  if (endsSentence(open.text) || /[:;]$/.test(open.text)) return null;
  if (CONTINUES_RE.test(next.text)) return 'tight';
  const words = wordCount(open.text);
  // A picture's file name (`performance.jpg`) stands where the picture stood: no sentence runs into it.
  if (LOWER_START_RE.test(next.text) && words >= 3 && !isFileName(next.text)) return 'spaced';
  if (words >= 6 && OPEN_WORDS.has(lastWord(open.text)) && /^[\p{L}\d“"‘']/u.test(next.text)) return 'spaced';
  return null;
}

export function rejoinSplitLinks(state: TextState): void {
  const out: Unit[] = [];
  for (const unit of state.units) {
    const open = out[out.length - 1];
    const how = open ? joins(open, unit) : null;
    if (open && how) {
      open.text = how === 'tight' ? open.text + unit.text : `${open.text} ${unit.text}`;
      continue;
    }
    out.push(unit);
  }
  state.units = out;
}
