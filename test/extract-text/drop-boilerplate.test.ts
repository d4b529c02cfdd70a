import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../../src/extract/text/clean-text.js';
import { pageStopwords, stopwordDensity } from '../../src/extract/text/page-stopwords.js';
import { wordCount } from '../../src/extract/text/text-state.js';
import { assertWellFormed, removedAs } from './check-fields.js';

// Invented pages. None of the chrome below is in a phrase list: it goes by shape and context.

const GERMAN = [
  'Startseite',
  'Nachrichten',
  'Wirtschaft',
  'Kultur',
  'Sport',
  'Regionales',
  'Hafenstadt Morgen > Lokales > Verkehr > Neue Fähre nach Lindholm',
  'Neue Fähre nach Lindholm fährt ab Montag',
  'Die Stadtwerke haben am Freitag eine neue Fähre in Betrieb genommen, die künftig jede halbe Stunde zwischen dem Hafen und der Insel Lindholm verkehren soll. Nach Angaben der Stadt kann das Schiff bis zu 300 Fahrgäste und 40 Fahrräder aufnehmen.',
  'Bürgermeisterin Jana Voss sagte bei der Einweihung, dass die Verbindung vor allem für Pendler eine große Erleichterung sei. Die alte Fähre war im vergangenen Winter mehrfach ausgefallen, weil ihr Motor nicht mehr zuverlässig lief.',
  'Die Fahrkarten kosten weiterhin drei Euro, für Schüler ist die Überfahrt kostenlos. Im Sommer soll der Takt am Wochenende noch einmal verdichtet werden, wenn die Zahl der Ausflügler steigt und die Insel mehr Besucher anzieht.',
  'Meistgelesen',
  'Stadtrat streitet über Parkgebühren',
  'Neuer Spielplatz im Westviertel',
  'Wetter: Sturm am Wochenende erwartet',
  'Hafenfest Programm Tickets Anfahrt Parken Gastronomie Bühnen Kinderprogramm Feuerwerk Sponsoren Presse',
].join('\n\n');

test('a German page: its menus, most-read list and keyword line go without a German phrase list', () => {
  const f = cleanText(GERMAN);
  assertWellFormed(f);
  const body = f.paragraphs.filter((p) => p.kind === 'paragraph');
  assert.equal(body.length, 3);
  assert.ok(body[0]!.text.startsWith('Die Stadtwerke haben am Freitag'));
  assert.ok(body[2]!.text.endsWith('mehr Besucher anzieht.'));
  for (const chrome of [
    'Regionales',
    'Meistgelesen',
    'Stadtrat streitet über Parkgebühren',
    'Wetter: Sturm am Wochenende erwartet',
    'Hafenfest Programm Tickets Anfahrt Parken Gastronomie Bühnen Kinderprogramm Feuerwerk Sponsoren Presse',
  ])
    assert.ok(removedAs(f, chrome) !== null, `kept: ${chrome}`);
});

const JAPANESE = [
  'ホーム',
  'ニュース',
  '経済',
  'スポーツ',
  '港町に新しい渡し船',
  '市は金曜日、港と島を結ぶ新しい渡し船の運航を始めたと発表した。船は三十分ごとに出航し、一度に三百人の乗客を運ぶことができる。',
  '市長は式典で、この航路は通勤する人たちにとって大きな助けになると述べた。古い船は去年の冬に何度も故障していた。',
  '運賃はこれまでと同じで、学生は無料で乗ることができる。夏には週末の便を増やす予定だという。',
  'ランキング',
  '天気',
  '利用規約',
].join('\n\n');

test('a Japanese page: its paragraphs are prose (counted by characters), its menus go', () => {
  assert.ok(wordCount('市は金曜日、港と島を結ぶ新しい渡し船の運航を始めたと発表した。') >= 10);
  const f = cleanText(JAPANESE);
  assertWellFormed(f);
  assert.equal(f.paragraphs.length, 3);
  assert.ok(f.paragraphs[0]!.text.startsWith('市は金曜日'));
  assert.ok(!f.text.includes('ランキング') && !f.text.includes('利用規約'));
});

test("the page's stopword list is chosen from its words; density is measured by characters for unspaced scripts", () => {
  const german = pageStopwords(GERMAN.split('\n\n'));
  assert.equal(german.language, 'de');
  assert.ok(stopwordDensity('Die alte Fähre war im vergangenen Winter mehrfach ausgefallen', german) > 0.3);
  assert.equal(stopwordDensity('Hafenfest Programm Tickets Anfahrt Parken', german), 0);
  const japanese = pageStopwords(JAPANESE.split('\n\n'));
  assert.equal(japanese.language, 'ja');
  assert.ok(japanese.byCharacter);
  assert.ok(stopwordDensity('運賃はこれまでと同じで、学生は無料で乗ることができる。', japanese) > 0.1);
  assert.equal(pageStopwords(['Ünknown']).language, null);
  // A hinted language with a list wins.
  assert.equal(pageStopwords(['the cat sat on the mat'], 'fr').language, 'fr');
});

