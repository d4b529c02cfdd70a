import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyze,
  DEFAULT_MAX_CHARS,
  findDates,
  parseNumber,
  resolveEntities,
  splitSentences,
} from '../../src/analyze/index.js';
import type { Analysis } from '../../src/types.js';
import { makeArticle } from './article.js';
import { fixtureArticle, loadFixtures, precision, recall, score } from './score.js';

test('splitSentences keeps abbreviations, initials, decimals and money together', () => {
  const text =
    'Mr. Smith met Dr Jones in the U.S. on Jan. 4. Sen. Ron Wyden, D-Oregon, said trade hit US$228.5 billion. “It is good. Very good,” he said. They left.Then Ukraine.According to AP, it worked. The court ruled in Martin v. Boise.';
  assert.deepEqual(
    splitSentences(text).map((s) => s.text),
    [
      'Mr. Smith met Dr Jones in the U.S. on Jan. 4.',
      'Sen. Ron Wyden, D-Oregon, said trade hit US$228.5 billion.',
      // A quotation of several sentences stays one sentence with its attribution.
      '“It is good. Very good,” he said.',
      'They left.',
      'Then Ukraine.',
      'According to AP, it worked.',
      // A court case's `v.` ends no sentence.
      'The court ruled in Martin v. Boise.',
    ],
  );
});

test('a heading is its own sentence, never merged with the next', () => {
  const a = makeArticle(
    [{ kind: 'heading', text: 'Leaders meet in Geneva' }, 'The talks began. They ended.'],
    null,
  );
  const s = splitSentences(a.text, a.paragraphs);
  assert.equal(s.length, 3);
  assert.equal(s[0]!.heading, true);
  assert.equal(s[0]!.text, 'Leaders meet in Geneva');
  for (const x of s) assert.equal(x.text, a.text.slice(x.start, x.end));
});

test('a line break inside a paragraph ends a line of names, not a sentence running on in lower case', () => {
  const a = makeArticle(
    ['Signed by\nOrla Penhallow, Velmora University\nTamsin Ruddock\nthe harbour board.'],
    null,
  );
  assert.deepEqual(
    splitSentences(a.text, a.paragraphs).map((s) => s.text),
    ['Signed by', 'Orla Penhallow, Velmora University', 'Tamsin Ruddock\nthe harbour board.'],
  );
  const quoted = makeArticle(['“The quay is open,\nand it stays open,” Penhallow said.'], null);
  assert.equal(splitSentences(quoted.text, quoted.paragraphs).length, 1);
});

test('dates resolve against publication, never more precise than the text', () => {
  const text =
    'On Sunday, they met. Trade fell last month and talks resume later this month. Xi visited last year, in May. He will visit in the first half of 2026 and in November. They met last weekend.';
  const d = findDates(text, splitSentences(text), '2026-02-04');
  const by = new Map(d.map((x) => [x.text, x]));
  assert.equal(by.get('Sunday')?.date, '2026-02-01');
  assert.equal(by.get('last month')?.date, '2026-01');
  assert.equal(by.get('later this month')?.date, '2026-02');
  assert.equal(by.get('May')?.date, '2025-05');
  assert.deepEqual(
    [by.get('the first half of 2026')?.date, by.get('the first half of 2026')?.until],
    ['2026-01', '2026-06'],
  );
  assert.equal(by.get('November')?.date, '2026-11');
  assert.deepEqual(
    [by.get('last weekend')?.date, by.get('last weekend')?.until],
    ['2026-01-31', '2026-02-01'],
  );
  const none = findDates(text, splitSentences(text), null);
  assert.ok(none.filter((x) => x.text === 'Sunday').every((x) => !x.resolved && x.date === null));
});

test('quantities: money, durations, hedges as intervals, counts; years are not quantities', () => {
  const a = makeArticle(
    [
      'Trade stood at US$228 billion in 2025. The call lasted 1 hour and 25 minutes, or nearly one and a half hours, as tens of thousands of troops waited.',
    ],
    '2026-02-04',
  );
  const q = analyze(a).quantities;
  const by = new Map(q.map((x) => [x.text, x]));
  assert.deepEqual([by.get('US$228 billion')?.value, by.get('US$228 billion')?.unit], [228e9, 'USD']);
  assert.equal(by.get('1 hour and 25 minutes')?.value, 85);
  const nearly = by.get('nearly one and a half hours')!;
  assert.deepEqual([nearly.low, nearly.high, nearly.unit], [80, 90, 'minute']);
  assert.equal(by.get('tens of thousands of troops')?.unit, 'troops');
  assert.ok(!q.some((x) => x.text.includes('2025')));
  assert.equal(parseNumber('twenty-five'), 25);
  assert.equal(parseNumber('half an'), 0.5);
  assert.equal(parseNumber('two and a half'), 2.5);
});

