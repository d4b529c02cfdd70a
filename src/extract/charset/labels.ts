/**
 * @module extract/charset/labels
 * Maps a charset label as pages and servers write it (`latin1`, `x-sjis`, `ks_c_5601-1987`) to the
 * name iconv-lite decodes it with, following the WHATWG Encoding Standard's label table where it
 * differs from the IANA names (e.g. `iso-8859-1` and `ascii` mean windows-1252, `gb2312` means GBK).
 */
import iconv from 'iconv-lite';

/** WHATWG aliases whose decoder is not the one the plain name suggests. */
const WHATWG_ALIASES: Readonly<Record<string, string>> = {
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'x-cp1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  'shift-jis': 'cp932',
  shift_jis: 'cp932',
  sjis: 'cp932',
  'x-sjis': 'cp932',
  ms_kanji: 'cp932',
  'windows-31j': 'cp932',
  csshiftjis: 'cp932',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'ks_c_5601-1989': 'cp949',
  ksc5601: 'cp949',
  korean: 'cp949',
  'windows-949': 'cp949',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
  'x-euc-jp': 'euc-jp',
  koi8: 'koi8-r',
  koi8_r: 'koi8-r',
  'unicode-1-1-utf-8': 'utf-8',
  utf8: 'utf-8',
  'x-unicode20utf8': 'utf-8',
  unicode: 'utf-16le',
  'utf-16': 'utf-16le',
  'ucs-2': 'utf-16le',
  'x-mac-roman': 'macintosh',
  mac: 'macintosh',
};

/**
 * The iconv-lite name for a charset label, or null when the label names no charset we can decode.
 * @example charsetFor(' Windows-1251 ') === 'windows-1251'
 */
export function charsetFor(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (clean === '') return null;
  const known = WHATWG_ALIASES[clean] ?? clean;
  if (known === 'utf-8') return 'utf-8';
  return iconv.encodingExists(known) ? known : null;
}

/**
 * The charset named in an HTTP Content-Type header (`text/html; charset=Shift_JIS`), or null.
 */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([^"';,\s]+)/i.exec(contentType);
  return match ? charsetFor(match[1]) : null;
}