test("the page's list is read from its prose first: a long top of menus in another language does not choose it", () => {
  const menus = Array.from(
    { length: 30 },
    (_, i) => `Casas de la costa ${i} y los pueblos de la sierra en el sur`,
  );
  const prose = [
    'Die alte Fähre zwischen den beiden Dörfern war im vergangenen Winter mehrfach ausgefallen, weil die Maschine nicht mehr ansprang und es für das alte Modell in der ganzen Region keine Ersatzteile mehr gab.',
    'Nun hat die Gemeinde beschlossen, ein neues Boot zu kaufen, das im Frühjahr kommen soll und dann auch bei starkem Wind und hohen Wellen sicher fahren kann, sagte der Bürgermeister am späten Abend im Rathaus.',
  ];
  // Four times over: a story of some length, read after thirty lines of another language's menus.
  assert.equal(pageStopwords([...menus, ...prose, ...prose, ...prose, ...prose]).language, 'de');
});

test('a page without one long block of prose is left to the other steps (a short note, a list)', () => {
  const note =
    'Council meeting moved\n\nThe council meeting moves to Thursday at 6 pm.\n\nAgenda\n\nBudget\n\nParking';
  const f = cleanText(note);
  assert.ok(f.text.includes('The council meeting moves to Thursday at 6 pm.'));
});

test('a long run of short lines is judged in time linear in its length', () => {
  const article =
    'The harbour authority said on Monday that the new quay would open in May, after two years of building work that cost the city more than it had planned to spend on the port.';
  const menu = Array.from({ length: 20_000 }, (_, i) => `Link ${i}`).join('\n\n');
  const small = `${menu.slice(0, menu.length / 10)}\n\n${article}\n\n${article.replace('May', 'June')}`;
  const large = `${menu}\n\n${article}\n\n${article.replace('May', 'June')}`;
  // CPU time of this process (the machine is shared), median of three runs after a warm-up.
  const time = (text: string): number => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = process.cpuUsage();
      cleanText(text);
      const used = process.cpuUsage(start);
      runs.push(used.user + used.system);
    }
    return runs.sort((a, b) => a - b)[1]!;
  };
  time(small);
  time(large);
  const ratio = time(large) / Math.max(1, time(small));
  // Ten times the lines; a quadratic neighbour search would take ~100 times as long.
  assert.ok(ratio < 40, `ratio ${ratio.toFixed(1)}`);
  assert.ok(cleanText(large).text.includes('new quay would open in May'));
});

test('a line of someone’s words with their speaker stays, however few function words it holds', () => {
  const page = [
    'Home',
    'News',
    'Sport',
    'Harbour board chief Ilse Varga plans to launch the new Orsk ferry next month, with a brass band playing on the deck as it leaves the pier for the first time, after a year in which the old boat broke down again and again and left the island without a link for weeks.',
    'Varga, 46, made the announcement on social media on Friday, stating that the ferry, known as the Orsk Star, would sail from Pier 9, where the first steamship of the line was launched in 1890, and that the fares would stay as they are for at least a year.',
    "'Orsk Star sails March 3, Pier 9. Double capacity, new engines, new crew. Tickets free first week. Guaranteed fun, one way or another,' Varga posted.",
    'Harbour board chief Ilse Varga (pictured) made the announcement on Friday',
    'The Orsk Star at Pier 9 in March',
    'Orsk Star facts: Length 80m Capacity 900 Speed 22 knots Crew 14 Built 2030',
    'Most read',
    'Storm closes coast road',
    'On Twitter, Varga wrote: "Pier 9, March 3. Whole family welcome. Warm coats. Brass band. Free tickets."',
    'Sign up for our newsletter',
  ].join('\n\n');
  const f = cleanText(page);
  assertWellFormed(f);
  const body = f.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.text);
  assert.ok(
    body.some((t) => t.includes('one way or another')),
    'the posted words are kept',
  );
  assert.ok(
    body.some((t) => t.includes('Whole family welcome')),
    'the written words are kept',
  );
  assert.ok(removedAs(f, 'Storm closes coast road') !== null, 'the most-read list still goes');
});

test('a sentence of names and numbers among the text’s paragraphs stays; a list of names does not', () => {
  const talk =
    'He said that it was one of the things that they had talked about for a long time, and that he was not sure what it was that had made him do it, but that he would have to think about it for a while before he could say anything more about it to them.';
  const more =
    'It was not the first time that they had been there, and it was not the last time that she would be able to say that she had been with him when it all came to an end, as she told them on the day that it was over and done with for all of them.';
  const page = [
    'Home',
    'News',
    talk,
    more,
    'Stephen Pardock, 64, lived with his current girlfriend, Marilou Danvers, 62.',
    `${talk} ${more}`,
    'Related: Orsk Harbour Lisk Varland Velmora Caspara Tessen Lindholm',
  ].join('\n\n');
  const f = cleanText(page);
  assertWellFormed(f);
  assert.ok(f.text.includes('Marilou Danvers, 62'), f.text);
  assert.ok(!f.text.includes('Related: Orsk'), f.text);
});

