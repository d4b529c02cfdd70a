/**
 * @module extract/charset/detect
 * Guesses the charset of bytes that declare none and are not valid UTF-8. Each candidate charset
 * decodes a sample, and the decoded text is scored by how much of it looks like that charset's
 * language (kana for Japanese, Hangul for Korean, common Han characters for Chinese, lower-case
 * Cyrillic for Russian) minus a heavy cost for undecodable bytes. Nothing convincing: windows-1252,
 * which is what browsers fall back to for Western pages.
 */
import iconv from 'iconv-lite';

/** How many bytes the detector samples: enough text to vote, cheap on a large page. */
const SAMPLE_BYTES = 65_536;

/** Frequent Han characters of modern Chinese: GBK and Big5 texts are full of them, others rarely. */
const COMMON_HAN = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出也得里后自会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感的國來說這個們會對時過後為與發問東車長書從經點實現開關體進當應動議員報導學機場將業區灣臺'.split(
    '',
  ),
);

type Scorer = (text: string) => number;
type Liking = (code: number, char: string, before: number, after: number) => number;

/**
 * Scores text by summing what `like` says of each non-ASCII character (given its neighbours'
 * code points); U+FFFD, C1 controls and private-use characters cost 20 each.
 */
function scoreWith(like: Liking): Scorer {
  return (text) => {
    const chars = Array.from(text);
    let score = 0;
    for (let index = 0; index < chars.length; index += 1) {
      const char = chars[index]!;
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) continue;
      if (code === 0xfffd || code < 0xa0 || (code >= 0xe000 && code < 0xf900)) score -= 20;
      else {
        const before = chars[index - 1]?.codePointAt(0) ?? 32;
        const after = chars[index + 1]?.codePointAt(0) ?? 32;
        score += like(code, char, before, after);
      }
    }
    return score;
  };
}

const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isCyrillic = (code: number) => code >= 0x410 && code <= 0x44f;

/**
 * Cyrillic words are runs of Cyrillic letters; a lone Cyrillic letter between Latin letters is a
 * Western accented letter read with the wrong table (`caf` + `й`).
 */
const likeCyrillic: Liking = (code, _char, before, after) => {
  if (!isCyrillic(code)) return 0;
  if (isAsciiLetter(before) || isAsciiLetter(after)) return -1;
  const lower = code >= 0x430 ? 1 : 0.2;
  return isCyrillic(before) || isCyrillic(after) ? lower : 0;
};

/** Western accented letters sit inside words of ASCII letters. */
const likeLatin: Liking = (code, _char, before, after) => {
  if (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) {
    return isAsciiLetter(before) || isAsciiLetter(after) ? 1 : 0.3;
  }
  return 0.1;
};

const isKana = (code: number) => code >= 0x3040 && code <= 0x30ff;
const isHangul = (code: number) => code >= 0xac00 && code <= 0xd7a3;
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const isHalfwidthKana = (code: number) => code >= 0xff61 && code <= 0xff9f;

const CANDIDATES: readonly { charset: string; score: Scorer }[] = [
  {
    charset: 'cp932',
    score: scoreWith((code) => (isKana(code) ? 2 : isHan(code) ? 0.5 : isHalfwidthKana(code) ? -1 : 0)),
  },
  {
    charset: 'euc-jp',
    score: scoreWith((code) => (isKana(code) ? 2 : isHan(code) ? 0.5 : isHalfwidthKana(code) ? -1 : 0)),
  },
  { charset: 'cp949', score: scoreWith((code) => (isHangul(code) ? 1.5 : isHan(code) ? -0.5 : 0)) },
  {
    charset: 'gb18030',
    score: scoreWith((code, char) =>
      COMMON_HAN.has(char) ? 3 : isHan(code) ? 0.3 : isHangul(code) ? -1 : 0,
    ),
  },
  {
    charset: 'big5',
    score: scoreWith((code, char) => (COMMON_HAN.has(char) ? 3 : isHan(code) ? 0.3 : 0)),
  },
  { charset: 'windows-1251', score: scoreWith(likeCyrillic) },
  { charset: 'koi8-r', score: scoreWith(likeCyrillic) },
  { charset: 'windows-1252', score: scoreWith(likeLatin) },
];

/** True when the bytes are well-formed UTF-8 (a sequence cut at the end of the sample is allowed). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    let need: number;
    if (byte >= 0xc2 && byte <= 0xdf) need = 1;
    else if (byte >= 0xe0 && byte <= 0xef) need = 2;
    else if (byte >= 0xf0 && byte <= 0xf4) need = 3;
    else return false;
    if (index + need >= length) return true;
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[index + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return false;
    }
    index += need + 1;
  }
  return true;
}

/**
 * How many well-formed multi-byte UTF-8 sequences the bytes hold, and how many bytes break UTF-8
 * (a stray byte, a truncated or overlong sequence). Text written in UTF-8 with a byte damaged here
 * and there has many of the first and few of the second; legacy-charset text has none of the first.
 */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const need =
      byte >= 0xc2 && byte <= 0xdf
        ? 1
        : byte >= 0xe0 && byte <= 0xef
          ? 2
          : byte >= 0xf0 && byte <= 0xf4
            ? 3
            : 0;
    let ok = need > 0 && index + need < length;
    for (let k = 1; ok && k <= need; k += 1) ok = ((bytes[index + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      index += need + 1;
    } else {
      // A sequence cut by the end of a sample is not an error.
      if (!(need > 0 && index + need >= length)) invalid += 1;
      index += 1;
    }
  }
  return { valid, invalid };
}

/** True when bytes are UTF-8 with at most as many damaged bytes as well-formed sequences. */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = utf8Sequences(bytes);
  return invalid === 0 || valid >= invalid;
}

/**
 * The most plausible charset for undeclared, non-UTF-8 bytes (an iconv-lite name).
 * @example detectCharset(iconv.encode('Привет, мир', 'windows-1251')) === 'windows-1251'
 */
export function detectCharset(bytes: Uint8Array): string {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES));
  let best = 'windows-1252';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of CANDIDATES) {
    const score = candidate.score(iconv.decode(sample, candidate.charset));
    if (score > bestScore) {
      bestScore = score;
      best = candidate.charset;
    }
  }
  return bestScore > 0 ? best : 'windows-1252';
}