test('quantities: a range is one figure from its first end to its last; a change from one value to another is two; an age is read whole', () => {
  const a = makeArticle(
    [
      'The tram slid for eight to ten seconds. Between 20 and 30 people were hurt, and two to three hundred people watched. It lasted 8-10 minutes.',
      'Inflation fell from 4.2% to 4.1%. More than 27 million passengers used the line in 2015/16.',
      'A 42-year-old driver was arrested.',
    ],
    '2026-02-04',
  );
  const q = analyze(a).quantities;
  const by = new Map(q.map((x) => [x.text, x]));
  const slid = by.get('eight to ten seconds')!;
  assert.deepEqual([slid.low * 60, slid.high * 60, slid.hedge], [8, 10, 'range']);
  assert.deepEqual(
    [by.get('Between 20 and 30 people')?.low, by.get('Between 20 and 30 people')?.high],
    [20, 30],
  );
  assert.deepEqual(
    [by.get('two to three hundred people')?.low, by.get('two to three hundred people')?.high],
    [200, 300],
  );
  assert.deepEqual([by.get('8-10 minutes')?.low, by.get('8-10 minutes')?.high], [8, 10]);
  // (Its first end is no figure of its own.)
  assert.ok(!q.some((x) => x.text === '20' || x.text === 'eight'));
  assert.ok(by.has('4.2%') && by.has('4.1%'));
  // A season's `2015/16` is no count of 16.
  assert.ok(!q.some((x) => x.text === '16'));
  // An age is the whole `42-year-old`.
  assert.equal(by.get('42-year-old')?.measure, 'age');
});

test('entities: aliases, role descriptions and capitals standing for states', () => {
  const a = makeArticle(
    [
      'Russian President Vladimir Petrov and his Chinese counterpart Zhao Ming held talks. Moscow and Beijing hailed the ties.',
      '“We are friends,” the Chinese president said. Mr Petrov agreed, the Kremlin said.',
    ],
    '2026-02-04',
  );
  const r = analyze(a);
  const zhao = r.entities.find((e) => e.name === 'Zhao Ming')!;
  assert.ok(zhao.aliases.includes('the Chinese president'));
  const direct = r.quotes.find((q) => q.kind === 'direct')!;
  assert.equal(direct.speaker, zhao.id);
  const russia = r.entities.find((e) => e.name === 'Russia')!;
  assert.ok(russia.aliases.includes('Moscow'));
  // The Kremlin speaking is the institution, not the country.
  assert.equal(r.entities.find((e) => e.name === 'Kremlin')?.type, 'organization');
  for (const m of r.mentions) assert.equal(m.text, a.text.slice(m.start, m.end));
});

test('quotes: via chains and names in quotation marks', () => {
  const a = makeArticle(
    [
      'Kremlin aide Oleg Petrenko told Tass the call lasted two hours. Trump unveiled a “Board of Peace” plan.',
      '“We will act,” he said, as per AP.',
    ],
    '2026-02-04',
  );
  const r = analyze(a);
  assert.ok(!r.quotes.some((q) => q.text === 'Board of Peace'));
  const reported = r.quotes.find((q) => q.kind === 'reported' && q.text.startsWith('the call'))!;
  assert.deepEqual(reported.via, ['Tass']);
  const direct = r.quotes.find((q) => q.kind === 'direct')!;
  assert.deepEqual(direct.via, ['The Associated Press']);
  for (const q of r.quotes) assert.equal(q.text, a.text.slice(q.start, q.end));
});

test('resolveEntities merges transliteration variants and surnames across a story', () => {
  const a = analyze(makeArticle(['Sergei Volkov met Lin Wei in Beijing.'], '2026-02-04'));
  const b = analyze(makeArticle(['Sergey Volkov said ties were good. Volkov left.'], '2026-02-04'));
  const story = resolveEntities([a, b]);
  const idA = a.entities.find((e) => e.name === 'Sergei Volkov')!.id;
  const idB = b.entities.find((e) => e.name === 'Sergey Volkov')!.id;
  assert.equal(story.byArticle.get(`0:${idA}`), story.byArticle.get(`1:${idB}`));
  const merged = story.entities.find((e) => e.id === story.byArticle.get(`0:${idA}`))!;
  assert.ok(merged.aliases.includes('Sergey Volkov'));
  // A capital used for its state and the same city named as a place stay two entities.
  const c = analyze(makeArticle(['Beijing and Moscow agreed. Officials met in Beijing.'], '2026-02-04'));
  const places = resolveEntities([a, c])
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.name);
  assert.ok(places.includes('China') && places.includes('Beijing'));
});

