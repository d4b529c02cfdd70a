/**
 * @module extract/text/separate-captions
 * Step `separate-captions`: photo captions leave the body for `captions`, their credit read apart:
 * `... on Feb 4. PHOTO: REUTERS`, `... in Moscow. (AFP pic)`, `... (Picture credit: AP)`, `... (Photo Jane
 * Doe. AFP)`,
 * `... 2026. Agency/Photographer/Pool via REUTERS`, a credit on a line of its own under its caption,
 * before the story starts, a caption closed by a bare agency name (`... Feb 4. REUTERS`), and the
 * items of a photo gallery, each closed by its counter (`Photos: … The couple married in 2010. Hide
 * Caption 3 of 12`), however long, or a counter on a line of its own under its caption.
 */

import { agenciesIn } from '../metadata/wire-credit.js';
import { bodyStart, remove, type TextState, type Unit, unitWords } from './text-state.js';

/** Longest caption we accept: a caption is a sentence or two, never a story. */
const MAX_CAPTION_WORDS = 80;

/** Cheap test for the word a `PHOTO: ...` credit starts with. */
const CREDIT_WORD_RE = /photo|picture|image|credit|PHOTO|PICTURE|IMAGE|Photo|Picture|Image|Credit/;

/** `via` before a name, as in `Pool via REUTERS` (not `via video link`). */
const VIA_NAME_RE = / via [A-Z]/;

/** How far from the end of a line a photo credit may start. */
const CREDIT_WINDOW = 160;

const CREDIT_TAILS: readonly RegExp[] = [
  // (Picture credit: AP), (Photo: Jane Doe/AFP), (Image: Reuters)
  /\s*\((?:picture|photo|image|pic|photograph|file photo)s?(?: credit)?\s*(?::|by\b)\s*([^()]{1,60})\)$/i,
  // (AFP pic), (Reuters photo), (AP file photo)
  /\s*\(([^()]{1,40}?)\s+(?:pic|pics|photo|photos|picture|file photo|image)\)$/i,
  // PHOTO: REUTERS, Photo credit: Jane Doe, Image: AP
  /(?:^|\s)(?:photo|photos|picture|pictures|image|images|photograph|photo credit|image credit|picture credit|credit)\s*:\s*([^.:]{1,80}?)$/i,
  // (Photo Jane Doe. AFP), (photo AFP/Bundespolizei), (Foto Jan Roe/DPA): the word, then the credit
  /\s*\((?:photo|foto|photos|fotos)\s+([^():]{2,60})\)$/i,
];

/** A capitalised word of a credit's names (`Jane`, `O’Neil`, `Jr.`). */
const CAPITALISED_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;

/** A credit after a bare `(Photo …`: an agency, or names with capitals (`Jane Doe. AFP`, `DR`). */
function isBareCredit(credit: string): boolean {
  if (agenciesIn(credit).length > 0 || credit === 'DR') return true;
  // Two or more capitalised words one space apart, read word by word.
  return credit.includes(' ') && wordsOf(credit, CAPITALISED_WORD_RE, Number.POSITIVE_INFINITY);
}

/** A whole line that is a credit in brackets: `(Credit: Nasa)`, `(Photo: Jane Doe/AFP)`. */
const BRACKETED_CREDIT_RE =
  /^\((?:photo|picture|image|credit|foto|bild)s?(?: credit)?\s*:\s*([^()]{1,80})\)$/i;

/** A whole line in brackets (`(AFP/Getty Images)`, `[Photo/Agencies]`): read as a credit when it is one. */
const WHOLE_BRACKETED_RE = /^[([]([^()[\]]{3,80})[)\]]$/;
/** `, File` in a credit: the picture is from the agency's archive (`Jane Roe, File/Associated Press`). */
const FILE_MARK_RE = /,\s*(?:FILE|File|file)(?=\s*(?:\/|$))/g;
/**
 * A whole line that is a credit is a few names, three words or more across its slashes (`Jane Roe/Example`;
 * `Introductions/Shout-Outs` is a heading).
 */
const MIN_CREDIT_LINE_WORDS = 3;
const MAX_CREDIT_LINE_WORDS = 10;
/** A credit read whole, its archive marks set aside. */
const withoutFileMark = (credit: string): string => credit.replace(FILE_MARK_RE, '');

/** A verb of saying: a line holding one tells the story, it does not caption a picture. */
const REPORTS_SPEECH_RE = /\b(?:said|says|told|tells)\b/;

/** Tags a picture desk sets after a photo's credit. */
const DESK_TAG_RE = /\s+(?:TPX IMAGES OF THE DAY|FILE PHOTO|PICTURE OF THE DAY)\s*$/;

