import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import type { Quantity } from '../../src/types.js';
import { makeArticle } from './article.js';

/** The quantities of one invented paragraph. */
function figures(text: string): Quantity[] {
  return analyze(makeArticle([text], '2031-04-02')).quantities.filter((q) => q.kind !== 'ordinal');
}

const find = (qs: readonly Quantity[], text: RegExp): Quantity => {
  const q = qs.find((x) => text.test(x.text));
  assert.ok(q, `no quantity matching ${text} in ${qs.map((x) => x.text).join(', ')}`);
  return q;
};

test('a count reads what happened to what it counts from the words next to it', () => {
  const qs = figures(
    'Seven people were killed and 40 were injured when the ferry Marlow capsized. The blast, killing at least 12 workers, came at dawn.',
  );
  assert.equal(find(qs, /^Seven people$/).measure, 'dead:people');
  assert.equal(find(qs, /^40$/).measure, 'injured:people');
  assert.equal(find(qs, /12 workers/).measure, 'dead:worker');
});

test('a count of men in a compound noun (`fishermen`, `gunmen`) counts them, in the singular', () => {
  const qs = figures('Twelve fishermen are missing off Orvel. Three gunmen opened fire on the pier.');
  assert.equal(find(qs, /^Twelve fishermen$/).measure, 'missing:fisherman');
  assert.equal(find(qs, /^Three gunmen$/).measure, 'count:gunman');
});

test('`aged five` is an age, of the noun before it or the person named', () => {
  const qs = figures(
    'A boy aged five fell into a well. Tomas Ruel, aged six, was rescued. The driver, aged 42, was arrested.',
  );
  assert.equal(find(qs, /^five$/).about, 'noun:boy');
  assert.equal(find(qs, /^six$/).about, 'person:tomas-ruel');
  assert.equal(find(qs, /^42$/).about, 'noun:driver');
});

test('a toll governs the figure it rose to, and who is still in hospital is not everyone taken there', () => {
  const qs = figures(
    'The death toll from the Orvel mine collapse rose to 17 on Tuesday. Some 30 miners were taken to hospital and 12 people remained in hospital on Wednesday.',
  );
  assert.equal(find(qs, /^17$/).measure, 'dead:people');
  assert.equal(find(qs, /30 miners/).measure, 'hospitalised:miner');
  assert.equal(find(qs, /12 people/).measure, 'in-hospital:people');
});

test('ages belong to the person or the noun they describe', () => {
  const text = 'The crash was seen by Mara Velde, 23, from her window. The 42-year-old driver was arrested.';
  const analysis = analyze(makeArticle([text], '2031-04-02'));
  const qs = analysis.quantities;
  const mara = find(qs, /^23$/);
  assert.equal(mara.measure, 'age');
  assert.equal(analysis.entities.find((e) => e.id === mara.about)?.name, 'Mara Velde');
  const driver = find(qs, /42-year/);
  assert.equal(driver.measure, 'age');
  assert.equal(driver.value, 42);
  assert.equal(driver.about, 'noun:driver');
});

test('an age describing a quotation’s speaker is that person’s; a speech verb after an age is no noun', () => {
  const analysis = analyze(
    makeArticle(
      [
        'Mara Velde was freed on Monday after two years in captivity. “It was hard,” she said.',
        '“I want to see my son again,” the 21-year-old said in Orsk.',
      ],
      '2031-04-02',
    ),
  );
  const age = find(analysis.quantities, /21-year/);
  assert.equal(age.measure, 'age');
  assert.equal(analysis.entities.find((e) => e.id === age.about)?.name, 'Mara Velde');
  const alone = find(figures('Asked about the verdict, the 23-year-old said nothing.'), /23-year/);
  assert.equal(alone.about, null);
});

