/**
 * @module analyze/quotes/attribute-marks
 * Step `attributeMarks`: links each quotation to the speech cue that gives its speaker, in this order:
 * a cue right after the closing mark (`,” she said`, `,” said Musk`, `,” the 23-year-old added`); the
 * cue before the opening mark in the same sentence (`Musk said: “…`, `calling it a “band-aid”`,
 * `according to X, “…`); a cue ending in a colon just before a quote that opens its paragraph. A quote
 * with none of these continues the words of the last speaker (resolved later, when the text allows). A
 * quotation nested in another is someone else's words only when a cue inside the outer quotation
 * introduces it (`He said: ‘I promise…’`); otherwise it is part of the outer speaker's words and dropped.
 * A short fragment in marks that no cue attributes is a scare quote or a term, not a quote.
 */
import { sentenceAt, startsNewSentence } from '../sentences.js';
import { type Cue, cuesIn, isMedia, type Marked, markAround, type QuoteState } from './state.js';
import {
  PERSON_NOUNS,
  REPORTING_RE,
  SIGNATURE_VERB,
  SPEAKING_RE,
  SPOKES_NOUNS,
  UNNAMED_NOUNS,
} from './words.js';

/** How far after a closing mark, and before an opening mark, a cue is looked for. */
const AFTER_WINDOW = 160;
const BEFORE_WINDOW = 300;
/** Longest setting after a sentence-final attribution (`in a statement, without giving details.`). */
const TAIL_REST = 90;
/** Longest appositive after a sentence-final `said Roe` (`, who served as undersecretary of state …`). */
const APPOSITIVE_REST = 200;
/** Words that start another clause between a quote and a cue's subject (`,” while Roe said`). */
const CLAUSE_START_RE =
  /\b(?:while|whereas|and|but|as|when|after|because|though|although|since|before|if|who|which|where|then)\b|[,;:]/;

/** A role joined to the next one before the name (`his friend and spokesman Frank Roe`). */
const JOINED_ROLE_RE = /^(?:(?:his|her|their|its|the|a|an) )?([a-z-]{2,20}) and /;

/** Whether what stands between a closing mark and a cue's subject is only marks and the subject's titles. */
function onlyTitles(between: string): boolean {
  let rest = between.replace(/^[\s,.!?—–-]+/, '');
  const joined = JOINED_ROLE_RE.exec(rest);
  if (
    joined &&
    (PERSON_NOUNS.has(joined[1]!) || UNNAMED_NOUNS.has(joined[1]!) || SPOKES_NOUNS.has(joined[1]!))
  )
    rest = rest.slice(joined[0].length);
  return !CLAUSE_START_RE.test(rest);
}
/** `, as ` before the one who names something so (`,” as Roe calls it`). */
const AS_NAMING_RE = /^[\s,—–-]*as\s+/;
const AS_VERBS = new Set([
  'calls',
  'called',
  'call',
  'put it',
  'puts it',
  'describes',
  'described',
  'dubbed',
  'termed',
  'says',
  'said',
  'remembered',
  'remembers',
  'recalled',
  'recalls',
  'noted',
  'wrote',
  'writes',
]);
/** An attribution sentence after a question this short (in words) may be the question's: `Ruel asked.` */
const SHORT_ATTRIBUTION_WORDS = 8;
/** A fragment this short (in words) is a quote only when a cue attributes it. */
const SCARE_WORDS = 3;

/** Whether `cue` speaks in the same voice as `mark`: outside every quote, or inside the mark's parent. */
function inScope(state: QuoteState, cue: Cue, mark: Marked): boolean {
  return markAround(state, cue.at) === mark.parent;
}

