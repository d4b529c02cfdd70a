import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeHtml } from '../../src/extract/charset/decode.js';
import { detectCharset } from '../../src/extract/charset/detect.js';
import { prescanCharset } from '../../src/extract/charset/prescan.js';
import { decodeText } from '../../src/extract/decode-text.js';
import { extractHtml } from '../../src/extract/html/extract-html.js';

const RUSSIAN = [
  'Власти портового города Велмора в среду вновь открыли северный причал после трёхнедельного ремонта.',
  'По словам инженеров, стену причала длиной двести метров пришлось полностью заменить после мартовских штормов.',
  'Капитан порта Ильза Варнхольт заявила, что рыболовные суда вернутся во внутреннюю гавань к пятнице.',
  'Судоходные агенты говорят, что закрытие подняло ставки фрахта почти на пятую часть, и графики придут в норму не скоро.',
];
const JAPANESE = [
  'ベルモラ港湾局は火曜日、三週間閉鎖されていた北側の岸壁を再開したと発表した。沖合で待機していた貨物船十四隻が接岸できるようになった。',
  '技術者たちは三月の嵐で亀裂が入った岸壁二百二十メートルを交換した。費用はおよそ四百二十万クローネだという。',
  '港長のイルゼ・バルンホルト氏は記者団に対し、漁船は金曜日までに内港へ戻る見通しだと語った。',
  '海運代理店によると、閉鎖により運賃はほぼ二割上昇し、運航予定が正常に戻るには数週間かかるという。',
];
const CHINESE =
  '维尔莫拉港务局星期二宣布，经过三个星期的修复，北码头重新开放，在海上等待的十四艘货船终于可以靠岸卸货了。工程师们说，这段码头墙在三月的风暴中出现了裂缝。';
const KOREAN =
  '벨모라 항만청은 화요일 폭풍 피해 복구를 마친 북쪽 부두를 다시 열었다고 밝혔다. 앞바다에서 기다리던 화물선 열네 척이 접안할 수 있게 되었다.';

function page(paragraphs: readonly string[], head: string): string {
  return `<!DOCTYPE html><html><head>${head}<title>Page</title></head><body><article>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join('')}</article></body></html>`;
}

test('decodes a windows-1251 page declared by <meta charset>', () => {
  const bytes = iconv.encode(page(RUSSIAN, '<meta charset="windows-1251">'), 'windows-1251');
  const decoded = decodeHtml(bytes);
  assert.equal(decoded.charset, 'windows-1251');
  assert.ok(decoded.text.includes(RUSSIAN[0]!));
  const article = extractHtml(bytes);
  assert.ok(article.text.includes(RUSSIAN[1]!));
});

test('decodes a Shift_JIS page declared by http-equiv, and by the HTTP header alone', () => {
  const html = page(JAPANESE, '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">');
  const bytes = iconv.encode(html, 'shift_jis');
  assert.ok(decodeHtml(bytes).text.includes(JAPANESE[0]!));
  const bare = iconv.encode(page(JAPANESE, ''), 'shift_jis');
  const viaHeader = decodeHtml(bare, 'text/html; charset=shift_jis');
  assert.equal(viaHeader.charset, 'cp932');
  assert.ok(viaHeader.text.includes(JAPANESE[2]!));
  assert.ok(extractHtml(bare, { contentType: 'text/html; charset=Shift_JIS' }).text.includes(JAPANESE[3]!));
});

test('the HTTP header wins over the page, the BOM over both', () => {
  const bytes = iconv.encode(page(RUSSIAN, '<meta charset="iso-8859-5">'), 'koi8-r');
  assert.equal(decodeHtml(bytes, 'text/html; charset=KOI8-R').charset, 'koi8-r');
  const withBom = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(page(RUSSIAN, '<meta charset="windows-1251">')),
  ]);
  const decoded = decodeHtml(withBom, 'text/html; charset=windows-1251');
  assert.equal(decoded.charset, 'utf-8');
  assert.ok(decoded.text.includes(RUSSIAN[0]!));
});