test('parts, increments and earlier values are not totals', () => {
  const qs = figures(
    'Twenty people were hurt, including six children. Another 2.5 million customers were affected. Inflation fell to 4.1% from 4.2% in March. Five other defendants were fined.',
  );
  assert.equal(find(qs, /six children/).role, 'part');
  assert.equal(find(qs, /2\.5 million/).role, 'increment');
  assert.equal(find(qs, /4\.2%/).role, 'previous');
  assert.equal(find(qs, /4\.1%/).role, 'total');
  assert.equal(find(qs, /Five other defendants/).role, 'increment');
  // (A next figure's hedge is no `more` of this one.)
  const scene = figures(
    'At the height of the blaze, 25 fire engines and more than a hundred firefighters were there.',
  );
  assert.equal(find(scene, /25 fire engines/).role, 'total');
  assert.equal(
    find(figures('Police found 25 bodies and five more in a second grave.'), /25 bodies/).role,
    'total',
  );
  // A model's number joined to its name counts nothing: not twelve missiles.
  const missiles = figures('Orvel threatened to fire four Tern-12 missiles and a MiG-29 jet flew over.');
  assert.ok(
    !missiles.some((q) => q.value === 12 || q.value === 29),
    JSON.stringify(missiles.map((q) => q.text)),
  );
});

test('"no one was hurt" is a count of zero injured; a number in a name measures nothing', () => {
  const qs = figures('No one was hurt when the Route 91 bus left the road near Kelm.');
  const none = find(qs, /No one was hurt/i);
  assert.equal(none.value, 0);
  assert.equal(none.measure, 'injured:people');
  assert.ok(qs.every((q) => q.text !== '91' || q.measure === null));
});

test('a volume in cubic or square units is a measure, not a count of metres', () => {
  const a = analyze(
    makeArticle(['The pipeline carried 38 billion cubic metres of gas to Surana last year.'], '2031-03-12'),
  );
  const q = a.quantities.find((x) => /cubic/.test(x.text));
  assert.ok(q, JSON.stringify(a.quantities));
  assert.equal(q.kind, 'measure');
  assert.equal(q.unit, 'cubic m');
});

test('a number with letters glued on is no count: `32nd floor` is an ordinal, `A320` a name', () => {
  const qs = figures('The gunman fired from the 32nd floor as 40 people ran past the A320 on the apron.');
  assert.deepEqual(
    qs.map((q) => q.text),
    ['40 people'],
  );
});

test('a rescue unit is no one rescued, and a figure in a list does not read the next figure’s words', () => {
  const qs = figures(
    'Eight fire engines, five fire rescue units containing specialist rescue equipment and 22 ambulance crews were at the scene. Twelve miners were rescued on Sunday.',
  );
  assert.equal(find(qs, /Eight fire engines/).measure, 'count:engine');
  assert.equal(find(qs, /five fire rescue units/).measure, 'count:unit');
  assert.equal(find(qs, /Twelve miners/).measure, 'rescued:miner');
});

test('pounds weigh when a kilogram conversion, cargo or thrust goes with them; a conversion in brackets is no figure of its own', () => {
  const qs = figures(
    'The Tarsis Heavy can lift 140,000 pounds (63,500 kg) of cargo and has five million pounds of thrust. The club paid 40,000 pounds for the striker. The probe flew 3,700 kilometres (2,300 miles) before it reached an altitude of 770 km.',
  );
  assert.equal(find(qs, /^140,000 pounds$/).unit, 'lb');
  assert.equal(find(qs, /^140,000 pounds$/).measure, 'measure:mass:cargo');
  assert.equal(find(qs, /million pounds$/).unit, 'lbf');
  assert.equal(find(qs, /^40,000 pounds$/).kind, 'money');
  assert.equal(find(qs, /^63,500 kg$/).measure, null);
  assert.equal(find(qs, /^2,300 miles$/).measure, null);
  assert.equal(find(qs, /^770 km$/).measure, 'measure:length:altitude');
});

