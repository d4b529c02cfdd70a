/**
 * @module analyze/quotes
 * Quotations and reported speech with their speakers and the chain they came through. Steps, in order:
 * `findQuoteSpans` (balanced curly, straight and single marks within a block; unbalanced ones dropped),
 * `classifySpans` (direct, partial, or a name/title in marks, which is no quote), `attributeSpeakers`
 * (`“...,” Putin said`, `saying “...”`, `he said` resolved to the person, continuation of the previous
 * speaker), `findVia` (`told Tass`, `according to AP`, `CCTV reported`, `as per AP`) and
 * `findReportedSpeech` (`X said (that) ...`, `..., X said`, `according to X, ...`).
 */
import type { Block, Mention, Quote, QuoteKind, Sentence } from '../types.js';
import type { EntityResult } from './entities.js';
import { sentenceAt } from './sentences.js';

interface Marked {
  /** Inner span: the quoted words without marks. */
  start: number;
  end: number;
  open: number;
  close: number;
  /** Step 2's verdict: direct, partial, or null for a name or title in marks. */
  kind?: QuoteKind | null;
}

/** How far around a quote attribution and channels are looked for: keeps run-on text linear. */
const WINDOW = 400;
/** Longest quotation we accept: a longer run is an unbalanced mark. */
const MAX_QUOTE = 4000;
const VERBS =
  'estimates|estimated|argues|confirmed|denied|said|says|say|told|tells|added|adds|noted|notes|stressed|warned|urged|insisted|explained|declared|announced|wrote|asked|replied|argued|claimed|reiterated|emphasi[sz]ed|remarked|saying|adding|telling|calling|described|called for|continued|acknowledged|affirmed|observed|recalled|suggested';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const VERB_AT_RE = new RegExp(`^(?:${VERBS})\\b`);