test('detects undeclared legacy charsets', () => {
  assert.equal(detectCharset(iconv.encode(RUSSIAN.join(' '), 'windows-1251')), 'windows-1251');
  assert.equal(detectCharset(iconv.encode(RUSSIAN.join(' '), 'koi8-r')), 'koi8-r');
  assert.equal(detectCharset(iconv.encode(JAPANESE.join(''), 'shift_jis')), 'cp932');
  assert.equal(detectCharset(iconv.encode(JAPANESE.join(''), 'euc-jp')), 'euc-jp');
  assert.equal(detectCharset(iconv.encode(CHINESE, 'gbk')), 'gb18030');
  assert.equal(detectCharset(iconv.encode(KOREAN, 'euc-kr')), 'cp949');
  assert.equal(
    detectCharset(iconv.encode('Café crème à la Zürichsee, déjà vu.', 'windows-1252')),
    'windows-1252',
  );
  const undeclared = decodeHtml(iconv.encode(page([CHINESE], ''), 'gbk'));
  assert.ok(undeclared.text.includes(CHINESE));
});

test('valid UTF-8 wins over a stale legacy <meta charset>; invalid UTF-8 declared as UTF-8 is re-guessed', () => {
  const stale = Buffer.from(page([CHINESE], '<meta charset="gb2312">'));
  assert.equal(decodeHtml(stale).charset, 'utf-8');
  const wrong = iconv.encode(
    page(['Déjà vu à Zürich, où les cafés étaient pleins.'], '<meta charset="utf-8">'),
    'windows-1252',
  );
  const decoded = decodeHtml(wrong);
  assert.equal(decoded.charset, 'windows-1252');
  assert.ok(decoded.text.includes('Déjà vu à Zürich'));
});

test('prescan follows the spec: skips comments, reads http-equiv, maps labels', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  assert.equal(
    prescanCharset(bytes('<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">')),
    'windows-1251',
  );
  assert.equal(
    prescanCharset(bytes("<meta content='text/html; charset=euc-kr' http-equiv='Content-Type'>")),
    'cp949',
  );
  assert.equal(prescanCharset(bytes('<meta charset="latin1">')), 'windows-1252');
  assert.equal(prescanCharset(bytes('<meta charset="utf-16">')), 'utf-8');
  assert.equal(prescanCharset(bytes('<meta charset="no-such-charset">')), null);
  assert.equal(prescanCharset(bytes('<?xml version="1.0" encoding="ISO-8859-2"?><html>')), 'iso-8859-2');
});

test('invalid bytes decode without throwing', () => {
  const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x80, 0xc3, 0x28, 0x3c, 0x2f, 0x70, 0x3e]);
  assert.doesNotThrow(() => decodeHtml(bytes));
  assert.doesNotThrow(() => decodeHtml(bytes, 'text/html; charset=bogus'));
});

test('a UTF-8 page with one damaged byte stays UTF-8: a replacement character, not the page read as Latin-1', () => {
  const good = Buffer.from(page(['Le Café de la Gare a rouvert à Zürich.'], '<meta charset="utf-8">'));
  const at = good.indexOf('<article>');
  const damaged = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
  const decoded = decodeHtml(damaged);
  assert.equal(decoded.charset, 'utf-8');
  assert.ok(decoded.text.includes('Le Café de la Gare a rouvert à Zürich.'));
  assert.ok(decoded.text.includes('\uFFFD'));
  assert.ok(!decoded.text.includes('CafÃ©'));
  // A plain-text dump the same way.
  const dump = Buffer.concat([
    Buffer.from('Le Café de la Gare a rouvert.\n\n'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from(' Zürich.'),
  ]);
  const text = decodeText(dump);
  assert.ok(text.startsWith('Le Café de la Gare a rouvert.'));
  assert.ok(text.includes('\uFFFD'));
});

test('a string whose Windows-1252 bytes were read as Latin-1 gets its quotes back: C1 controls repaired', async () => {
  const { extract } = await import('../../src/extract/index.js');
  const misread = (s: string): string => iconv.encode(s, 'windows-1252').toString('latin1');
  const body = [
    'Harbour master Ilse Varnholt said the north quay would reopen on Friday after three weeks of repairs.',
    '“We are ready,” she told reporters at the quay, adding that the fishing fleet’s boats – all fourteen – would be back.',
  ].join('\n\n');
  assert.equal(decodeText(misread(body)), body);
  for (const kind of ['text', 'record'] as const) {
    const content = misread(body);
    const doc =
      kind === 'text'
        ? { input: 'q.txt', id: 'q', kind, content }
        : { input: 'q.json', id: 'q', kind, content: '', record: { title: 'Quay', maintext: content } };
    const result = extract(doc);
    assert.ok(result.ok, kind);
    assert.ok(result.article.text.includes('“We are ready,”'), kind);
    assert.ok(!/[\u0080-\u009f]/.test(result.article.text), kind);
  }
});