test('a one-digit age set off after a name is the child’s age; a length is of the verb before it unless a word after qualifies it', () => {
  const qs = figures(
    'Rescuers reached Tomas Ruel, 5, at dawn. The missile flew about 950 kilometres before falling into the sea. The shaft is 110 metres deep and 25 centimetres wide.',
  );
  const age = find(qs, /^5$/);
  assert.equal(age.measure, 'age');
  assert.ok(age.about?.includes('tomas-ruel'), String(age.about));
  assert.equal(find(qs, /950 kilometres/).measure, 'measure:length:flew');
  assert.equal(find(qs, /110 metres/).measure, 'measure:length:deep');
  const width = find(qs, /25 centimetres/);
  assert.equal(width.measure, 'measure:length:wide');
  assert.equal(width.unit, 'cm');
  // A chapter list is no one's age.
  assert.ok(!figures('Chapters 3, 5, and 7 were cut.').some((q) => q.measure === 'age'));
});

test('what a figure counts: numbers in names, the whole of a part, how badly hurt, who is aboard, who did it', () => {
  const measures = (text: string) => figures(text).map((q) => [q.text, q.measure] as const);
  assert.deepEqual(measures('The missing Boeing 777 that left Kosrek had 239 people on board.'), [
    ['777', null],
    ['239 people', 'aboard:people'],
  ]);
  assert.deepEqual(measures('Tarn Air flight 447 went missing over the sea.'), [['447', null]]);
  assert.deepEqual(measures('On Sunday 12 people were killed in Kosrek.'), [['12 people', 'dead:people']]);
  assert.notEqual(find(figures('Three of the 307 people aboard died.'), /307/).measure, 'dead:people');
  assert.equal(
    find(figures('They killed 89 people and critically injured 99 others.'), /99 others/).measure,
    'critical:people',
  );
  assert.equal(
    find(figures('Ninety people were killed by three assailants.'), /three assailants/).measure,
    'count:assailant',
  );
});

test('money is of what it is in or of: `$32.6 billion in undistributed foreign earnings`, `net income of $2.07 billion`', () => {
  const measure = (text: string) => figures(text).find((q) => q.kind === 'money')?.measure;
  assert.equal(
    measure('Kelmware had $32.6 billion in undistributed foreign earnings at the end of 2029.'),
    'money:USD:earnings',
  );
  assert.equal(measure('Kelmware had $31.2 billion in earnings reinvested abroad.'), 'money:USD:earnings');
  assert.equal(
    measure('Kelmware was expected to post net income of $2.07 billion, analysts said.'),
    'money:USD:income',
  );
  assert.equal(measure('The storm caused $5 billion in damage across the state.'), 'money:USD:damage');
  assert.equal(measure('Kelmware will take a $5 billion hit to profits.'), 'money:USD:hit');
});

test('a duration qualifying a noun measures the noun, up to its verb: `a 17-minute rain delay followed`, `a 40 minute phone conversation`', () => {
  const qs = figures(
    'The game was tied after the ninth, and a 17-minute rain delay followed. Kelm had a 40 minute phone conversation with Dorn on Monday.',
  );
  assert.equal(find(qs, /17-minute/).measure, 'duration:duration:delay');
  assert.equal(find(qs, /40 minute/).measure, 'duration:duration:conversation');
});

test('a count is of the plural noun, not of an adjective ending in `s` before it: `six priceless paintings`, `three famous actors`', () => {
  const qs = figures(
    'Thieves made off with six priceless paintings. Three famous actors attended the opening.',
  );
  assert.equal(find(qs, /six/).measure, 'count:painting');
  assert.match(find(qs, /Three/).measure ?? '', /:actor$/);
});

test('a counted noun is read in the singular however its plural is made (`pitches`, `countries`, `boxes`, `buses`)', () => {
  const qs = figures(
    'The pitcher threw four pitches in the second inning. Two countries signed. Three boxes arrived on five buses.',
  );
  assert.equal(find(qs, /^four pitches$/).measure, 'count:pitch');
  assert.equal(find(qs, /^Two countries$/).measure, 'count:country');
  assert.equal(find(qs, /^Three boxes$/).measure, 'count:box');
  assert.equal(find(qs, /^five buses$/).measure, 'count:bus');
});