/** A photo credit the unit ends with: where it starts and the credit text. */
function creditTail(whole: string): { index: number; credit: string } | null {
  // A picture desk's tag after the credit (`REUTERS/Kim Roe TPX IMAGES OF THE DAY`) is part of it.
  const tag = DESK_TAG_RE.exec(whole.slice(-40));
  const full = tag ? whole.slice(0, whole.length - tag[0].length) : whole;
  // Credits sit at the end: only the last characters are searched, and only when they could hold one.
  const offset = Math.max(0, full.length - CREDIT_WINDOW);
  const text = full.slice(offset);
  const closesParen = text.endsWith(')');
  const hasColon = text.includes(':');
  const hasSlashOrVia = text.includes('/') || VIA_NAME_RE.test(text) || text.includes('Getty');
  for (const re of CREDIT_TAILS) {
    if ((re === CREDIT_TAILS[0] || re === CREDIT_TAILS[1] || re === CREDIT_TAILS[3]) && !closesParen)
      continue;
    if (re === CREDIT_TAILS[2] && !(hasColon && CREDIT_WORD_RE.test(text))) continue;
    const m = re.exec(text);
    if (re === CREDIT_TAILS[3] && m?.[1] && !isBareCredit(m[1].trim())) continue;
    if (m?.[1] && !(offset > 0 && m.index === 0)) return { index: offset + m.index, credit: m[1].trim() };
  }
  if (!hasSlashOrVia) return null;
  const found = slashOrViaCredit(text);
  if (!found || (offset > 0 && found.index === 0)) return null;
  if (agenciesIn(found.credit).length === 0 && !/getty|pool|photo/i.test(found.credit)) return null;
  return { index: offset + found.index, credit: found.credit };
}

