/**
 * @module analyze/quotes/find-via
 * The news organisations words came through, within a sentence: `told Tass`, `according to AP`, `CCTV
 * reported`, `as per AP`, `cited by Xinhua`; and `according to` phrases that name no organisation
 * (`according to Chinese state media`). The speaker is never their own channel.
 */
import { mentionsIn, type QuoteState, typeOf } from './state.js';
import { endsWithCueThenWords } from './word-runs.js';

/** A cue that the words after it (up to `VIA_WORDS` of them, then a name) came through that name. */
const VIA_CUE_END_RE =
  /(?:according to|as per|reported by|cited by|quoted by|told|via|citing|in|by|from)\s+(?:the\s+)?$/u;
const VIA_WORDS = 4;
const VIA_WORD_RE = /[\p{L}-]/u;
const ACCORDING_END_RE = /according to\s+$/;
const ACCORDING_WORDS = 3;
const ACCORDING_WORD_RE = /[\p{L}’'-]/u;
const VIA_AFTER_RE =
  /^(?:[’']s)?\s*(?:(?:news|state)\s+)?(?:agency\s+|service\s+|broadcaster\s+)?(?:reported|said|quoted|cited|noted|described|reports)\b/;
const ACCORDING_RE = /\baccording to\s+/g;

export function findVia(state: QuoteState, from: number, to: number, speaker: string | null): string[] {
  const { text, entities } = state;
  const out: string[] = [];
  for (const m of mentionsIn(state, from, to)) {
    if (m.entity === speaker) continue;
    const info = entities.info.get(m.entity);
    if (info?.entity.type !== 'organization') continue;
    const before = text.slice(Math.max(from, m.start - 60), m.start);
    const after = text.slice(m.end, Math.min(to, m.end + 40));
    const channel =
      endsWithCueThenWords(before, VIA_CUE_END_RE, VIA_WORDS, VIA_WORD_RE) || VIA_AFTER_RE.test(after);
    if (
      channel &&
      (info.media || endsWithCueThenWords(before, ACCORDING_END_RE, ACCORDING_WORDS, ACCORDING_WORD_RE))
    ) {
      if (!out.includes(info.entity.name)) out.push(info.entity.name);
    }
  }
  const seg = text.slice(from, to);
  ACCORDING_RE.lastIndex = 0;
  for (let m = ACCORDING_RE.exec(seg); m; m = ACCORDING_RE.exec(seg)) {
    const phrase = /^[^,.;”"]+/.exec(seg.slice(m.index + m[0].length))?.[0].trim();
    const at = from + m.index + m[0].length;
    if (
      !phrase ||
      mentionsIn(state, at, at + phrase.length).some((x) => typeOf(state, x.entity) === 'organization')
    )
      continue;
    if (!out.includes(phrase) && phrase.length < 60) out.push(phrase);
  }
  return out;
}