test('a story names an organisation by the form its articles use, or by that form written out in full', () => {
  const withEntities = (...entities: [string, string[]][]): Analysis => ({
    sentences: [],
    entities: entities.map(([name, aliases]) => ({ id: `org:${name}`, name, type: 'organization', aliases })),
    mentions: [],
    quotes: [],
    quantities: [],
    dates: [],
  });
  const story = resolveEntities([
    withEntities(['Harbor Toolkit', ['Harbor']], ['The Associated Press', ['AP']]),
    withEntities(['Harbor', []], ['AP', []]),
    withEntities(['Harbor', []], ['AP', []]),
  ]);
  const names = story.entities.map((e) => e.name).sort();
  // One article's `Harbor Toolkit` (a product it joined `Harbor` to) does not rename the company.
  assert.deepEqual(names, ['Harbor', 'The Associated Press']);
});

test('golden fixtures stay above their floors', () => {
  // Held-out fixtures (`heldout-*`) measure what tuning did not see: reported by the benchmark, not gated.
  for (const f of loadFixtures().filter((x) => !x.name.startsWith('heldout-'))) {
    const s = score(f, analyze(fixtureArticle(f)));
    for (const [k, c] of Object.entries(s)) {
      assert.ok(recall(c) >= 0.6, `${f.name} ${k} recall ${recall(c)}`);
      assert.ok(precision(c) >= 0.55, `${f.name} ${k} precision ${precision(c)}`);
    }
  }
});

test('bad input: no sentences, unbalanced marks, huge paragraph, no date', () => {
  assert.deepEqual(analyze(makeArticle([], null)).sentences, []);
  assert.doesNotThrow(() =>
    analyze(makeArticle(['“He said “ “ ” ” “ unbalanced ‘ quote', '...!!!???'], null)),
  );
  const big = 'Mr Xi said “the economy grew 5 per cent on Sunday and it is good, ” according to AP '.repeat(
    60_000,
  );
  const t0 = performance.now();
  const r = analyze(makeArticle([big], null));
  assert.ok(performance.now() - t0 < 15_000);
  assert.ok(r.dates.every((d) => !d.resolved));
});

test('bad input: thousands of headings, stray marks and digits stay fast', () => {
  const blocks = Array.from({ length: 5000 }, (_, i) =>
    i % 2 === 0
      ? { kind: 'heading' as const, text: `Heading Number ${i} For Mr Xi` }
      : `"A ‘b “c ${i}1234567 … U.S. Mr. . . . ” he said`,
  );
  const t0 = performance.now();
  const r = analyze(makeArticle(blocks, '2026-02-04'));
  assert.ok(performance.now() - t0 < 10_000);
  assert.equal(r.sentences.filter((s) => s.heading).length, 2500);
  assert.doesNotThrow(() =>
    analyze(makeArticle(['9'.repeat(200_000), '.'.repeat(200_000), '"'.repeat(100_000)], null)),
  );
});

test('a text far longer than any article is analysed up to the bound, and the bound can be raised', () => {
  const paragraph = 'The Orsk council met on Monday and the mayor, Ilse Varga, said 40 boats would dock.';
  const blocks = Array.from({ length: Math.ceil(600_000 / (paragraph.length + 2)) }, () => paragraph);
  const article = makeArticle(blocks, '2031-03-02');
  assert.ok(article.text.length > DEFAULT_MAX_CHARS);
  const bounded = analyze(article);
  assert.ok(bounded.sentences.length > 1000, 'the characters up to the bound are analysed');
  assert.ok(bounded.sentences.every((s) => s.end <= DEFAULT_MAX_CHARS));
  assert.ok(bounded.quantities.every((q) => q.end <= DEFAULT_MAX_CHARS));
  const whole = analyze(article, { maxChars: article.text.length });
  assert.ok(whole.sentences.at(-1)!.end > DEFAULT_MAX_CHARS);
});
