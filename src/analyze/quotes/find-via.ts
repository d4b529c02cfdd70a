/**
 * @module analyze/quotes/find-via
 * The news organisations words came through, within a sentence: `told Tass`, `according to AP`, `CCTV
 * reported`, `as per AP`, `cited by Xinhua`; and `according to` phrases that name no organisation
 * (`according to Chinese state media`). The speaker is never their own channel.
 */
import { mentionsIn, type QuoteState, typeOf } from './state.js';

const VIA_BEFORE_RE =
  /(?:according to|as per|reported by|cited by|quoted by|told|via|citing|in|by|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
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
    if (
      !phrase ||
      mentionsIn(state, at, at + phrase.length).some((x) => typeOf(state, x.entity) === 'organization')
    )
      continue;
    if (!out.includes(phrase) && phrase.length < 60) out.push(phrase);
  }
  return out;
}
