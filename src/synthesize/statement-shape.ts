/**
 * @module synthesize/statement-shape
 * Whether a body sentence can state a fact on its own. Page dumps and crawler records keep captions
 * ("Photos: Mass shooting at … People run from the festival grounds"), teasers ("How well do you know
 * Elon Musk?"), promos in capitals, credit lines and sign-up prompts among the sentences; none of them
 * is a claim an outlet makes, so none may support a fact, stand in the summary, or side in a
 * disagreement. A sentence that reads only through an earlier one ("He added …", "The 23-year-old
 * said …") is a claim, but not a summary bullet (`dangles`).
 */

/** A sentence ends as a sentence: a full stop, ! or … (with closing quotes or brackets). */
const TERMINAL = /[.!…]["”’'»)\]]*\s*$/;
/** Openings of captions, galleries, teasers and page furniture. */
const FURNITURE_START =
  /^(?:photos?|pictures?|images?|video|watch|gallery|read more|more:|related|see also|click|tap|sign up|subscribe|follow|share|advertisement|caption|file photo|pictured|grab from|screenshot|screen grab|getty|copyright|©|credit:|source:|listen|play|download|view all|updated|published)\b/i;
/** Credits and captions' tails: "… Steve Parsons/PA", "… (Reuters)", "… Getty Images". */
const CREDIT_END =
  /(?:\/(?:PA|AP|AFP|Reuters|REUTERS|Getty Images?|EPA|Rex|REX|Shutterstock)|Getty Images?|\((?:AP|AFP|Reuters|PA) Photo[^)]*\)|Image copyright \S+)\s*$/;
/** Three capitalised words in a row at the start: a kicker or promo headline ("BOKO HARAM KIDNAP Terrorist …"). */
const SHOUTING = /^(?:[A-Z0-9][A-Z0-9'’-]+\s+){2,}[A-Z]/;
/** A bracketed aside is a caption or an editor's note: "[Video purports to show …]". */
const BRACKETED = /^[[(].*[\])]\.?$/s;

/** Whether a sentence can stand as a claim its outlet makes. */
export function isStandalone(text: string): boolean {
  const t = text.trim();
  if (t.length < 20) return false;
  if (!TERMINAL.test(t)) return false;
  if (/\?["”’'»)\]]*\s*$/.test(t)) return false;
  if (FURNITURE_START.test(t) || CREDIT_END.test(t) || SHOUTING.test(t) || BRACKETED.test(t)) return false;
  // A tweet or post quoted whole ("… — Elon Musk (@elonmusk) December 1, 2017") is a quote, not a claim.
  if (/\(@\w+\)/.test(t) || /\bpic\.twitter\.com\b|https?:\/\//.test(t)) return false;
  return true;
}

/** Subjects that point back to an earlier sentence. */
const BACK_REFERENCE =
  /^(?:["“‘']?\s*)(?:he|she|they|it|this|that|these|those|his|her|their|its|both|the two|the pair|the (?:\d+|[a-z]+)-year-old|the (?:former|latter|company|firm|group|man|woman|boy|girl|official|spokesman|spokeswoman|spokesperson|minister|president|chancellor|star|actor|actress|singer|driver|victim|suspect|agency|move|decision|statement|report|deal|plan|incident|attack|bridge|flight|ship|plane|tram|train|car|vessel|rocket|satellite|parade|letter|article|mission|accident|crash|case|charge|court|verdict|call|talks|meeting|team|club|players?)\b|so (?:did|does|do|is|was|were|has|had)|also|but|and|however|meanwhile|instead|still|yet|then|there|here|such|another|other|others|which|who|even|before|after|specifically|how|why|what|where|when)\b/i;

/** "…," he said. / "…," she added.: the speaker is only a pronoun. */
const PRONOUN_SPEAKER =
  /["”’']\s*,?\s*(?:he|she|they)\s+(?:said|says|added|told|wrote|continued|explained)\b|\b(?:he|she|they)\s+(?:said|says|added)\s*[.!]?$/i;

/**
 * Whether a sentence cannot be read alone: its subject is a pronoun or a pointer to something earlier.
 * `known` holds words a reader already has (the headline's, earlier bullets'): "The tram overturned"
 * reads alone under a headline about a tram crash.
 */
export function dangles(text: string, known: ReadonlySet<string> = new Set()): boolean {
  const t = text.trim();
  if (BACK_REFERENCE.test(t) && !namedBack(t, known)) return true;
  if (PRONOUN_SPEAKER.test(t)) return true;
  // "The Supreme Court …" names its subject; "The defendants …" points back unless the reader knows them.
  const m = /^["“‘']?\s*the\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?/i.exec(t);
  if (!m || /^["“‘']?\s*The\s+\p{Lu}/u.test(t)) return false;
  return !known.has(stem(m[1]!)) && !(m[2] !== undefined && known.has(stem(m[2])));
}

/** "The tram …" after the list of back-references: known to the reader when its noun is. */
function namedBack(t: string, known: ReadonlySet<string>): boolean {
  const m = /^["“‘']?\s*the\s+([a-z][\w-]*)\b/i.exec(t);
  return m !== null && known.has(stem(m[1]!));
}

/** A rough stem to match a noun with its plural ("tram" and "trams"). */
export function stem(word: string): string {
  return word.toLowerCase().replace(/(?:es|s)$/, '');
}

/** Speaking in the first person outside quotation marks: a tweet or remark pasted in without attribution. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|My|Me|We|Our|my|me|we|our|us)\b/;
/** A sentence that opens on a verb or modal has lost its subject ("Will have double thrust …"). */
const SUBJECTLESS =
  /^(?:will|would|can|could|should|must|is|are|was|were|has|have|had|guaranteed|hope|thanks|thank|looking|watch|read|see|click)\b/i;
/** Speech verbs that name who speaks in the sentence itself. */
const ATTRIBUTED =
  /\b(?:said|says|say|told|tells|wrote|writes|posted|tweeted|added|adds|asked|explained|according to)\b/i;

/** A sentence that is only a quotation, with nobody named as saying it. */
export function isBareQuote(text: string): boolean {
  const t = text.trim();
  if (SUBJECTLESS.test(t)) return true;
  const unquoted = t.replace(/["“][^"”]*["”]/g, ' ');
  if (FIRST_PERSON.test(unquoted) && !ATTRIBUTED.test(t)) return true;
  if (!/^["“‘']/.test(t)) return false;
  // The quotation closes at the end, with no attribution after it.
  return /["”’']\s*$/.test(t) || !/["”’'][^"”’']{3,}$/.test(t);
}