test('an article’s opening sentences full of names are its own, not chrome (a clean record’s lead)', () => {
  const record = [
    'Orsk Air apologized to two basketball players who were kicked off a plane in Lisk after a flight attendant accused them of stealing blankets.',
    'Airline spokesman Joshua Freed said Tuesday that Varn Hustle guard Marquis Tague and forward Trahson Burrel boarded the flight bound for Sioux Falls, South Dakota, Sunday at Lisk-Fort Worth International Airport.',
    'Two first-class passengers gave the players their blankets as they headed to their seats in coach. But a flight attendant accused them of theft and forced them off the plane.',
    'Orsk Air chief executive Doug Parkes told employees last month that the company will implement implicit-bias training.',
    'The players’ union issued a travel advisory in October warning that they could face discrimination when flying, after several incidents in which passengers were removed from flights after disputes over their seats and their luggage.',
    'The airline pledged to hire an outside firm to review its hiring and promotion, to train all of its employees to counteract bias, and to improve the way it resolves the complaints of its employees and its passengers.',
  ].join('\n');
  const f = cleanText(record);
  assertWellFormed(f);
  for (const words of [
    'apologized to two basketball players',
    'Joshua Freed said Tuesday',
    'Doug Parkes told employees',
  ])
    assert.ok(f.text.includes(words), `lost: ${words}`);
});

test('a diary written one short line at a time, pictures between, is kept: a long run of near-good lines is text', () => {
  const lines = [
    'The first cold front of the winter had already painted the hills behind the village in red and gold',
    'The mountain road was wrapped in low cloud all the way up and we reached the old school just after nine',
    'The maple trees by the gate had turned yellow and the photographers were out in force with their tripods',
    'On our second visit we found that the camp had changed and the old metal sign was now a carved wooden one',
    'Inside the camp there were more wooden owls and lanterns than we remembered and a new tea house by the stream',
    'Entry during the maple season costs fifty dollars and campers may only set up their tents after noon',
    'The leaves were already falling in the rain and we tried not to step on the ones that had just come down',
    'A class of photography students walked between the trees looking for the best angle on the red leaves',
    'We left before the evening fog came in and drove back down the mountain with the heater on full',
  ];
  const page = [
    'Home',
    'Travel',
    'Food',
    'Hotels',
    'About this blog: we are two friends who love the sea, the hills and slow weekends, and for ten years we have written down every trip we take around the island so that our families and readers can follow along, with photos of every stop, the food we ate and where we stayed the night.',
    '© Two Friends Travel 2013',
    'Categories: Travel',
    'Dec 28 Sat 2013 00:28',
    'Maple camp in the hills (2)',
    ...lines.flatMap((line, k) => [line, `IMG_${3886 + k}.jpg`]),
    'Share',
    'Previous post',
    'Next post',
  ].join('\n\n');
  const f = cleanText(page);
  assertWellFormed(f);
  const body = f.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.text);
  for (const line of lines) assert.ok(body.includes(line), line);
  assert.ok(!body.includes('Next post'));
});

test('lines of code in a technical story are left to their neighbours: the prose between them stays', () => {
  const f = cleanText(
    [
      'Finding odd sales with plain SQL',
      '',
      'When the sales of one shop in Orsk jumped overnight, nobody noticed for a week, so I wrote a small query that would have told us on the first morning, and this is how it works from start to end, with every step shown so that you can run it on your own tables.',
      '',
      'First we need the mean of the daily sales:',
      '',
      'SELECT avg(n) FROM unnest(array[412, 388, 405, 397, 2380, 401, 395, 410]) AS n; avg ──────── 648.50',
      '',
      'The mean is about four hundred, which is what the shop sells on a quiet day.',
      '',
      'SELECT stddev(n) FROM unnest(array[412, 388, 405, 397, 2380, 401, 395, 410]) AS n; stddev ──────── 700.93',
      '',
      'The deviation tells us how far a normal day strays from that mean, and it is our yardstick.',
      '',
      'WITH s AS (SELECT avg(n) m, stddev(n) d FROM unnest(array[412, 388, 405, 397, 2380]) n) SELECT n, (n - m) / d z FROM s;',
      '',
      'That last query returns every day whose sales stand more than three deviations above the mean, and on the morning after the jump it returned exactly one row, the day we had missed for a whole week, which is all that we had asked of it at the start.',
    ].join('\n'),
  );
  for (const line of ['The mean is about four hundred', 'The deviation tells us', 'SELECT stddev(n)'])
    assert.ok(f.text.includes(line), `lost ${line}`);
});