const PRONOUN_RE = /\b(?:he|she|they|He|She|They)\b/g;
const REPORTED_VERB_RE = new RegExp(`\\b(?:${VERBS}|reported|according to)\\b`, 'g');
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  'to',
  'at',
  'by',
  'with',
  'de',
]);
const VIA_BEFORE_RE =
  /(?:according to|as per|reported by|cited by|quoted by|told|via|citing|in|by|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
const VIA_AFTER_RE =
  /^(?:[’']s)?\s*(?:(?:news|state)\s+)?(?:agency\s+|service\s+|broadcaster\s+)?(?:reported|said|quoted|cited|noted|described|reports)\b/;
const ACCORDING_RE = /\baccording to\s+/g;
/** Who someone `told` when it is not a name (`told reporters that`). */
const LISTENER_RE =
  /^\s+(?:reporters|journalists|lawmakers|parliament|the media|the press|(?:a|the)\s+(?:news\s+)?(?:conference|briefing))\s+(?:that\s+)?/;
/** An unnamed source tied to a named person (`an aide to X`): the speaker is not X. */
const UNNAMED_SOURCE_RE =
  /^(?:an?|one|the)\s+(?:[a-z-]+\s+){0,2}(?:aide|official|spokesperson|spokesman|spokeswoman|adviser|source|member|diplomat)s?\s+(?:to|of|for|close to|in|at)\b/;

export interface QuoteContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly blocks: readonly Block[];
  readonly entities: EntityResult;
}

/** Finds the quotes of an article, in text order. */
export function findQuotes(ctx: QuoteContext): Quote[] {
  const spans = findQuoteSpans(ctx);
  const finder = new Finder(ctx);
  const quotes: Quote[] = [];
  let previous: Quote | null = null;
  for (const span of spans) {
    const kind = span.kind;
    if (!kind) continue;
    const q = finder.attribute(span, kind, previous);
    quotes.push(q);
    if (kind === 'direct') previous = q;
  }
  quotes.push(...finder.reportedSpeech(spans));
  quotes.sort((a, b) => a.start - b.start);
  return quotes;
}

/** Step 1: balanced quotation marks within each block. */
function findQuoteSpans(ctx: QuoteContext): Marked[] {
  const spans = markedSpans(ctx);
  for (const s of spans) s.kind = classifySpan(ctx.text, s, ctx.sentences);
  return spans;
}

function markedSpans(ctx: QuoteContext): Marked[] {
  const { text } = ctx;
  const out: Marked[] = [];
  const ranges = ctx.blocks.length > 0 ? ctx.blocks : [{ start: 0, end: text.length }];
  for (const block of ranges) {
    let open = -1;
    let mark = '';
    for (let i = block.start; i < block.end && i < text.length; i++) {
      const c = text[i]!;
      if (open >= 0 && i - open > MAX_QUOTE) {
        i = open;
        open = -1;
        continue;
      }
      if (open < 0) {
        if (c === '“' || c === '"') {
          open = i;
          mark = c;
        } else if (c === '‘' && (i === 0 || /[\s(—–-]/.test(text[i - 1]!))) {
          open = i;
          mark = c;
        }
        continue;
      }
      const closes =
        (mark === '“' && c === '”') ||
        (mark === '"' && c === '"') ||
        (mark === '‘' && c === '’' && !/\p{L}/u.test(text[i + 1] ?? ' '));
      if (closes) {
        let s = open + 1;
        let e = i;
        while (s < e && /\s/.test(text[s]!)) s++;
        while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
        if (e > s) out.push({ start: s, end: e, open, close: i + 1 });
        open = -1;
      } else if (mark !== '"' && c === '“') {
        open = i; // an unclosed quote followed by a new one: restart
      }
    }
  }
  return out;
}

/** Step 2: direct quote, partial quote, or a name or title in marks (null). */
function classifySpan(text: string, span: Marked, sentences: readonly Sentence[]): QuoteKind | null {
  const inner = text.slice(span.start, span.end);
  const words = inner.split(/\s+/).filter(Boolean);
  const terminal = /[.?!…]$/.test(inner) || /[,]/.test(text.slice(span.end, span.close));
  const titleLike = words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\d]/u.test(w));
  if (titleLike && words.length <= 8 && !terminal && /^\p{Lu}/u.test(inner)) return null;
  const s = sentences[sentenceAt(sentences, span.open)];
  const atStart =
    s !== undefined && span.open - s.start <= 4 && /^[\s“"‘]*$/.test(text.slice(s.start, span.open));
  if (atStart || (terminal && words.length >= 4)) return 'direct';
  // A long quotation introduced by a speech verb or a colon is direct; one inside a noun phrase is partial.
  const lead = text.slice(Math.max(0, span.open - 24), span.open);
  if (
    words.length >= 4 &&
    /(?:\b(?:said|says|saying|say|added|adding|told\s+\S+|declared|wrote)|[,:])\s*$/.test(lead)
  )
    return 'direct';
  if (/:\s*$/.test(text.slice(Math.max(0, span.open - 3), span.open)) && /^\p{Lu}/u.test(inner))
    return 'direct';
  return 'partial';
}

class Finder {
  readonly mentions: readonly Mention[];

  constructor(readonly ctx: QuoteContext) {
    this.mentions = ctx.entities.mentions;
  }

  /** Mentions starting in [from, to). */
  mentionsIn(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < to; i++)
      out.push(this.mentions[i]!);
    return out;
  }

  typeOf(m: Mention): string {
    return this.ctx.entities.info.get(m.entity)?.entity.type ?? 'other';
  }

  isMedia(m: Mention): boolean {
    return this.ctx.entities.info.get(m.entity)?.media ?? false;
  }

  /** The person a pronoun at `at` refers to: a person earlier in its sentence, else the subject of the nearest earlier sentence naming one. */
  resolvePronoun(at: number): Mention | null {
    const { sentences } = this.ctx;
    const si = sentenceAt(sentences, at);
    const here = sentences[si];
    if (here) {
      const before = this.mentionsIn(Math.max(here.start, at - WINDOW), at).filter(
        (m) => this.typeOf(m) === 'person',
      );
      if (before.length > 0) return before[0]!;
    }
    for (let i = si - 1; i >= 0 && i >= si - 4; i--) {
      const s = sentences[i]!;
      const people = this.mentionsIn(Math.max(s.start, s.end - WINDOW), s.end).filter(
        (m) => this.typeOf(m) === 'person',
      );
      if (people.length > 0) return people[0]!;
    }
    return null;
  }

  /** The speaker named in `[from, to)`: the mention or pronoun nearest `to` (people and organisations first). */
  speakerIn(
    from: number,
    to: number,
    nearestTo: 'end' | 'start',
  ): { mention: Mention | null; text: string } | null {
    const ms = this.mentionsIn(from, to).filter((m) => m.end <= to);
    const text = this.ctx.text.slice(from, to);
    PRONOUN_RE.lastIndex = 0;
    let pronoun: { at: number; text: string } | null = null;
    for (let p = PRONOUN_RE.exec(text); p; p = PRONOUN_RE.exec(text)) {
      pronoun = { at: from + p.index, text: p[0] };
      if (nearestTo === 'start') break;
    }
    // People first, then organisations, then anything (`palace aide Ivo Sarkis said`).
    const rank = (m: Mention): number => {
      const t = this.typeOf(m);
      return t === 'person' ? 0 : t === 'organization' ? 1 : 2;
    };
    let pick: Mention | undefined;
    for (const m of ms) {
      if (!pick || rank(m) < rank(pick) || (rank(m) === rank(pick) && nearestTo === 'end')) pick = m;
    }
    if (pronoun && (!pick || (nearestTo === 'end' ? pronoun.at > pick.start : pronoun.at < pick.start))) {
      return { mention: this.resolvePronoun(pronoun.at), text: pronoun.text };
    }
    if (pick) return { mention: pick, text: pick.text };
    return null;
  }

  attribute(span: Marked, kind: QuoteKind, previous: Quote | null): Quote {
    const { text, sentences } = this.ctx;
    const si = sentenceAt(sentences, span.open);
    const sentence = sentences[si];
    // The sentence, bounded around the quote so a huge run-on paragraph stays linear.
    // A quotation of several sentences is attributed after its closing mark, in the sentence it ends in.
    const closing = sentences[sentenceAt(sentences, Math.max(span.open, span.close - 1))];
    const sEnd = Math.min(closing ? closing.end : text.length, span.close + WINDOW);
    const sStart = Math.max(sentence ? sentence.start : 0, span.open - WINDOW);
    let speaker: { mention: Mention | null; text: string } | null = null;
    let verb: string | null = null;
    // After the closing mark: `,” Putin said` / `,” said Putin` / `,” the Chinese president said`.
    const afterEnd = Math.min(sEnd, span.close + 90);
    const after = text.slice(span.close, afterEnd);
    const nextOpen = after.search(/[“"]/);
    const window = nextOpen >= 0 ? after.slice(0, nextOpen) : after;
    VERB_RE.lastIndex = 0;
    const v = VERB_RE.exec(window);
    if (v) {
      const verbAt = span.close + v.index;
      const between = text.slice(span.close, verbAt);
      if (/^[\s,.!?—–-]*$/.test(between)) {
        speaker = this.speakerIn(verbAt + v[0].length, Math.min(sEnd, verbAt + v[0].length + 50), 'start');
      } else if (between.length < 70 && !/[.;]\s/.test(between)) {
        speaker = this.speakerIn(span.close, verbAt, 'end');
      }
      if (speaker) verb = v[0];
    }
    // Before the opening mark: `Putin said: “...` / `..., saying “...`.
    if (!speaker) {
      const prevEnd = previous && previous.end > sStart ? Math.min(span.open, previous.end + 1) : sStart;
      const before = text.slice(prevEnd, span.open);
      let last: RegExpExecArray | null = null;
      VERB_RE.lastIndex = 0;
      for (let m = VERB_RE.exec(before); m; m = VERB_RE.exec(before)) last = m;
      if (last) {
        const verbAt = prevEnd + last.index;
        speaker = this.speakerIn(prevEnd, verbAt, 'end');
        if (speaker) verb = last[0];
      }
    }
    // A quote that goes on from the previous speaker's quote.
    if (!speaker && kind === 'direct' && previous && previous.speaker !== null) {
      const prevSentence = previous.sentence;
      if (si - prevSentence <= 2 && sentences[prevSentence]?.block === sentence?.block) {
        speaker = { mention: null, text: previous.speakerText ?? '' };
        return this.make(
          span,
          kind,
          si,
          previous.speaker,
          previous.speakerText,
          null,
          this.via(sStart, sEnd, previous.speaker),
        );
      }
    }
    if (!speaker && kind === 'partial' && sentence) {
      // The sentence's subject: its first person, else its first organisation.
      const before = this.mentionsIn(sStart, span.open);
      const subject =
        before.find((m) => this.typeOf(m) === 'person') ??
        before.find((m) => this.typeOf(m) === 'organization');
      if (subject) speaker = { mention: subject, text: subject.text };
    }
    const id = speaker?.mention?.entity ?? null;
    return this.make(span, kind, si, id, speaker?.text ?? null, verb, this.via(sStart, sEnd, id));
  }

  make(
    span: Marked,
    kind: QuoteKind,
    si: number,
    speaker: string | null,
    speakerText: string | null,
    verb: string | null,
    via: string[],
  ): Quote {
    return {
      start: span.start,
      end: span.end,
      text: this.ctx.text.slice(span.start, span.end),
      kind,
      speaker,
      speakerText,
      verb,
      via,
      sentence: si,
    };
  }

  /** Step 4: the news organisations the words came through, within the sentence. */
  via(from: number, to: number, speaker: string | null): string[] {
    const { text, entities } = this.ctx;
    const out: string[] = [];
    for (const m of this.mentionsIn(from, to)) {
      if (m.entity === speaker) continue;
      const info = entities.info.get(m.entity);
      if (info?.entity.type !== 'organization') continue;
      const before = text.slice(Math.max(from, m.start - 60), m.start);
      const after = text.slice(m.end, Math.min(to, m.end + 40));
      const channel = VIA_BEFORE_RE.test(before) || VIA_AFTER_RE.test(after);
      if (channel && (info.media || /according to\s+(?:[\p{L}’'-]+\s+){0,3}$/u.test(before))) {
        if (!out.includes(info.entity.name)) out.push(info.entity.name);
      }
    }
    const seg = text.slice(from, to);
    ACCORDING_RE.lastIndex = 0;
    for (let m = ACCORDING_RE.exec(seg); m; m = ACCORDING_RE.exec(seg)) {
      const phrase = /^[^,.;”"]+/.exec(seg.slice(m.index + m[0].length))?.[0].trim();
      const at = from + m.index + m[0].length;
      if (!phrase || this.mentionsIn(at, at + phrase.length).some((x) => this.typeOf(x) === 'organization'))
        continue;
      if (!out.includes(phrase) && phrase.length < 60) out.push(phrase);
    }
    return out;
  }

  /** Step 5: reported speech in sentences without a direct quote. */
  reportedSpeech(spans: readonly Marked[]): Quote[] {
    const { sentences } = this.ctx;
    const out: Quote[] = [];
    const direct = new Set<number>();
    for (const s of spans) {
      if (s.kind !== 'direct') continue;
      const last = sentenceAt(sentences, Math.max(s.open, s.close - 1));
      for (let i = sentenceAt(sentences, s.open); i <= last; i++) direct.add(i);
    }
    for (const s of sentences) {
      if (s.heading || direct.has(s.index) || s.end - s.start > 3000) continue;
      const q = this.reportedIn(s);
      if (q) out.push(q);
    }
    return out;
  }

  reportedIn(s: Sentence): Quote | null {
    const { text } = this.ctx;
    const body = s.text;
    REPORTED_VERB_RE.lastIndex = 0;
    const verbs: RegExpExecArray[] = [];
    for (let m = REPORTED_VERB_RE.exec(body); m; m = REPORTED_VERB_RE.exec(body)) verbs.push(m);
    if (verbs.length === 0) return null;
    let endTrim = s.end;
    while (endTrim > s.start && /[\s.!?”"’]/.test(text[endTrim - 1]!)) endTrim--;
    let via: string[] = [];
    // A trailing attribution: `..., Sarkis said, according to Tass.` / `..., AP reported.`
    const tail =
      /,\s+((?:[\p{L}’'.-]+\s+){0,7}?)(said|reported|says|added|noted|told)((?:\s+[\p{L}’'-]+){0,5})(?:,\s+(?:according to|as per|citing)\s+[^,]+)?$|,\s+(according to|as per)\s+([^,]+)$/u.exec(
        text.slice(s.start, endTrim),
      );
    if (tail) {
      const attrStart = s.start + tail.index;
      via = this.via(attrStart, s.end, null);
      const verbAt = tail[2]
        ? attrStart + tail[0].indexOf(tail[2], tail[1]!.length)
        : attrStart + tail[0].length;
      let speaker = tail[2] ? this.speakerIn(attrStart, verbAt, 'end') : null;
      // `an aide to Majority Leader Dana Ruiz said`: someone unnamed, not the person named.
      const phrase = text.slice(attrStart, verbAt).replace(/^,\s*/, '').trim();
      if (tail[2] && UNNAMED_SOURCE_RE.test(phrase)) speaker = { mention: null, text: phrase };
      if (!tail[2]) {
        // `..., according to X`: X is the source when it names a person or an organisation.
        const phrase = tail[5]!.trim();
        const found = this.speakerIn(attrStart, s.end, 'start');
        const named = found?.mention && this.typeOf(found.mention) !== 'place' ? found : null;
        speaker = named ?? { mention: null, text: phrase };
        const name = named?.mention ? this.nameOf(named.mention) : phrase;
        via = via.filter((v) => v !== name);
      } else if (speaker?.mention) {
        const name = this.nameOf(speaker.mention);
        via = via.filter((v) => v !== name);
      }
      // A nested speaker inside the content: `Sarkis said Weil supported ..., AP reported.`
      const content = this.nested(s.start, attrStart);
      if (content)
        return this.reported(content.start, content.end, s, content.speaker, content.verb, [
          ...via,
          ...(speaker?.mention ? [this.nameOf(speaker.mention)] : []),
        ]);
      // An unnamed source (`..., regional officials said.`): the words are kept with the phrase as speaker.
      if (
        !speaker &&
        tail[2] &&
        /^(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:officials?|sources?|police|authorities|officers?|residents?|witnesses|analysts|experts|diplomats?)$/.test(
          phrase,
        )
      )
        speaker = { mention: null, text: phrase };
      if (speaker) return this.reported(s.start, attrStart, s, speaker, tail[2] ?? tail[4]!, via);
    }
    // `according to X, ...` at the start.
    ACCORDING_RE.lastIndex = 0;
    const acc = /^According to\s+([^,]+),\s*/.exec(body);
    if (acc) {
      const src = this.speakerIn(s.start + 13, s.start + acc[1]!.length + 13, 'end');
      const content = this.nested(s.start + acc[0].length, endTrim);
      const viaName = src?.mention ? this.nameOf(src.mention) : acc[1]!;
      if (content)
        return this.reported(content.start, content.end, s, content.speaker, content.verb, [viaName]);
      return this.reported(
        s.start + acc[0].length,
        endTrim,
        s,
        src ?? { mention: null, text: acc[1]! },
        'according to',
        [],
      );
    }
    const content = this.nested(s.start, endTrim);
    if (content)
      return this.reported(content.start, content.end, s, content.speaker, content.verb, [
        ...content.via,
        ...this.via(s.start, s.end, content.speaker?.mention?.entity ?? null).filter(
          (v) => !content.via.includes(v),
        ),
      ]);
    return null;
  }

  /** How a channel is named: a news organisation by its name, else the phrase (`Chinese state media`). */
  channelName(speaker: { mention: Mention | null; text: string }, verbAt: number): string {
    const m = speaker.mention;
    if (!m) return speaker.text;
    if (this.typeOf(m) === 'person' || this.isMedia(m)) return this.nameOf(m);
    const phrase = this.ctx.text
      .slice(m.start, verbAt)
      .replace(/\s+(?:reported|said|says|told|noted)\b.*$/s, '')
      .trim();
    return phrase || this.nameOf(m);
  }

  nameOf(m: Mention): string {
    return this.ctx.entities.info.get(m.entity)?.entity.name ?? m.text;
  }

  /** `X said (that) CONTENT` within [from, to): the innermost speaker, the outer ones as via. */
  nested(
    from: number,
    to: number,
  ): {
    start: number;
    end: number;
    speaker: { mention: Mention | null; text: string };
    verb: string;
    via: string[];
  } | null {
    const { text } = this.ctx;
    const seg = text.slice(from, to);
    VERB_RE.lastIndex = 0;
    const via: string[] = [];
    let result: ReturnType<Finder['nested']> = null;
    const reportedRe =
      /\b(?:said|says|told|added|noted|stressed|warned|insisted|reported|claimed|reiterated|estimates|estimated|argues|argued|confirmed|denied|predicted)\b/g;
    let cursor = 0;
    for (let m = reportedRe.exec(seg); m; m = reportedRe.exec(seg)) {
      const verbAt = from + m.index;
      const subjectFrom = Math.max(from + cursor, verbAt - 70);
      const speaker = this.speakerIn(subjectFrom, verbAt, 'end');
      if (!speaker) continue;
      const gap = text.slice(speaker.mention ? Math.max(speaker.mention.end, subjectFrom) : verbAt, verbAt);
      // `Bellini said`, or an appositive subject: `Sen. Ron Wyden, D-Oregon, said`, `The governor, Marco Bellini, said`.
      const appositive = /^,[^,;]{0,60},?\s*$/.test(gap);
      if ((/[,;]/.test(gap) && !appositive) || (gap.length > 40 && !appositive)) continue;
      let cStart = verbAt + m[0].length;
      const rest = text.slice(cStart, to);
      const obj =
        /^\s+(?:(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:(?:newspaper|agency|news agency|broadcaster|channel|daily|magazine|website|radio|television)\s+)?)?(?:that\s+)?/u.exec(
          rest,
        );
      const listener = LISTENER_RE.exec(rest);
      const skipObj =
        m[0] === 'told' && listener
          ? listener[0].length
          : m[0] === 'told' && obj
            ? obj[0].length
            : (/^\s+(?:that\s+)?/.exec(rest)?.[0].length ?? 0);
      cStart += skipObj;
      // `said in a statement (that)`, `told a news conference on Monday that`.
      const setting =
        /^(?:in|at|during)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:statement|interview|briefing|conference|speech|post|letter|video)\s+(?:on\s+\w+\s+)?(?:that\s+)?/.exec(
          text.slice(cStart, cStart + 80),
        );
      if (setting) cStart += setting[0].length;
      if (to - cStart < 12) continue;
      if (result) via.push(this.channelName(result.speaker, from + cursor));
      result = { start: cStart, end: to, speaker, verb: m[0], via: [] };
      cursor = cStart - from;
      if (m[0] === 'reported') continue;
      break;
    }
    if (result) result.via = via.reverse();
    return result;
  }

  reported(
    start: number,
    end: number,
    s: Sentence,
    speaker: { mention: Mention | null; text: string } | null,
    verb: string,
    via: string[],
  ): Quote | null {
    const { text } = this.ctx;
    let a = start;
    let b = end;
    while (a < b && /[\s,]/.test(text[a]!)) a++;
    while (b > a && /[\s,.]/.test(text[b - 1]!)) b--;
    if (b - a < 12) return null;
    return {
      start: a,
      end: b,
      text: text.slice(a, b),
      kind: 'reported',
      speaker: speaker?.mention?.entity ?? null,
      speakerText: speaker?.text ?? null,
      verb,
      via: via.filter((v, i) => v && via.indexOf(v) === i),
      sentence: s.index,
    };
  }
}

export { VERB_AT_RE };