/** A word of a credit's names (`Kim`, `O’Neil`, `Jr.`, `Lee-Roe`). */
const CREDIT_NAME_WORD_RE = /^[\p{L}'’.-]+$/u;
/** A word of the name after `via` (`REUTERS`, `Getty`, `A.F.P.`). */
const VIA_WORD_RE = /^[\p{L}.-]+$/u;
/** Words a credit's part may have: a name of one to four words; after `via`, one to three. */
const MAX_NAME_WORDS = 4;
const MAX_VIA_WORDS = 3;

/** Whether `text` is one to `max` words of `word`, one space apart. */
function wordsOf(text: string, word: RegExp, max: number): boolean {
  const words = text.split(' ');
  return words.length <= max && words.every((w) => word.test(w));
}

/** `Jane Doe via Getty Images`: a name, ` via `, the name of who passed the picture on. */
function viaCredit(text: string): boolean {
  for (let at = text.indexOf(' via '); at >= 0; at = text.indexOf(' via ', at + 1))
    if (
      wordsOf(text.slice(0, at), CREDIT_NAME_WORD_RE, MAX_NAME_WORDS) &&
      wordsOf(text.slice(at + 5), VIA_WORD_RE, MAX_VIA_WORDS)
    )
      return true;
  return false;
}

/**
 * Whether `text` is a whole credit: names joined by slashes (`Agency/Photographer/Pool`, `REUTERS / Kim
 * Roe`, each one to four words), the last possibly passed on `via` someone; or one name `via` someone;
 * or `Getty Images`. Read part by part, word by word.
 */
function isSlashOrViaCredit(text: string): boolean {
  if (text === 'Getty Images') return true;
  const parts = text.split('/');
  if (parts.length === 1) return viaCredit(text);
  // A slash may have one space on either side (`AP / Kim Roe`).
  const names = parts.map((part, i) => {
    let name = part;
    if (i > 0 && name.startsWith(' ')) name = name.slice(1);
    if (i < parts.length - 1 && name.endsWith(' ')) name = name.slice(0, -1);
    return name;
  });
  const last = names.length - 1;
  return names.every(
    (name, i) => wordsOf(name, CREDIT_NAME_WORD_RE, MAX_NAME_WORDS) || (i === last && viaCredit(name)),
  );
}

/**
 * Agency/Photographer/Pool via REUTERS, REUTERS/Jane Doe, Jane Doe via Getty Images closing `text`: the
 * credit starting at the text's start or right after a sentence's end (`. `), the earliest such start
 * from which the rest is a whole credit (the text is the short window `CREDIT_WINDOW` at a line's end).
 */
function slashOrViaCredit(text: string): { index: number; credit: string } | null {
  for (let start = 0; start < text.length; start++) {
    const opens =
      start === 0 || (start >= 2 && '.!?)'.includes(text[start - 2]!) && /\s/.test(text[start - 1]!));
    if (opens && isSlashOrViaCredit(text.slice(start)))
      return { index: start, credit: text.slice(start).trim() };
  }
  return null;
}

/** A gallery item's counter closing a line: `Hide Caption 3 of 12`, `Caption 3 of 12`, `Photo 3 of 12`. */
const GALLERY_COUNTER_RE = /(?:^|\s)(?:Hide Caption|Caption|Photo|Image|Slide)\s+\d{1,3}\s+of\s+\d{1,3}\s*$/;
/** The same counter inside a line, followed by the next item: `… Hide Caption 1 of 25 Photos: …`. */
const GALLERY_COUNTER_INSIDE_RE =
  /\s(?:Hide Caption|Caption|Photo|Image|Slide)\s\d{1,3}\sof\s\d{1,3}\s(?=\S)/;
/** A gallery's title opening an item: `Photos: Shocking splits …`, `In pictures: …`. */
const GALLERY_TITLE_RE = /^(?:Photos|Pictures|In pictures|Gallery)\s*:\s*/;
/** Longest gallery item we accept: a few sentences about one picture. */
const MAX_GALLERY_WORDS = 250;

const BARE_AGENCY_TAIL_RE = /(?<=[.!?”’"])\s+([A-Z]{2,}(?:\s*[/,]\s*[A-Z]{2,})*)$/;

function makeCaption(unit: Unit, text: string, credit: string | null): void {
  remove(unit, 'caption');
  unit.credit = credit;
  unit.caption = text.trim();
}

export function separateCaptions(state: TextState): void {
  const units = state.units;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    if (galleryItem(units, i)) continue;
    const words = unitWords(unit);
    if (words > MAX_CAPTION_WORDS) continue;
    // A credit alone on its line that the credit reader below does not take, bracketed or with an archive
    // mark or with no agency to confirm it (`(Jane Roe / The Daily Example)`, `Jane Roe/WireImage via Getty
    // Images, FILE`, `Jane Roe/Example News`): only the credit leaves, for the line above may be the story's.
    if (
      words <= MAX_CREDIT_LINE_WORDS &&
      unit.text.includes('/') &&
      unit.text.split(/[\s/]+/).length >= MIN_CREDIT_LINE_WORDS &&
      !creditTail(unit.text)
    ) {
      const credit = WHOLE_BRACKETED_RE.exec(unit.text)?.[1] ?? unit.text;
      if (isSlashOrViaCredit(withoutFileMark(credit.trim()))) {
        remove(unit, 'caption');
        unit.credit = credit.trim();
        continue;
      }
    }
    // A credit in brackets on a line of its own (`(Credit: Nasa)`): a picture's, whose caption may sit
    // above or below it; only the credit leaves.
    const bracketed = BRACKETED_CREDIT_RE.exec(unit.text);
    if (bracketed) {
      remove(unit, 'caption');
      unit.credit = bracketed[1]!.trim();
      continue;
    }
    const tail = creditTail(unit.text);
    if (!tail) continue;
    const rest = unit.text.slice(0, tail.index).trim();
    if (rest !== '') {
      makeCaption(unit, rest, tail.credit);
      continue;
    }
    // A credit on its own line: the caption is the line above it, unless that line reports speech (a
    // caption shows, the story tells: `Tarantino said he was unaware …` above a credit is the story's,
    // its picture uncaptioned).
    remove(unit, 'caption');
    const above = previousBody(units, i);
    if (above && unitWords(above) <= MAX_CAPTION_WORDS && !REPORTS_SPEECH_RE.test(above.text))
      makeCaption(above, above.text, tail.credit);
  }
  // Before the story starts, a line closed by a bare agency name is a captioned photo.
  const first = bodyStart(units);
  for (let i = 0; i < first; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    const m = BARE_AGENCY_TAIL_RE.exec(unit.text);
    if (m?.[1] && agenciesIn(m[1]).length > 0) makeCaption(unit, unit.text.slice(0, m.index), m[1]);
  }
}
/** Takes a gallery item out of the body, when the unit closes on a gallery counter. */
function galleryItem(units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const text = unit.text;
  if (text.length < 12 || !text.includes(' of ')) return false;
  const offset = Math.max(0, text.length - 40);
  const counter = GALLERY_COUNTER_RE.exec(text.slice(offset));
  if (!counter) return false;
  // A whole gallery run into one paragraph (a crawler's text: "Photos: … Hide Caption 1 of 25 Photos: …
  // Hide Caption 2 of 25 …"): every item closes on its counter, so it is all captions, however long.
  if (unitWords(unit) > MAX_GALLERY_WORDS) {
    const first = GALLERY_COUNTER_INSIDE_RE.exec(text);
    if (!first || first.index + first[0].length >= offset + counter.index) return false;
    makeCaption(unit, text.slice(0, first.index).replace(GALLERY_TITLE_RE, ''), null);
    return true;
  }
  const rest = text.slice(0, offset + counter.index).trim();
  if (rest !== '') {
    makeCaption(unit, rest.replace(GALLERY_TITLE_RE, ''), null);
    return true;
  }
  // A counter on its own line: the caption is the line above it.
  remove(unit, 'caption');
  const above = previousBody(units, i);
  if (above && unitWords(above) <= MAX_GALLERY_WORDS) makeCaption(above, above.text, null);
  return true;
}

function previousBody(units: readonly Unit[], i: number): Unit | null {
  for (let j = i - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.role === 'body') return u;
    if (u.role !== 'removed' || u.reason !== 'chrome') return null;
  }
  return null;
}
