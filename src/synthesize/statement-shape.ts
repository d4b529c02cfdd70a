/**
 * @module synthesize/statement-shape
 * Whether a body sentence can state a fact on its own. Page dumps and crawler records keep captions
 * ("Photos: Mass shooting at … People run from the festival grounds"), teasers ("How well do you know
 * Elon Musk?"), promos in capitals, credit lines and sign-up prompts among the sentences; none of them
 * is a claim an outlet makes, so none may support a fact, stand in the summary, or side in a
 * disagreement; a paragraph that is a photo caption ("FILE - In this … photo, …", or closing on
 * "(AP Photo/…)") is a caption in every sentence (`captionBlocks`). A sentence that reads only through
 * an earlier one ("He added …", "The 23-year-old said …", "The bridge was closed") is a claim, but not
 * a summary bullet (`dangles`); nor is a headline left in the body (`isFragment`).
 */

import { runFrom, spaceFrom, withoutQuotations } from '../analyze/quotes/word-runs.js';
import { readDateline } from '../extract/metadata/dateline.js';

/** A sentence ends as a sentence: a full stop, ! or … (with closing quotes or brackets). */
const TERMINAL = /[.!…]["”’'»)\]]*\s*$/;
/** Openings of captions, galleries, teasers and page furniture. */
const FURNITURE_START =
  /^(?:photos?|pictures?|images?|video|watch|gallery|read more|more:|related|see also|click|tap|sign up|subscribe|follow|share|advertisement|caption|file photo|pictured|grab from|screenshot|screen grab|getty|copyright|©|credit:|source:|listen|play|download|view all|updated|published)\b/i;
/** Credits and captions' tails: "… Steve Parsons/PA", "… (Reuters)", "… Getty Images". */
const CREDIT_END =
  /(?:\/(?:PA|AP|AFP|Reuters|REUTERS|Getty Images?|EPA|Rex|REX|Shutterstock)|Getty Images?|\((?:AP|AFP|Reuters|PA) Photo[^)]*\)|Image copyright \S+)\s*$/;
/** A character of a word in capitals ("BOKO", "COVID-19", "MOTHER'S"): the first is a capital or a digit. */
const CAPITALS_FIRST = /[A-Z0-9]/;
const CAPITALS = /[A-Z0-9'’-]/;

/**
 * Whether a sentence opens in capitals: two or more words of capitals (two characters or more, each
 * followed by white space) and a capital after them, a kicker or promo headline ("BOKO HARAM KIDNAP
 * Terrorist …"). One pass over the opening words.
 */
function shouts(t: string): boolean {
  let at = 0;
  for (let words = 0; ; words++) {
    if (words >= 2 && /[A-Z]/.test(t.charAt(at))) return true;
    if (!CAPITALS_FIRST.test(t.charAt(at))) return false;
    const end = runFrom(t, at + 1, CAPITALS);
    const next = spaceFrom(t, end);
    if (end === at + 1 || next === end) return false;
    at = next;
  }
}
/** A video's caption: an outlet's journalist in the present tense ("Bloomberg’s Christine Harper discusses …"). */
const VIDEO_CAPTION =
  /^\p{Lu}[\p{L}.&’' -]{1,40}[’']s\s\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+\s(?:discusses|talks|joins|explains|breaks down|weighs in|reports|looks at|analy[sz]es|previews|reviews|reacts)\b/u;

/** A section's or a teaser's label before the text: "Summary:That …", "Background: …". */
const LABEL_START =
  /^(?:summary|background|update|updated|analysis|context|note|editor[’']s note|explainer|opinion|comment|the big picture|why it matters|what(?:[’']s| is) next|go deeper|the bottom line|catch up quick|(?:by )?the numbers|what we know|the details|the latest)\s*:/i;
/** An entry of a chronology box, dated by a label: "May 1992: The league is founded …", "2004: …". */
const CHRONOLOGY_ITEM =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[89]|20)\d\d\s*:/;
/** Words a headline in title case keeps in lower case. */
const TITLE_FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'in',
  'a',
  'an',
  'to',
  'for',
  'on',
  'at',
  'from',
  'by',
  'with',
]);
/** Capitalised words in a row, from the start, that make a headline glued to the sentence after it. */
const GLUED_HEADLINE_WORDS = 7;

/**
 * Whether a sentence opens with a headline in title case glued to it ("Not Out of The Woods Yet:
 * Despite Progress, Euro Crisis Is Far From Over The Greek debt cut worked"): seven or more words in a
 * row capitalised (a headline's lower-case function words aside) before the text goes on in lower case.
 */