/** The cue right after the closing mark, within its sentence and before any other quote. */
function cueAfter(state: QuoteState, mark: Marked): Cue | null {
  const { text, sentences } = state;
  const at = sentenceAt(sentences, Math.max(mark.open, mark.close - 1));
  const s = sentences[at];
  let end = s ? Math.max(s.end, mark.close) : text.length;
  // `“What went wrong?” Ruel asked.`: a question or exclamation ends the splitter's sentence, but a short
  // attribution right after it is the quotation's.
  const next = sentences[at + 1];
  if (
    next &&
    /[?!]\s*$/.test(text.slice(mark.start, mark.end)) &&
    /^\s*$/.test(text.slice(mark.close, next.start)) &&
    next.text.split(/\s+/).length <= SHORT_ATTRIBUTION_WORDS
  )
    end = next.end;
  let limit = Math.min(end, mark.close + AFTER_WINDOW);
  if (mark.parent) limit = Math.min(limit, mark.parent.end);
  const window = text.slice(mark.close, limit);
  const nextOpen = window.search(/[“"‘]|(?:^|\s)'(?=\w)/);
  if (nextOpen >= 0) limit = mark.close + nextOpen;
  for (const cue of cuesIn(state, mark.close, limit)) {
    if (!inScope(state, cue, mark)) continue;
    const between = text.slice(mark.close, cue.at);
    // A new sentence began (`Mr. Roe said`, `R. Nicholas Roe said`: a title's or an initial's full stop is not one).
    if (startsNewSentence(between.replace(/^[\s,.!?]+/, ''))) return null;
    if (cue.form === 'inverted' && /^[\s,.!?—–-]*$/.test(between)) return cue;
    // `“…,” according to Roe.`: the one the words are according to, right after the closing mark (not
    // when a speech verb before the quote names who spoke: `Wang told Shoigu “…,” according to the ministry`).
    if (cue.form === 'according' && cue.subject && /^[\s,—–-]*$/.test(between))
      return cueBefore(state, mark)?.form === 'verb' ? null : cue;
    // `,” Zorev said`, `,” the 23-year-old added`; not `,” while Roe said` (another clause).
    const start = subjectStart(cue);
    // Only marks and titles between: `,” Zorev said`, `,” police chief Ana Roe said`; not `” remark, he said`.
    // `“the Quentin of it all,” as Thurman calls it`: the words are the one who calls it so.
    const lead = text.slice(mark.close, start);
    const named = AS_NAMING_RE.test(lead) && AS_VERBS.has(cue.verb) ? lead.replace(AS_NAMING_RE, '') : lead;
    if (cue.form === 'verb' && start >= mark.close && onlyTitles(named)) return cue;
    if (cue.form === 'verb' || cue.form === 'inverted') return null; // a cue of another clause
  }
  return null;
}

function subjectStart(cue: Cue): number {
  const s = cue.subject;
  if (!s) return -1;
  return s.kind === 'mention' ? (s.phrase ?? s.mention.start) : s.at;
}

/**
 * The attribution that ends the mark's sentence (`… “strategic assets” on the peninsula, the Blue House
 * said in a statement.`): a cue after the mark whose subject follows a comma, with only a setting after
 * the verb, speaks the whole sentence.
 */
function cueAtSentenceEnd(state: QuoteState, mark: Marked): Cue | null {
  const { text, sentences } = state;
  const s = sentences[sentenceAt(sentences, Math.max(mark.open, mark.close - 1))];
  if (!s || mark.parent) return null;
  let cues = cuesIn(state, mark.close, s.end).filter((c) => markAround(state, c.at) === null);
  // `…, said Ana Roe, the editor, explaining why …`: a participle going on from the attribution is the
  // same speaker's clause, not the sentence's attribution.
  if (cues.length >= 2 && cues.at(-1)!.form === 'participle' && cues.at(-2)!.form === 'inverted')
    cues = cues.slice(0, -1);
  let cue = cues[cues.length - 1];
  // `…” the virus, said Ana Roe, Orvel’s head of research, reports the Ledger.`: the outlet that reports
  // it carries the words of the one who said them.
  const before = cues[cues.length - 2];
  if (
    cue?.subject?.kind === 'mention' &&
    REPORTING_RE.test(cue.verb) &&
    isMedia(state, cue.subject.mention.entity) &&
    before?.subject &&
    (before.form === 'inverted' || before.form === 'verb') &&
    SPEAKING_RE.test(before.verb)
  )
    cue = before;
  // (`…, according to Roe.` ending the sentence attributes it whole too.)
  if (!cue?.subject || (cue.form !== 'verb' && cue.form !== 'inverted' && cue.form !== 'according'))
    return null;
  const start = cue.form === 'inverted' ? cue.at : subjectStart(cue);
  // The reporting clause follows the sentence's last comma: `…, the presidential Blue House said`.
  const comma = text.lastIndexOf(',', start);
  if (
    start < mark.close ||
    comma < mark.close ||
    /\b(?:and|but|while|when|after|because|that|which|who|as|if)\b/.test(text.slice(comma, start))
  )
    return null;
  // After `said Roe`, the name's appositive or relative clause (`, who served as …`) is part of it.
  const named = cue.form === 'inverted' && cue.subject.kind === 'mention' ? cue.subject.mention.end : cue.end;
  const rest = text.slice(Math.max(cue.end, named), s.end);
  const allowed = named > cue.end && /^,\s/.test(rest) ? APPOSITIVE_REST : TAIL_REST;
  if (rest.length > allowed || /[“”"‘]/.test(rest)) return null;
  return cue;
}

/** The cue of a quotation signed after a dash (read by `findCues`), right at its closing mark. */
function signedAfterDash(state: QuoteState, mark: Marked): Cue | null {
  return (
    cuesIn(state, mark.close, mark.close + 1).find((c) => c.verb === SIGNATURE_VERB && c.at === mark.close) ??
    null
  );
}

/** The one told, right after `told`: the reporter of the words (`told him`, `had told her that`). */
const RELAYED_TO_RE = /^\s(?:him|her|me|us|them)\b/;

/** The last cue before the opening mark in its sentence, with no other quote between. */
function cueBefore(state: QuoteState, mark: Marked): Cue | null {
  const { sentences } = state;
  const s = sentences[sentenceAt(sentences, mark.open)];
  let from = Math.max(s ? s.start : 0, mark.open - BEFORE_WINDOW);
  if (mark.parent) from = Math.max(from, mark.parent.start);
  const cues = cuesIn(state, from, mark.open).filter((c) => inScope(state, c, mark) && c.end <= mark.open);
  // `Roe told reporters the two sides agreed on a “road map”`: a cue with no one named as its subject
  // inside another's reported words gives way to the one who is reporting them.
  // (Not one opening a clause of its own: `… as furious villagers vowed a “swift” reply` is theirs.)
  const named = cues.filter(
    (c) =>
      c.subject &&
      (!(c.subject.kind === 'description' && c.subject.refers === 'unnamed') || opensOwnClause(state, c)),
  );
  // `she heard a man shout “…”`: the words are the one heard, named or not.
  const pool = cues.at(-1)?.heard ? cues : named.length > 0 ? named : cues;
  let cue = pool[pool.length - 1];
  // `She told the Ledger that he had told her “…”`, `Roe said the driver told him “…”`: words told to
  // the one reporting them are in that reporter's rendering; the quote is the reporter's.
  const outer = pool[pool.length - 2];
  if (
    cue &&
    outer?.subject &&
    outer.form === 'verb' &&
    SPEAKING_RE.test(outer.verb) &&
    /^told$|^tells$/.test(cue.verb) &&
    RELAYED_TO_RE.test(state.text.slice(cue.end, cue.end + 12))
  )
    cue = outer;
  // A cue far from a whole quotation introduces something else.
  if (!cue || (mark.kind === 'direct' && cue.form === 'verb' && mark.open - cue.end > 200)) return null;
  return cue;
}

/** An adverbial clause's conjunction right before a cue's subject (`… as furious villagers vowed`, `when lawmakers pointed out`). */
const OWN_CLAUSE_RE = /\b(?:as|while|whereas|when)\s+$/;

/** Whether a cue's subject opens an adverbial clause of its own, outside any other cue's reported words. */
function opensOwnClause(state: QuoteState, cue: Cue): boolean {
  const start = subjectStart(cue);
  return start > 0 && OWN_CLAUSE_RE.test(state.text.slice(Math.max(0, start - 10), start));
}

/** A cue ending in a colon right before a quote that opens its paragraph or sentence. */
function cueBeforeColon(state: QuoteState, mark: Marked): Cue | null {
  const { text, sentences } = state;
  let i = mark.open;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (text[i - 1] !== ':') return null;
  const s = sentences[sentenceAt(sentences, i - 1)];
  if (!s) return null;
  const cues = cuesIn(state, Math.max(s.start, i - BEFORE_WINDOW), i);
  for (let k = cues.length - 1; k >= 0; k--) if (inScope(state, cues[k]!, mark)) return cues[k]!;
  return null;
}

/** Whether a cue only says which outlet carried the words (its subject is a news outlet that reports). */
function carries(state: QuoteState, cue: Cue): boolean {
  const s = cue.subject;
  return REPORTING_RE.test(cue.verb) && s?.kind === 'mention' && isMedia(state, s.mention.entity);
}

/**
 * The speaker a fragment's own clause reports, when an attribution after it reports the whole sentence
 * (`Roe also said the country was “100 percent with us”, Doe told reporters.`): the fragment is in the
 * words of Roe, whom Doe only reports. A speech verb before the fragment in its sentence, with a subject
 * and no comma, colon or semicolon between it and the opening mark.
 */
function innerSource(state: QuoteState, mark: Marked, after: Cue | null): Cue | null {
  if (mark.kind !== 'partial' || after === null || after.form !== 'verb' || mark.parent) return null;
  const before = cueBefore(state, mark);
  if (!before?.subject || before.form !== 'verb' || !SPEAKING_RE.test(before.verb)) return null;
  if (before.subject.kind !== 'mention' || /[,;:“”"]/.test(state.text.slice(before.end, mark.open)))
    return null;
  return before;
}

/** What may stand between two quotations one attribution after the second gives: `” to spy on Iran, and “`. */
const JOINED_QUOTES_RE = /^[^“”"‘’.;:!?]{0,80}\band\s*$/;
/** The most text between the two quotations. */
const JOINED_CHARS = 100;
/** How many marks ahead the next quotation is looked for. */
const JOINED_REACH = 8;

/**
 * The attribution of the next quotation of the sentence when `and` joins the two and nothing else
 * attributes this one (`“The enemy dispatched …” to spy on Iran, and “everyone saw …,” Khanzadi said`):
 * one speaker's two quotations.
 */
function cueOfJoinedQuote(state: QuoteState, mark: Marked, index: number): Cue | null {
  if (mark.parent) return null;
  // The next quotation past this one's own inner ones (a few marks ahead at most: linear time).
  let next: Marked | undefined;
  for (let j = index + 1; j < state.marks.length && j <= index + JOINED_REACH; j++) {
    const m = state.marks[j]!;
    if (m.open >= mark.close && m.parent === null) {
      next = m;
      break;
    }
  }
  if (!next?.kind) return null;
  if (next.open - mark.close > JOINED_CHARS) return null;
  const between = state.text.slice(mark.close, next.open);
  if (!JOINED_QUOTES_RE.test(between) || cuesIn(state, mark.close, next.open).length > 0) return null;
  const { sentences } = state;
  if (sentenceAt(sentences, mark.open) !== sentenceAt(sentences, next.open)) return null;
  return cueAfter(state, next);
}

export function attributeMarks(state: QuoteState): void {
  const { text } = state;
  for (const [index, mark] of state.marks.entries()) {
    if (!mark.kind) continue;
    // `Roe said the car sped up and “…,” the Daily Clarion reports`: Roe speaks, the outlet carries.
    let after = cueAfter(state, mark);
    if (after && carries(state, after)) {
      const before = cueBefore(state, mark);
      if (
        before?.subject &&
        !(before.subject.kind === 'mention' && isMedia(state, before.subject.mention.entity))
      )
        after = before;
    }
    const cue =
      innerSource(state, mark, after) ??
      after ??
      cueBefore(state, mark) ??
      cueBeforeColon(state, mark) ??
      cueAtSentenceEnd(state, mark) ??
      signedAfterDash(state, mark) ??
      cueOfJoinedQuote(state, mark, index);
    mark.cue = cue;
    if (cue) continue;
    const words = text.slice(mark.start, mark.end).split(/\s+/).length;
    if (mark.parent || (mark.kind === 'partial' && words <= SCARE_WORDS)) mark.kind = null;
  }
}
