/**
 * @module extract/metadata/dateline
 * The dateline at the start of a story's first paragraph: `BEIJING -`, `[BEIJING]`, `BEIJING : ...`,
 * `NEW DELHI: ...`, `Moscow, Feb 4 (Reuters) -`, or a bare upper-case place (`BEIJING China's ...`) when
 * the place appears elsewhere in the article under its usual spelling.
 */

/** Upper-case words that open sentences without being places. */
const NOT_PLACES = new Set(
  (
    'A AN THE I US UK UN EU NATO OPEC ASEAN BRICS NASA FBI CIA WHO IMF G7 G20 CEO AI BREAKING UPDATE ' +
    'EXCLUSIVE ANALYSIS OPINION WATCH LIVE NEW UPDATED EDITOR NOTE PHOTO VIDEO AP AFP REUTERS BLOOMBERG'
  ).split(' '),
);

export interface Dateline {
  /** The place as written (`BEIJING`, `Moscow`). */
  readonly place: string;
  /** Length of the dateline prefix in the paragraph, separator included. */
  readonly length: number;
}

/**
 * The patterns below read only this many characters at a paragraph's start: a place of up to four words,
 * an agency and a separator fit well within it, and each pattern's work (its up to four words separated
 * by single spaces, tried longest first) stays bounded however long the paragraph.
 */
const HEAD_CHARS = 160;
/**
 * A place of one to four upper-case words. Each further word is its own optional group, not a repeated
 * one: a word never holds the space that parts it from the next, so each is read once.
 */
const UPPER_WORD = "[A-Z][A-Z.'’-]+";
const PLACE_UPPER = `${UPPER_WORD}(?: ${UPPER_WORD})?(?: ${UPPER_WORD})?(?: ${UPPER_WORD})?`;
const BRACKETED_RE = new RegExp(`^\\[(${PLACE_UPPER})\\]\\s*`);
const AGENCY_RE =
  /^([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+)?(?: [A-Z][\p{L}.'’-]+)?(?: [A-Z][\p{L}.'’-]+)?)(?:,[^()\n]{1,40}?)?\s*\([A-Za-z][\w .-]{0,30}\)\s*[-–—:]\s*/u;
const SEPARATED_RE = new RegExp(`^(${PLACE_UPPER})(?:,[^:—–\\n]{1,30}?)?\\s*(?::|[-–—]{1,2})\\s+`);
const BARE_RE = new RegExp(`^(${PLACE_UPPER}) (?=[A-Z][a-z’'])`);

/** Reads a dateline; `article` (the whole text) confirms a bare upper-case place. */
export function readDateline(paragraph: string, article = ''): Dateline | null {
  const head = paragraph.slice(0, HEAD_CHARS);
  const bracketed = BRACKETED_RE.exec(head);
  if (bracketed?.[1]) return { place: bracketed[1], length: bracketed[0].length };
  const agency = AGENCY_RE.exec(head);
  if (agency?.[1] && !NOT_PLACES.has(agency[1])) return { place: agency[1], length: agency[0].length };
  const separated = SEPARATED_RE.exec(head);
  if (separated?.[1] && isPlace(separated[1])) return { place: separated[1], length: separated[0].length };
  const bare = BARE_RE.exec(head);
  if (bare?.[1] && isPlace(bare[1]) && (bare[1].length >= 4 || bare[1].includes(' '))) {
    const usual = bare[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
    if (article.includes(usual)) return { place: bare[1], length: bare[0].length };
  }
  return null;
}

function isPlace(word: string): boolean {
  if (NOT_PLACES.has(word)) return false;
  const letters = word.replace(/[^A-Z]/g, '');
  return letters.length >= 3;
}