function headlineGlued(t: string): boolean {
  const words = t.split(/\s+/, 24);
  let capitalised = 0;
  // Words a sentence writes in lower case that a headline capitalises ("Is", "From", "Yet"): names
  // run long too ("Varlandic President Anselm Dravik and Casparan Prime Minister …") but hold none.
  let headlineWords = 0;
  for (const [k, w] of words.entries()) {
    if (/^["“‘(]?\p{Lu}/u.test(w)) {
      capitalised++;
      if (k > 0 && HEADLINE_CASED.has(w.replace(/[^\p{L}]/gu, '').toLowerCase())) headlineWords++;
    } else if (TITLE_FUNCTION_WORDS.has(w)) continue;
    else return capitalised >= GLUED_HEADLINE_WORDS && headlineWords >= 2;
  }
  return false;
}

/** Common words a headline capitalises and a sentence does not. */
const HEADLINE_CASED = new Set(
  'is are was were be been has have had will would can could not no out yet far from over into with after before despite up down off about how why what when who more most all as its it this that these those do does did says say said gets get set new back'.split(
    ' ',
  ),
);

/** A bracketed aside is a caption or an editor's note: "[Video purports to show …]". */
const BRACKETED = /^[[(].*[\])]\.?$/s;

/** A photo caption's opening: "FILE - In this March 3, 2019, photo, …", "In this image released …". */
const CAPTION_OPEN =
  /^(?:FILE\s*[-–—:]\s*|In this\b[\s\S]{0,60}?\b(?:photos?|photographs?|images?|pictures?|frame grab|video grab|still)\b)/i;
/** A caption's present tense before a camera: "… poses for photographers as she arrives …". */
const BEFORE_CAMERA =
  /\bposes? (?:for (?:photographers|photos|pictures|a (?:photo|picture|portrait))|with (?:the|a|his|her) \w+ (?:for|as))\b/i;
/** A photo credit closing a paragraph: "(AP Photo/Jane Roe, File)", "(Jane Roe, File/Associated Press)", "[Photo/IC]". */
const PHOTO_CREDIT = /[([][^()[\]]{0,60}(?:\bPhoto\b|\/\s*\p{Lu})[^()[\]]{0,60}[)\]]\.?\s*$/u;

/**
 * Blocks (by `block` index) that are photo captions kept in the body: one that opens as a caption or
 * closes on a photo credit. Every sentence of such a block describes a picture, even one that reads
 * like news ("The singer is grieving …" after "In this photo, the singer poses …").
 */
export function captionBlocks(
  sentences: readonly { readonly text: string; readonly block: number }[],
): Set<number> {
  const first = new Map<number, string>();
  const last = new Map<number, string>();
  for (const s of sentences) {
    if (!first.has(s.block)) first.set(s.block, s.text.trim());
    last.set(s.block, s.text.trim());
  }
  const captions = new Set<number>();
  for (const [block, text] of first)
    if (CAPTION_OPEN.test(text) || PHOTO_CREDIT.test(last.get(block) ?? '')) captions.add(block);
  return captions;
}

/** Whether a sentence can stand as a claim its outlet makes. */
export function isStandalone(text: string): boolean {
  const t = text.trim();
  if (t.length < 20) return false;
  if (!TERMINAL.test(t)) return false;
  if (CAPTION_OPEN.test(t) || BEFORE_CAMERA.test(t)) return false;
  // An editor's correction note: "An earlier version of this story said …"; a label ("Summary:", "Background:").
  if (/^(?:An earlier version|A previous version|Correction:|Clarification:)\b/.test(t)) return false;
  if (LABEL_START.test(t) || CHRONOLOGY_ITEM.test(t) || headlineGlued(t) || VIDEO_CAPTION.test(t))
    return false;
  if (/\?["”’'»)\]]*\s*$/.test(t)) return false;
  if (FURNITURE_START.test(t) || CREDIT_END.test(t) || shouts(t) || BRACKETED.test(t)) return false;
  // A promo for another piece: "Ana Roe has the whole story.", "Ana Roe has more."
  if (/\bhas (?:the )?(?:(?:whole|full|latest|complete) )?story\.?$|\bhas more\.?$/.test(t)) return false;
  // Boilerplate of reporting, no news: "Roe did not respond to a request for comment."
  if (NO_COMMENT.test(t)) return false;
  // A teaser of the piece itself: "… in this exclusive interview."
  if (
    /\bin this (?:exclusive |new |special )?(?:interview|article|story|piece|video|podcast|episode)\b/i.test(
      t,
    )
  )
    return false;
  // A tweet or post quoted whole ("… — Elon Musk (@elonmusk) December 1, 2017") is a quote, not a claim.
  if (/\(@\w+\)/.test(t) || /\bpic\.twitter\.com\b|https?:\/\//.test(t)) return false;
  return true;
}

/** A sentence that only says someone would not comment. */
const NO_COMMENT =
  /\b(?:did not|didn[’']t|does not|doesn[’']t) (?:immediately )?(?:respond|reply) to (?:a |an |multiple |several |repeated )?(?:requests?|emails?|messages?|calls?|inquir(?:y|ies))(?: for comment)?|\b(?:declined|refused) to comment|\bcould not (?:immediately )?be reached for comment\b/i;

/** Subjects that point back to an earlier sentence. */
const BACK_REFERENCE =
  /^(?:["“‘']?\s*)(?:he|she|they|it|this|that|these|those|his|her|their|its|both|the two|the pair|the (?:\d+|[a-z]+)-year-old|the (?:former|latter|company|firm|group|man|woman|boy|girl|official|spokesman|spokeswoman|spokesperson|minister|president|chancellor|star|actor|actress|singer|driver|victim|suspect|agency|move|decision|statement|report|deal|plan|incident|attack|bridge|flight|ship|plane|tram|train|car|vessel|rocket|satellite|parade|letter|article|mission|accident|crash|case|charge|court|verdict|call|talks|meeting|team|club|players?)\b|so (?:did|does|do|is|was|were|has|had)|also|but|and|however|meanwhile|instead|still|yet|then|there|here|moreover|furthermore|further(?=,)|besides|additionally|likewise|similarly|nevertheless|nonetheless|with (?:it|them)|such|another|other|others|which|who|even|before|after|specifically|how|why|what|where|when)\b/i;

/** "…," he said. / "…," she added.: the speaker is only a pronoun. */
const PRONOUN_SPEAKER =
  /["”’']\s*,?\s*(?:he|she|they|another|one|others)\s+(?:said|says|added|told|wrote|continued|explained)\b|\b(?:he|she|they)\s+(?:said|says|added)\s*[.!]?$/i;

/** Subjects counted out, or a group set against one met before: "Five other defendants …", "Both men …". */
const OTHER_OF =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|most|few|the)\s+(?:other|others|more|remaining|rest)\b/i;
/** Weekdays and months: capitalised, but they name no one ("The ship involved in Tuesday's crash"). */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** Things a news reader knows without being told which: "The economy grew …", "The government said …". */
const ONE_OF_A_KIND =
  /^(?:economy|government|administration|president|military|public|(?:unemployment|jobless|inflation|interest) rates?|stock market)$/;

/**
 * Whether a definite subject ("the …" up to its verb) names what it is: it holds a name ("The second
 * trial of Lina Ostrova", "The shooting at two Varn mosques") or is one of a kind ("The economy").
 */
function namedSubject(t: string): boolean {
  const words = t
    .replace(/^["“‘']?\s*/, '')
    .split(/\s+/)
    .slice(1, 12);
  const subject: string[] = [];
  /** Whether a name follows the subject as its appositive: `The Illinois senator, Barack Obama, …`. */
  let appositive = false;
  for (const [k, w] of words.entries()) {
    if (/,$/.test(w)) {
      subject.push(w.slice(0, -1));
      appositive = /^\p{Lu}\S*\s\p{Lu}/u.test(words.slice(k + 1, k + 3).join(' '));
      break;
    }
    // "-ed" right after "the" or an adverb describes ("The unsigned opinions"); a plural before "in",
    // "of", "from" … is still the subject ("The sharp exchanges in the Varn debate").
    const describes = /ed$/.test(w) && (k === 0 || /ly$/.test(words[k - 1]!));
    // (After an adverb the -s word is a verb: "The measure now goes to …".)
    const plural =
      /^(?:in|of|from|at|on|for|with|to|by|between|among)$/.test(words[k + 1] ?? '') &&
      !(k > 0 && ADVERB_BEFORE_VERB.test(words[k - 1]!));
    if ((FINITE.test(w) && !describes) || (k > 0 && !plural && /^[a-z]{2,}(?<!ou|s|u|i)s$/.test(w))) break;
    subject.push(w);
  }
  if (ONE_OF_A_KIND.test(subject.join(' ').toLowerCase())) return true;
  // A person described by a role, whatever place qualifies it (`The Illinois senator`, `The Korean
  // boss`), or a relative of a family named before (`The younger Jackson`), is someone met earlier.
  if (
    !appositive &&
    subject.length <= ROLE_SUBJECT_WORDS &&
    (PERSON_ROLE.test(subject.at(-1) ?? '') || /^(?:younger|elder|older)$/.test(subject[0] ?? ''))
  )
    return false;
  // A party is no name of a person: "The Republican governor", "The centrist Democrat" point back.
  return subject.some(
    (w, k) => /^\p{Lu}/u.test(w) && (k === 0 || !CALENDAR.test(w)) && !PARTY_MEMBER.test(w),
  );
}

/**
 * Nouns of a person's role or calling that close a description of someone (`The Illinois senator`); not
 * an office one person holds, which its place names (`The South Korean president`, `The Paris prosecutor`).
 */
const PERSON_ROLE =
  /^(?:senator|congressman|congresswoman|lawmaker|politician|minister|leader|chief|boss|official|spokes(?:man|woman|person)|actor|actress|singer|rapper|star|player|striker|midfielder|goalkeeper|quarterback|coach|manager|captain|driver|billionaire|tycoon|mogul|businessman|businesswoman|entrepreneur|founder|candidate|nominee|judge|officer)$/;
/** Words a described person's subject runs to (`The South Korean boss`): a longer one is some other phrase. */
const ROLE_SUBJECT_WORDS = 3;
/** Adverbs between a subject and its verb ("The measure now goes …", "The plan also calls for …"). */
const ADVERB_BEFORE_VERB = /^(?:now|also|still|then|already|just|again|soon|only|[a-z]+ly)$/;
/** A party member's epithet word, which names nobody: "The Democrat", "The Republican leader". */
const PARTY_MEMBER =
  /^(?:Democrats?|Republicans?|Conservatives?|Tory|Tories|Labour|Liberals?|Socialists?|Communists?|GOP)$/;
/** A quantifier standing for an earlier sentence's things as the subject: "Some have been amplified …". */
const QUANTIFIER_SUBJECT =
  /^["“‘']?\s*(?:some|many|most|several|few|all|none)\s(?:have|has|had|are|were|was|is|will|would|can|could|say|said)\b|^(?:(?:more than|about|nearly|almost|some|at least|another)\s)?(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s(?:others|more)\b/i;
/**
 * A short named subject, then `also`: "Yonhap also found …", "The Orvel Police also said …" (not in
 * quoted words, which their speaker's attribution places).
 */
const ALSO_AFTER_SUBJECT = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s){1,4}also\s/u;
/** "The 39-year-old Page …": an age and a surname alone, someone the article introduced earlier. */
const AGE_AND_SURNAME = /^["“‘']?\s*The (?:\d+|[a-z]+)-year-old \p{Lu}[\p{Ll}'’-]+ (?!\p{Lu})/u;

/** An opening that points back to an earlier sentence's time, place or event. */
const BACK_ADVERBIAL =
  /^["“‘']?\s*(?:from there|since then|by then|until then|until that (?:point|time)|after that|before that|at that (?:point|time)|in (?:response|turn|return|that case)|as a result|because of (?:this|that)|despite (?:this|that)|for (?:this|that) reason|to that end|even so|that(?:'s|’s| is) why|for (?:example|instance)|one such|(?:most|some|many|all|none|each|both|several|few|\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten) of (?:them|these|those)|each (?:participant|of the)\b)\b/i;
/**
 * The writer's own opening that answers or goes on from an earlier sentence (`In other words, …`, `So,
 * …`, `Within minutes, …`); not inside a quotation, whose speaker may open so.
 */
const CONTINUING_OPENING =
  /^(?:in other words|put (?:it|another way|simply|differently)\b|all of (?:which|that|this|these|those)|to be fair|as it turned out|well(?=,)|so(?=,)|so (?=(?:he|she|they|it|we|you|while|when|if|that|what)\b)|immediately(?=,)|within (?:minutes|hours|seconds|moments)(?! of\b)|a (?:little|bit) further\b)/i;
/** A connective set off by commas inside the sentence: it links the sentence to one before it. */
const PARENTHETICAL_CONNECTIVE =
  /, (?:for (?:example|instance)|however|though|in turn|likewise|similarly|nevertheless|nonetheless|in contrast|by contrast|on the other hand|moreover|furthermore|therefore|meanwhile|instead),/i;
/** Nouns a demonstrative names without an earlier sentence: "this week", "that morning". */
const DEMONSTRATIVE_TIME =
  /^(?:year|week|month|morning|afternoon|evening|night|weekend|season|spring|summer|autumn|fall|winter|century|decade)$/i;
/** The words before an opening clause's comma, when there is one within this many characters. */
const OPENING_CLAUSE_CHARS = 80;

/** Words after which `that` is a demonstrative, not a conjunction ("If that level …", "Despite that ruling …"). */
const BEFORE_DEMONSTRATIVE =
  /^(?:if|when|while|once|unless|although|as|in|at|on|under|despite|after|before|with|for|by|from|of|to|without|beyond)$/i;

/** Whether the sentence's opening clause points at an earlier thing: "If that level is breached, …". */
function demonstrativeOpener(text: string): boolean {
  // (A quotation's own words point at what its speaker speaks of: `“We will find out why this happened,” …`.)
  if (/^["“‘']/.test(text.trim())) return false;
  const comma = text.indexOf(',');
  if (comma < 0 || comma > OPENING_CLAUSE_CHARS) return false;
  const words = text
    .slice(0, comma)
    .replace(/^["“‘']+/, '')
    .split(/\s+/);
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!/^(?:this|that|these|those)$/i.test(w)) continue;
    const next = words[k + 1]!;
    if (!/^[a-z]{3,}$/.test(next) || DEMONSTRATIVE_TIME.test(next)) continue;
    // "After officials said that police …": `that` after a verb opens a clause and points at nothing.
    if (/^that$/i.test(w) && k > 0 && !BEFORE_DEMONSTRATIVE.test(words[k - 1]!)) continue;
    return true;
  }
  return false;
}

/** An adverb of time opening a sentence, before its subject: "Now, …", "Today the …". */
const TIME_ADVERB =
  /^["“‘']?\s*(?:now|today|again|thus|currently|eventually|finally|ultimately|initially|previously)\b,?\s+/i;

/** A short opening phrase before the subject: a preposition or an -ing form and up to five words, then a comma. */
const OPENER =
  /^(?:(?:for|in|at|on|after|before|with|despite|during|like|unlike|as|to|last|this|next|earlier|later)\s|[A-Z][a-z]+ing\s)[^,]{0,40},\s+(?=\S)/i;
/** Function words that open a sentence without naming anyone. */
const OPENING_WORD =
  /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|some|many|several|most|all|both|each|every|no|few|in|on|at|after|before|when|while|as|during|for|with|by|from|last|this|that|earlier|later|on|upon|within|so|well|first|then|immediately|still|yet|instead|indeed|perhaps|now|once|soon|there)$/i;
/** A subject pronoun after a clause break: "… and they later flew …", "… as she arrived …". */
const CLAUSE_PRONOUN =
  /(?:,|\b(?:and|but|as|because|before|after|when|while|until|so|where|since))\s+(?:he|she|they)\b|,\s+it\s+(?:is|was|will|would|has|had|can|could)\b/i;

/** A subject pronoun of someone, in lower case (inside the sentence). */
const SUBJECT_PRONOUN = /\b(?:he|she|they)\b/;
/** A verb of saying or thinking right before a pronoun, whose subject the pronoun stands for. */
const SAYS_BEFORE_RE =
  /\b(?:said|say|says|told \w+|believe|believes|believed|think|thinks|thought)\s+(?:that\s+)?$/;

/**
 * Whether a sentence cannot be read alone: its subject is a pronoun, a description ("The bridge has
 * been closed", "The defendants were fined") or a group ("Five other defendants …") whose referent is
 * only in earlier sentences, or a clause's subject is a pronoun nobody named before it ("Two
 * neighbours lent the climbers their ropes as they set off …"). A reader of a summary does not have
 * the article's earlier sentences, so a definite subject is known only when the sentence itself ties
 * it to a name ("The mayor of Varn …") or names it ("The Varn council …").
 */
export function dangles(text: string): boolean {
  const whole = text.trim();
  // After a short opener ("For the Varn fans, …", "Taking to the stage, …") the subject comes next.
  const opener = OPENER.exec(whole);
  if (opener && dangles(whole.slice(opener[0].length))) return true;
  // "From there, Roe ran …", "Since then, …": the time or place is an earlier sentence's.
  if (BACK_ADVERBIAL.test(whole) || CONTINUING_OPENING.test(whole)) return true;
  // "The Ska band, for example, scored …", "If that level is breached, …": an earlier sentence's claim or thing.
  if (PARENTHETICAL_CONNECTIVE.test(whole) || demonstrativeOpener(whole)) return true;
  // "Now, it will be 9.1 percent", "Today the firm …": the subject comes after the adverb.
  const adverb = TIME_ADVERB.exec(whole);
  if (adverb && whole.length > adverb[0].length && dangles(whole.slice(adverb[0].length))) return true;
  const t = whole;
  // "The former Massachusetts governor and 2012 nominee said …": someone introduced before, by a past
  // role, however many names qualify it.
  if (FORMER_ROLE.test(t) || AGE_AND_SURNAME.test(t) || QUANTIFIER_SUBJECT.test(t)) return true;
  // "Yonhap also found …": what it adds to is an earlier sentence's.
  if (ALSO_AFTER_SUBJECT.test(t)) return true;
  if (BACK_REFERENCE.test(t) && !(/^["“‘']?\s*[Tt]he\s/u.test(t) && namedSubject(t))) return true;
  if (PRONOUN_SPEAKER.test(t) || OTHER_OF.test(t) || ellipsisOpens(t)) return true;
  const pronoun = CLAUSE_PRONOUN.exec(t);
  if (pronoun && !namesBefore(t.slice(0, pronoun.index))) return true;
  // (A subject pronoun anywhere outside quotation marks with no name before it: `Earlier this week he
  // revealed …`; not the one a verb of saying gives back its own subject: `Many experts say they …`.)
  const unquoted = withoutQuotations(t);
  const subject = SUBJECT_PRONOUN.exec(unquoted);
  if (
    subject &&
    !SAYS_BEFORE_RE.test(unquoted.slice(0, subject.index)) &&
    !namesBefore(unquoted.slice(0, subject.index))
  )
    return true;
  // "The Rovers were 1-2 under him.": a man or woman the sentence never names (quotations aside).
  const person = PERSON_PRONOUN.exec(unquoted);
  if (person && !namesBefore(unquoted.slice(0, person.index), true)) return true;
  // "The Supreme Court …" names its subject; "The defendants …" points back.
  return /^["“‘']?\s*[Tt]he\s/u.test(t) && !namedSubject(t);
}

/** A subject that is someone's past or passing role: "The former …", "The late …", "The outgoing …". */
const FORMER_ROLE = /^["“‘']?\s*The (?:former|ex-|late|then-|outgoing|incoming|embattled|disgraced)\b/;

/**
 * A verb phrase left to an earlier sentence: "Clinton did so in 1998", "nor did the minister", "The
 * Rovers didn't and …" (an auxiliary with nothing after it but a clause break).
 */
const ELLIPSIS =
  /\b(?:did|does|do|done|doing) so\b|\b(?:neither|nor) (?:did|does|do|has|have|had|was|were|is|are)\b|\b(?:did|does|do|has|have|had|could|would|can|will)(?:n['’]t| not)(?= and\b| but\b|[,;.]|$)/i;
/** Words a subject before the ellipsis may run to: a clause of its own ("The shooter, who killed 59, did so …") gives the verb. */
const ELLIPSIS_SUBJECT_WORDS = 5;

/** Whether the sentence's own verb phrase is an ellipsis right after a short subject with no clause of its own. */
function ellipsisOpens(t: string): boolean {
  const m = ELLIPSIS.exec(t);
  if (!m) return false;
  const before = t.slice(0, m.index);
  return !/[,;:—–]/.test(before) && before.split(/\s+/).filter(Boolean).length <= ELLIPSIS_SUBJECT_WORDS;
}

/** A pronoun of one man or woman that is not a clause's subject: "under him", "his", "her". */
const PERSON_PRONOUN = /\b(?:him|his|her|himself|herself)\b/;

/**
 * Whether a stretch of a sentence names someone: a capitalised word that is not a sentence's opening
 * function word (`one`: not a plural, a weekday or a month, as a team or a date is no him or her).
 */
function namesBefore(stretch: string, one = false): boolean {
  const words = stretch
    .replace(/^["“‘']+/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.some(
    (w, i) =>
      /^\p{Lu}/u.test(w) &&
      !(i === 0 && OPENING_WORD.test(w.replace(/[^\w]/g, ''))) &&
      !(one && (/[^s’'\W]s\W*$/.test(w) || CALENDAR.test(w))),
  );
}

/** Conjunctions that open a subordinate clause: the main clause must follow. */
const SUBORDINATE_OPEN =
  /^["“‘']?\s*(?:because|although|though|unless|whereas|even if|even though|not that)\b/i;

/** Verbs and auxiliaries that make a clause; a past form ending in -ed also does. */
const FINITE =
  /\b(?:(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)n['’]t|am|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|do|does|did|said|says|say|told|made|took|came|went|got|gave|saw|won|lost|left|put|set|hit|ran|began|found|held|led|paid|sent|sold|spent|struck|fell|rose|flew|broke|chose|drew|grew|knew|wrote|spoke|stood|kept|met|brought|bought|thought|caught|fought|taught|felt|meant|shot|built)\b|\b[a-z]{2,}ed\b/;

/**
 * A headline or label among the body sentences: no verb that makes it a clause ("A red roadster with a
 * song on the stereo.") or a headline's "X to launch …" with no verb of its own. Present tenses in -s
 * ("Varn mourns its mayor") count as verbs.
 */
export function isFragment(text: string): boolean {
  return fragmentAfterLabels(text, 0);
}

/** `isFragment` of a text read after `labels` short labels (`Note: The route: …`). */
function fragmentAfterLabels(text: string, labels: number): boolean {
  // "[The Rovers had a great night.": a bracket opened and never closed is a cut piece of a page.
  if (unclosedBracket(text)) return true;
  const t = withoutQuotations(text.trim());
  // "The planned trajectory: a billion-year orbit.": a short label, then a phrase with no verb. (Labels
  // are read `MAX_LABELS` deep: a hostile text of thousands of `a: a: …` stays linear.)
  const colon = t.indexOf(': ');
  if (
    labels < MAX_LABELS &&
    colon > 0 &&
    colon <= LABEL_CHARS &&
    t.slice(0, colon).split(/\s+/).length <= LABEL_WORDS &&
    !/\b(?:is|are|was|were|has|have|had|said|says|told)\b/.test(t.slice(0, colon)) &&
    fragmentAfterLabels(t.slice(colon + 2), labels + 1)
  )
    return true;
  // A subordinate clause alone ("Because this isn't just about her — even if …"): no main clause after a comma.
  if (SUBORDINATE_OPEN.test(t) && !/,\s/.test(t)) return true;
  if (FINITE.test(t)) return false;
  // A preposition's phrase alone ("With Roe's red car inside."): no verb, whatever its words end in.
  if (/^(?:with|without|among|amid|under|after|before|from|for|of|in|on|at)\s/i.test(t)) return true;
  // A lowercase word in -s after a name or noun may be a present-tense verb: give it the benefit.
  return !/\b[a-z]{2,}(?<!ou|s|u|i)s\b/.test(t.split(/\s+/).slice(1).join(' '));
}

/** Words a label before a colon runs to ("The planned trajectory: …"), the characters they may fill, and how many labels stack. */
const LABEL_WORDS = 4;
const LABEL_CHARS = 80;
const MAX_LABELS = 3;

/** Whether a text opens a bracket it never closes (or closes one it never opened). */
function unclosedBracket(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (depth < 0) return true;
  }
  return depth !== 0;
}

/** Speaking in the first person outside quotation marks: a tweet or remark pasted in without attribution. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|My|Me|We|Our|my|me|we|our|us)\b/;
/** Where someone stands in a picture (`Roe (left) and Doe (right) were …`): a photo caption's words. */
const PICTURE_POSITION_RE =
  /\((?:left|right|centre|center|pictured|top|bottom|above|below|inset|second left|second right)\)/i;
/** A graphic's numbered label glued to its text: `1Videos showed …`. */
const NUMBERED_LABEL_RE = /^\d\p{Lu}\p{Ll}/u;
/**
 * Whether a sentence reads as a photo caption left in the body: where people stand in the picture, a
 * graphic's numbered label, or a name doing something in a participle, no verb of its own.
 */
export function readsAsCaption(text: string): boolean {
  const t = text.trim();
  return (
    PICTURE_POSITION_RE.test(t) ||
    NUMBERED_LABEL_RE.test(t) ||
    nameThenParticiple(t) ||
    (DATED_CAPTION_END_RE.test(t) && presentTense(t)) ||
    PICTURED_ACTION_RE.test(t)
  );
}

/** A participle after a name, no verb of its own: `Mayor of London Sadiq Khan talking to …`, a photo's words. */
const PARTICIPLE_CAPTION_RE =
  /^[a-z]+ing\s(?:to|at|with|on|in|for|during|after|before|outside|inside|near)\s/;
/**
 * A photo agency's caption ends on the picture's full date, after its place or `on` (`… in Wenchang,
 * Hainan Province, China July 2, 2017.`, `… at an undisclosed location on September 15, 2017.`); a
 * report's own sentence dates its news by the day (`on Friday`).
 */
const DATED_CAPTION_END_RE =
  /(?:,| in| on) (?:\p{Lu}[\p{L}.]* )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?$/u;
/**
 * People doing in the present what a picture shows, on a day or at the scene: `Some of the freed girls
 * appear Thursday in Banki, …`, `Emergency service personnel attend the scene in Croydon, …`.
 */
const PICTURED_ACTION_RE =
  /^\p{Lu}[^,.]{3,60} (?:appears?|attends?|gathers?|go|goes|stands?|waits?|poses?|walks?|looks?|sits?|reacts?|holds?|arrives?) (?:on |at |in |outside |near |during |after )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the scene)\b/u;
/** Whether a sentence tells in the present, as a caption does (`takes off`, `is fired`), not in the past (`was born`, `married`). */
const presentTense = (t: string): boolean =>
  /\b(?:is|are)\b/.test(t) || !/\b(?:was|were|had|did|\p{L}{3,}ed)\b/u.test(t);
/** A conjunction opening a sentence's clause (`If Samsung’s trying …`). */
const CONJUNCTION = /^(?:if|though|although|because|unless)$/i;
/** Words a name's run may hold in lower case (`Mayor of London`). */
const NAME_INNER_WORD = /^(?:of|the|and|de|van|von)$/;

/**
 * Whether a sentence opens on a name of two capitalised words or more followed by a participle and its
 * preposition (`Sadiq Khan talking to …`, `Rescue Workers searching in …`): a caption describing a
 * picture. One pass over the opening words.
 */
function nameThenParticiple(t: string): boolean {
  const words = t.split(' ', 10);
  // (A function word opens no name: `Two Iranians travelling on …`, `If Samsung’s trying …`.)
  if (OPENING_WORD.test(words[0] ?? '') || CONJUNCTION.test(words[0] ?? '')) return false;
  let capitals = 0;
  for (const [k, w] of words.entries()) {
    // (`Mr. Roe, speaking at …, said`: a participle set off by commas describes the subject.)
    if (/[,;:]$/.test(w)) return false;
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!NAME_INNER_WORD.test(w) || capitals === 0)
      return capitals >= 2 && PARTICIPLE_CAPTION_RE.test(words.slice(k).join(' '));
  }
  return false;
}

/**
 * Whether a sentence's own words keep it from being a summary bullet: it reads only after earlier text,
 * is a bare quotation, a fragment, the writer speaking to the reader, or a caption's words. (The summary
 * also weighs its length, who is quoted and who is named; `bench/truth/shapes.ts` scores this alone.)
 */
export function refusedAsBullet(text: string): boolean {
  return (
    dangles(text) || isBareQuote(text) || isFragment(text) || speaksToReader(text) || readsAsCaption(text)
  );
}

/**
 * The writer speaking to the reader outside quotation marks (`if you study a map, you do see …`, `lets
 * you use …`): a review's or a column's voice, not a claim a summary can state.
 */
const TO_THE_READER = /\b(?:you|your|yours|yourself|you['’](?:re|ve|ll|d))\b/i;

export function speaksToReader(text: string): boolean {
  return TO_THE_READER.test(withoutQuotations(text));
}

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
  const unquoted = withoutQuotations(t);
  if (FIRST_PERSON.test(unquoted) && !ATTRIBUTED.test(t)) return true;
  if (!/^["“‘']/.test(t)) return false;
  // The quotation closes at the end, with no attribution after it.
  return /["”’']\s*$/.test(t) || !/["”’'][^"”’']{3,}$/.test(t);
}

/** An agency tag or a release's date before the news: "(CNN) ", "Washington (CNN)The", "30 June 2011 – ", "June 30, 2011 — ". */
const LEAD_TAG =
  /^(?:(?:\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{1,2}, \d{4})\s*[-—–]\s+|(?:[A-Z][a-z]+ )?\((?:CNN|AP|AFP|Reuters)\)\s*(?:[-–—]{1,2}\s+)?|[-–—•]{1,2}\s+)/;

/**
 * A sentence's words without a leading dateline (read by the extractors' dateline reader: "LONDON — ",
 * "BEIJING (Reuters) - ", "Montbrelle, March 11 (Reuters) - ", "[BEIJING] ", "SEOUL, South Korea — ",
 * a bare "KORTENZ " before the news, when the article names the place elsewhere) or agency tag or list
 * dash: the same text, from where the news starts (still a substring of it).
 */
export function trimLead(text: string, article = text): string {
  const dateline = readDateline(text, article);
  const trimmed = (dateline ? text.slice(dateline.length).trimStart() : text).replace(LEAD_TAG, '');
  return trimmed.length >= 20 ? trimmed : text;
}
