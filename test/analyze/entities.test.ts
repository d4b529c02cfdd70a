/**
 * Entity recognition on invented text: whole names, types by form and context, aliases that never
 * cross types, page furniture that never becomes a name, and the story-level merge.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../src/analyze/entities.js';
import { analyze, resolveEntities } from '../../src/analyze/index.js';
import { splitSentences } from '../../src/analyze/sentences.js';
import type { Analysis, EntityType } from '../../src/types.js';
import { makeArticle } from './article.js';

const run = (...blocks: string[]): Analysis => analyze(makeArticle(blocks, '2026-03-02'));
const typeOf = (a: Analysis, name: string): EntityType | undefined =>
  a.entities.find((e) => e.name === name)?.type;
const names = (a: Analysis): string[] => a.entities.map((e) => e.name);

test('names are whole: New York, model numbers, connectors, legal forms, possessive names', () => {
  const a = run(
    'The New York Times reported that Orvane Systems Inc. will ship the Galaxy S9 rival, the Korva X2, in May.',
    'Shares of Dalmont Holdings Corp. fell after the U.S. Securities and Exchange Commission opened an inquiry.',
    'The Bank of Tessaly and the band Guns & Roses played at the Women’s March, while the Pelican 9 rocket waited.',
  );
  const all = names(a);
  for (const whole of [
    'The New York Times',
    'Orvane Systems Inc.',
    'Galaxy S9',
    'Korva X2',
    'Dalmont Holdings Corp.',
    'U.S. Securities and Exchange Commission',
    'Bank of Tessaly',
    'Guns & Roses',
    'Women’s March',
    'Pelican 9',
  ])
    assert.ok(all.includes(whole), `${whole} in ${all.join(', ')}`);
  for (const cut of ['York Times', 'Shares of Dalmont Holdings Corp.', 'Galaxy S', 'Pelican'])
    assert.ok(!all.includes(cut), cut);
});

test('an age opening a sentence (`Six-year-old Tomas Ruel`) is no part of the name after it', () => {
  const a = run('Six-year-old Tomas Ruel fell into a well in Orvel on Sunday.');
  assert.equal(typeOf(a, 'Tomas Ruel'), 'person', names(a).join(', '));
  assert.ok(!names(a).some((n) => /year-old/i.test(n)), names(a).join(', '));
});

test('a state or a party before an office (`Maryland Rep.`, `Democratic Congressman`) is no part of a name', () => {
  const a = run(
    'Democratic Congressman Anton Veller of Maryland spoke on Tuesday. Maryland Rep. Anton Veller left early. Texas Gov. Lina Ostrova replied.',
  );
  const all = names(a);
  assert.equal(typeOf(a, 'Anton Veller'), 'person', all.join(', '));
  assert.equal(typeOf(a, 'Lina Ostrova'), 'person', all.join(', '));
  assert.ok(!all.some((n) => /Rep$|Gov$|Congressman Anton|Democratic Congressman/.test(n)), all.join(', '));
  assert.equal(typeOf(a, 'Maryland'), 'place');
});

test('a named day is one name (`Super Tuesday`, `Good Friday`); `Moderate Democrats` are the party’s members, no one named', () => {
  const a = run(
    'Moderate Democrats watched as Anna Kelm won in Varn. Voters went to the polls on Super Tuesday. Shops in Orvel opened on Good Friday.',
  );
  const all = names(a);
  assert.equal(typeOf(a, 'Super Tuesday'), 'other', all.join(', '));
  assert.equal(typeOf(a, 'Good Friday'), 'other', all.join(', '));
  assert.ok(!all.some((n) => /^(?:Super|Good|Moderate Democrats)$/.test(n)), all.join(', '));
  assert.equal(typeOf(a, 'Democratic Party'), 'organization', all.join(', '));
});

test('an institution keeps what it is of, for and on (`Centers for Disease Control and Prevention`), not another name after `and`', () => {
  const all = names(
    run(
      'The Centers for Disease Control and Prevention said so. The Department of Health and Human Services agreed.',
      'The House of Representatives voted, and the Joint Chiefs of Staff objected.',
      'The House Committee on Oversight and Reform met. Bank of Varn and Orsk Fargo fell.',
    ),
  );
  for (const whole of [
    'Centers for Disease Control and Prevention',
    'Department of Health and Human Services',
    'House of Representatives',
    'Joint Chiefs of Staff',
    'House Committee on Oversight and Reform',
    'Bank of Varn',
  ])
    assert.ok(all.includes(whole), `${whole} in ${all.join(', ')}`);
  assert.ok(
    !all.some((n) => /and Orsk|^(?:Prevention|Staff|Human Services|Representatives)$/.test(n)),
    all.join(', '),
  );
});

test('a title cut from its name by a stop (`Former Colorado Gov.`, `Rear Adm.`) or a party tag (`R-TX`) is no name', () => {
  const a = run(
    'Former Colorado Gov. Anton Veller announced a run. Rear Adm. Lina Ostrova spoke. Special Counsel Tomas Ruel filed.',
    'Rep. Ilya Dorn (R-TX) and Sen. Ana Roe (R-N.D.) met in Washington, D.C. on Monday.',
  );
  const all = names(a);
  for (const person of ['Anton Veller', 'Lina Ostrova', 'Tomas Ruel', 'Ilya Dorn', 'Ana Roe'])
    assert.equal(typeOf(a, person), 'person', all.join(', '));
  assert.ok(!all.some((n) => /Gov$|Adm$|^Special Counsel$|^R-/.test(n)), all.join(', '));
  assert.equal(typeOf(a, 'Colorado'), 'place');
  assert.equal(typeOf(a, 'Washington, D.C.'), 'place', all.join(', '));
  assert.ok(!all.includes('Washington'), all.join(', '));
});

test('`State` opens a name before its head (`State Department`), chambers joined by `and` are two, `The` opens a paper’s name mid-sentence, a programme is a thing', () => {
  const a = run(
    'The State Department said so. The game was at State Farm Arena. State media reported it.',
    'Both the House and Senate passed it. The campaign told The Hill on Sunday, and Obamacare was repealed.',
  );
  const all = names(a);
  for (const whole of ['State Department', 'State Farm Arena', 'House', 'Senate'])
    assert.ok(all.includes(whole), `${whole} in ${all.join(', ')}`);
  assert.equal(typeOf(a, 'The Hill'), 'organization', all.join(', '));
  assert.equal(typeOf(a, 'Obamacare'), 'other', all.join(', '));
  const address = run('The talks went on. He gave the State of the Union address, citing the Constitution.');
  assert.equal(typeOf(address, 'State of the Union'), 'other', names(address).join(', '));
  assert.equal(typeOf(address, 'Constitution'), 'other', names(address).join(', '));
  assert.ok(!all.some((n) => /^(?:Farm Arena|House and Senate|Hill|State)$/.test(n)), all.join(', '));
});

test('a party member (`Democrat Anna Kelm`), a trade (`Drugmaker Orvane`) and a people (`African American`) are no part of a name', () => {
  const a = run(
    'Democrat Anna Kelm won the seat. Drugmaker Orvane said so. African American voters turned out in Varn.',
  );
  const all = names(a);
  assert.equal(typeOf(a, 'Anna Kelm'), 'person', all.join(', '));
  assert.equal(typeOf(a, 'Orvane'), 'organization', all.join(', '));
  assert.equal(typeOf(a, 'African American'), 'other', all.join(', '));
  assert.ok(!all.some((n) => /^(?:Democrat Anna|Drugmaker)/.test(n)), all.join(', '));
  // An everyday word opening a sentence before a known name is no part of it; a place's officials are its own.
  const known = run(
    'Senior White House officials said so. Older Samsung phones failed. Orvel officials met in Orvel.',
  );
  assert.ok(!names(known).some((n) => /^(?:Senior|Older) /.test(n)), names(known).join(', '));
  assert.equal(typeOf(known, 'Orvel'), 'place', names(known).join(', '));
  // Titles that name no one: `Chief of Staff`, `Senators`; `Washington DC` is a place (named as the city
  // is written in full).
  const titled = run(
    'The talks in the capital began on Monday morning and lasted for most of the day, officials said.',
    'White House Chief of Staff Anton Veller met with Senators Ana Roe and Ilya Dorn, who had flown to Washington DC for the meeting.',
  );
  assert.equal(typeOf(titled, 'Anton Veller'), 'person', names(titled).join(', '));
  assert.equal(typeOf(titled, 'Ana Roe'), 'person', names(titled).join(', '));
  assert.equal(typeOf(titled, 'Washington, D.C.'), 'place', names(titled).join(', '));
  const acting = run(
    'The agency said on Monday that it would review the response.',
    'Thousands will need shelter after the floods overwhelmed Varn, VFEA Administrator Anton Veller said Monday.',
    'The budget office director and incoming Acting White House Chief of Staff Ana Roe told reporters the talks would go on.',
  );
  assert.equal(typeOf(acting, 'Anton Veller'), 'person', names(acting).join(', '));
  assert.equal(typeOf(acting, 'Ana Roe'), 'person', names(acting).join(', '));
  assert.ok(!names(acting).some((n) => /Administrator Anton|^Acting/.test(n)), names(acting).join(', '));
  // Everyday words alone are no one's name unless a given name opens them.
  const words = run(
    'Lawmakers on Capitol Hill met on Monday. The Child Tax Credit expired, and Bill Orvane objected.',
  );
  assert.notEqual(typeOf(words, 'Capitol Hill'), 'person', names(words).join(', '));
  assert.notEqual(typeOf(words, 'Child Tax Credit'), 'person', names(words).join(', '));
  assert.equal(typeOf(words, 'Bill Orvane'), 'person', names(words).join(', '));
  // A portfolio before a head title is the title's.
  const portfolio = run(
    'On Thursday, Education Secretary Anton Veller announced new rules for Varn schools.',
  );
  assert.ok(!names(portfolio).includes('Education'), names(portfolio).join(', '));
  // A court's kind is its judge's title.
  const judge = run('The ruling came on Wednesday. U.S. District Judge Anton Veller blocked the law.');
  assert.equal(typeOf(judge, 'Anton Veller'), 'person', names(judge).join(', '));
  assert.ok(!names(judge).some((n) => /District/.test(n)), names(judge).join(', '));
  // A sentence of names that ends on capitals (`… in Washington DC.`) is prose, not a menu.
  const capsEnd = run('The talks began on Monday.', 'Anton Veller met Ana Roe in Washington DC.');
  assert.equal(typeOf(capsEnd, 'Anton Veller'), 'person', names(capsEnd).join(', '));
  // A country's own institution is one name.
  const us = names(run('Rioters stormed the U.S. Capitol, and the U.S. House voted on Wednesday.'));
  assert.ok(us.includes('U.S. Capitol') && us.includes('U.S. House'), us.join(', '));
  // A middle initial before a known name's word is the person's: no signature's town (`Anna R. Reuters`).
  assert.equal(typeOf(run('Anna R. Reuters spoke on Monday.'), 'Anna R. Reuters'), 'person');
});

test('two names joined by "and" stay two; an institution keeps its "of"', () => {
  const a = run(
    'Brightline and Quorvex employees were arrested, said Jana Pelt of the Institute of Maritime Law.',
  );
  const all = names(a);
  assert.ok(all.includes('Brightline') && all.includes('Quorvex'), all.join(', '));
  assert.ok(!all.includes('Brightline and Quorvex'));
  assert.ok(all.includes('Institute of Maritime Law') && all.includes('Jana Pelt'), all.join(', '));
  assert.ok(!all.some((n) => n.includes('Pelt of')));
});

test('a credit glued to the next sentence is two names: an inner "The" after a space starts a new one', () => {
  const all = names(run('Corvane Wire The Harbour Safety Council said the port would reopen on Friday.'));
  assert.ok(all.includes('Harbour Safety Council'), all.join(', '));
  assert.ok(!all.some((n) => /Wire The|^The Harbour/.test(n)), all.join(', '));
  // After a connector "The" stays inside the name.
  assert.ok(
    names(run('She works at the Bank of The Eastern Shore in Varn.')).some((n) => n.includes('of The')),
  );
});

test('types come from form and context, not from a default', () => {
  const a = run(
    'Tarrow Dynamics Inc. said its Vessel Nine spacecraft would fly on the Hollin Heavy rocket from Port Ardis, Nev.',
    'Tarrow Dynamics CEO Mirela Vance, 52, told reporters the film “Quiet Harbour” inspired her.',
    'Analysts at Brisk Lantern expect Osgood Harlan (NYSE:OSH) to report gains. Kessler, an engineer, was in Dunmore.',
    'Kessler said the Telmar 4 satellite would follow.',
  );
  assert.equal(typeOf(a, 'Tarrow Dynamics Inc.'), 'organization');
  assert.equal(typeOf(a, 'Hollin Heavy'), 'other');
  assert.equal(typeOf(a, 'Telmar 4'), 'other');
  assert.equal(typeOf(a, 'Port Ardis'), 'place');
  assert.equal(typeOf(a, 'Mirela Vance'), 'person');
  assert.equal(typeOf(a, 'Quiet Harbour'), 'other');
  assert.equal(typeOf(a, 'Brisk Lantern'), 'organization');
  assert.equal(typeOf(a, 'Osgood Harlan'), 'organization');
  assert.equal(typeOf(a, 'Dunmore'), 'place');
});

test('a people and a venue named in an appositive are no persons, however plain their words', () => {
  const a = run(
    'The couple had their first date at Casa Verde Lumen, one of her favourite harbour restaurants.',
    'Many Native Americans and Chinese Americans in the county voted early, said Jonah Vale.',
  );
  assert.equal(typeOf(a, 'Casa Verde Lumen'), 'organization');
  assert.notEqual(typeOf(a, 'Native Americans'), 'person');
  assert.notEqual(typeOf(a, 'Chinese Americans'), 'person');
  assert.equal(typeOf(a, 'Jonah Vale'), 'person');
});

test('an acronym before the kind a name ends in is a word of the name; elsewhere in a run it stands alone', () => {
  const a = run(
    'The Orsk Health Services NHS Trust said most patients had been discharged.',
    'World Series MVP Ben Zobrist said the rain delay helped.',
  );
  assert.equal(typeOf(a, 'Orsk Health Services NHS Trust'), 'organization');
  assert.equal(typeOf(a, 'Ben Zobrist'), 'person');
});

test('a name particle with its own capital is still a plain personal name (LeBron, McKenna)', () => {
  const a = run('LeBron Tavers scored 30 points on Monday.', 'Aoife McKenna watched from the stands.');
  assert.equal(typeOf(a, 'LeBron Tavers'), 'person');
  assert.equal(typeOf(a, 'Aoife McKenna'), 'person');
});

test('a surname joins a person only: the driver Hamilton is not a capital, Captain America is no country', () => {
  const a = run(
    'Lewis Hamilton won in Monza. Hamilton said the car was perfect.',
    'Fans dressed as Captain America cheered in the stands.',
  );
  const hamilton = a.entities.find((e) => e.name === 'Lewis Hamilton')!;
  assert.equal(hamilton.type, 'person');
  assert.ok(hamilton.aliases.includes('Hamilton'));
  assert.ok(!a.entities.some((e) => e.type === 'place' && e.aliases.includes('Hamilton')));
  assert.ok(!a.entities.some((e) => e.name === 'United States'), names(a).join(', '));
  assert.ok(names(a).includes('Captain America'));
});

test('an officer named with the institution: the institution, then the person', () => {
  const a = run(
    'Harlow County Sheriff Dana Whitcombe said deputies arrived at 10 p.m. Whitcombe added nothing.',
  );
  assert.equal(typeOf(a, 'Dana Whitcombe'), 'person');
  assert.equal(typeOf(a, 'Harlow County'), 'place');
  assert.ok(!names(a).some((n) => n.includes('Sheriff')));
});

test('page furniture never becomes a name', () => {
  const a = run(
    'Rescuers reached the valley on Monday, officials in Korlin said.',
    'Newsletter Sign Up Continue reading below: the Evening Digest by Email from Bram Fielding.',
    'Hide Caption 2 of 30 Photo: Ansel Morrow/Getty Images',
    'Skip in Skip x Embed x Share Tarrow unveils drone | 1:21 Tarrow showed a drone. Video provided by Newsy Newslook 4 of 12 Skip in Skip x Embed x Share Wendel Ocampo reports.',
    'Height: 70 meters Stages: 2 Boosters: 2 Engines: 27',
    'Valley residents were told to leave. (Imre Salo/Associated Press)',
    'Quint Barlow wins award',
    'Lina Ostrova splits from band',
    'Markets slide as Dorvan Bank warns',
  );
  const all = names(a);
  for (const chrome of [
    'Newsletter Sign Up Continue',
    'Evening Digest',
    'Bram Fielding',
    'Hide Caption',
    'Ansel Morrow',
    'Getty Images',
    'Newsy Newslook',
    'Wendel Ocampo',
    'Stages',
    'Boosters',
    'Imre Salo',
    'Quint Barlow',
    'Lina Ostrova',
    'Dorvan Bank',
  ])
    assert.ok(!all.includes(chrome), `${chrome} in ${all.join(', ')}`);
  assert.ok(all.includes('Korlin'), all.join(', '));
});

test('sentence openers and demonyms are not names; unknown words capitalised mid-sentence are', () => {
  const a = run(
    'Billionaire Ivo Marsh spoke. Shares of Brightline rose as Varlandic officials met Quorvex staff on Twitter.',
    'Officials said the shares rose. Quorvex declined to comment.',
  );
  const all = names(a);
  assert.ok(all.includes('Ivo Marsh') && !all.includes('Billionaire Ivo Marsh'), all.join(', '));
  assert.ok(
    !all.includes('Officials') && !all.includes('Varlandic') && !all.includes('Shares'),
    all.join(', '),
  );
  assert.equal(typeOf(a, 'Quorvex'), 'organization');
  assert.equal(typeOf(a, 'Twitter'), 'organization');
});

test('an agency named only by its initials gets its whole name; a name made an adjective names its place', () => {
  const a = run(
    'Two barges collided on the Vell river, AP reported. A police spokesman told DPA that nobody died (AFP).',
    'The Tessaly-based shipper and a Port Arlen-area union met the Kremlin-backed group. Moon Jae-in spoke.',
  );
  const all = names(a);
  for (const whole of ['The Associated Press', 'Deutsche Presse-Agentur', 'Agence France-Presse'])
    assert.ok(all.includes(whole), `${whole} in ${all.join(', ')}`);
  for (const place of ['Tessaly', 'Port Arlen', 'Kremlin', 'Moon Jae-in'])
    assert.ok(all.includes(place), `${place} in ${all.join(', ')}`);
  for (const cut of ['Tessaly-based', 'Port Arlen-area', 'Kremlin-backed'])
    assert.ok(!all.some((n) => n.includes(cut)), `${cut} in ${all.join(', ')}`);
  assert.ok(!all.includes('Moon Jae'), all.join(', '));
  // Where one is based, where someone of an age lives: a place, however little else is known of it.
  assert.equal(typeOf(a, 'Tessaly'), 'place');
  const lives = run('Ana Roe, 34, of Orvel, was arrested on Tuesday.');
  assert.equal(typeOf(lives, 'Orvel'), 'place');
  // A town's mayor, its residents, its downtown, a mother of two from it.
  for (const line of [
    'Orvel Mayor Ana Roe attended the ceremony.',
    'Residents of Orvel were told to stay indoors.',
    'The Kelmware Tower in downtown Orvel was evacuated.',
    'The victim was named as Ana Roe, a mother of two from Orvel.',
  ])
    assert.equal(typeOf(run(line), 'Orvel'), 'place', line);
});

test('a country’s institution named by its possessive is an organisation that speaks for itself', () => {
  const a = run(
    'Peru’s foreign ministry said the talks failed. The Chilean government said nothing.',
    'Peru’s federal prosecutor said two men were held. Ana Ruiz’s government fell.',
  );
  const all = names(a);
  for (const org of ['Peru’s foreign ministry', 'Chilean government', 'Peru’s federal prosecutor'])
    assert.equal(typeOf(a, org), 'organization', `${org} in ${all.join(', ')}`);
  assert.ok(!all.some((n) => n.includes('Ruiz’s')), all.join(', '));
  const speakers = a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name);
  assert.deepEqual(speakers, ['Peru’s foreign ministry', 'Peru’s federal prosecutor']);
});

test('the story merge: one name one entity, legal forms fold, the fullest form names it', () => {
  const a = run('Dorvan Bank Group AG said profits fell, according to The Associated Press.');
  const b = run('Analysts at Dorvan Bank expect losses, AP reported.');
  const c = run('Dorvan Bank expects a loss.');
  const story = resolveEntities([a, b, c]);
  const dorvan = story.entities.filter((e) => /Dorvan/.test(e.name));
  assert.equal(dorvan.length, 1, dorvan.map((e) => `${e.name}/${e.type}`).join(', '));
  assert.equal(dorvan[0]!.name, 'Dorvan Bank Group AG');
  assert.equal(dorvan[0]!.type, 'organization');
  const ap = story.entities.find((e) => e.aliases.includes('AP') || e.name === 'AP');
  assert.equal(ap?.name.replace(/^The /, ''), 'Associated Press');
});

test('an ordinal a court, district or unit is counted by opens its name (`the 9th Circuit Court of Appeals`)', () => {
  const a = run(
    'The ruling was appealed to the 9th Circuit Court of Appeals. She won the 4th Congressional District.',
    'The 82nd Airborne Division was deployed. He finished 3rd in the race.',
  );
  assert.equal(typeOf(a, '9th Circuit Court of Appeals'), 'organization');
  assert.equal(typeOf(a, '4th Congressional District'), 'place');
  assert.equal(typeOf(a, '82nd Airborne Division'), 'organization');
  assert.ok(!names(a).some((n) => n.startsWith('3rd')), names(a).join(', '));
});

test('a state’s institutions, seats of power and capitals by what they do', () => {
  const a = run(
    'The Varlandic government denied it, and the U.S. military said nothing. The White House said talks would go on.',
    'Moscow and Beijing hailed the ties. She lives in London and met Ana Ruiz outside the Pentagon.',
    'The head of the Security Committee Dario Venn spoke. Mr Venn left.',
  );
  assert.equal(typeOf(a, 'U.S. military'), 'organization');
  assert.equal(typeOf(a, 'White House'), 'organization');
  assert.equal(typeOf(a, 'Pentagon'), 'place');
  assert.equal(typeOf(a, 'London'), 'place');
  const russia = a.entities.find((e) => e.name === 'Russia');
  assert.ok(russia?.aliases.includes('Moscow'), names(a).join(', '));
  assert.equal(typeOf(a, 'Security Committee'), 'organization');
  assert.equal(typeOf(a, 'Dario Venn'), 'person');
  // What the institution has, after a preposition: still the institution (`no change to Pentagon policy`).
  const policy = run('The general said there had been no change to Pentagon policy on reservists.');
  assert.equal(typeOf(policy, 'Pentagon'), 'organization');
});

test('galleries, shouted headline lists and "most read" boxes give no names', () => {
  const a = run(
    'Ships docked at Port Ellery on Tuesday, the harbour master said.',
    '16/34 15 November 2017 Mara Quell leaves the court with her lawyer Ivo Brandt Toma Sike/REX',
    'MOST READ IN NEWS FLOOD ALERT Kestrel Bay homes evacuated as river bursts BIG WIN Lotto winner Pim Hadley buys castle HOT TAKE Critic Alma Voss slams film',
  );
  const all = names(a);
  for (const chrome of ['Mara Quell', 'Ivo Brandt', 'Toma Sike', 'Kestrel Bay', 'Pim Hadley', 'Alma Voss'])
    assert.ok(!all.includes(chrome), `${chrome} in ${all.join(', ')}`);
  assert.ok(all.includes('Port Ellery'), all.join(', '));
});

test('a person shortened to the first word of an East Asian name stays a person; a company shortened so is one', () => {
  const a = run(
    'Wu Tiannan met the press. Later, Wu said the deal was done.',
    'Tarrow Koss won the bid. Analysts said Tarrow had the best offer.',
  );
  assert.equal(typeOf(a, 'Wu Tiannan'), 'person');
  assert.equal(typeOf(a, 'Tarrow Koss'), 'organization');
});

test('a holiday alone is a time, not a name that can speak; a place named after one stays a place', () => {
  const a = run(
    'By Thanksgiving, Varga had begun posting about the case, wishing everyone a happy holiday, “Except you, Orlin — you know what you did.”',
    'Asylum seekers were flown to the Christmas Island detention centre on Monday.',
  );
  assert.ok(!names(a).includes('Thanksgiving'));
  assert.ok(names(a).includes('Christmas Island'));
  assert.ok(a.quotes.every((q) => a.entities.find((e) => e.id === q.speaker)?.name !== 'Thanksgiving'));
});

test('a plural possessive inside an organisation’s name keeps the name whole', () => {
  const a = run(
    "The Orsk Employers’ Federation urged talks, and the Varland Teachers' Union said it would strike on Monday.",
  );
  assert.equal(typeOf(a, 'Orsk Employers’ Federation'), 'organization');
  assert.equal(typeOf(a, "Varland Teachers' Union"), 'organization');
  assert.ok(!names(a).includes('Orsk Employers'));
});

test('a person’s possessive before an organisation word is its owner, not part of a name (`President Joe Biden’s Cabinet`); an office’s own possessive stays whole', () => {
  const a = run(
    'The chamber will take up President Anna Varga’s Cabinet nominations first.',
    'The grant came from Tomas Roe’s Foundation, the Lisk County District Attorney’s Office said.',
  );
  assert.equal(typeOf(a, 'Anna Varga'), 'person');
  assert.equal(typeOf(a, 'Tomas Roe'), 'person');
  assert.ok(!names(a).some((n) => /’s (?:Cabinet|Foundation)/.test(n)), names(a).join(' | '));
  assert.equal(typeOf(a, 'Lisk County District Attorney’s Office'), 'organization');
});

test('a body’s partner set off after `its` is another body, and a name before its people (`Yale researchers`) is no given name', () => {
  const a = run(
    'Verdex said a vaccine developed with its partner, Halvion, proved effective.',
    'A study by a group of Yale researchers reached two conclusions, and Norma engineers agreed.',
  );
  assert.equal(typeOf(a, 'Halvion'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Yale'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Norma'), 'organization', names(a).join(', '));
  // (A person's partner is a person.)
  const b = run('The singer arrived with her partner, Tomas Roe, on Monday.');
  assert.equal(typeOf(b, 'Tomas Roe'), 'person', names(b).join(', '));
});

test('a known name opening a sentence keeps its first word though the text uses it in lower case', () => {
  const a = run(
    'The storm moved south of the capital overnight, and new ferries sailed from the south coast.',
    'South Korea warned it was ready to help, and New Zealand sent two ships.',
  );
  const all = names(a);
  assert.ok(all.includes('South Korea'), all.join(', '));
  assert.ok(!all.includes('Korea'), all.join(', '));
});

test('initials before a surname make a person; a place’s initials do not', () => {
  const a = run(
    'The center A.Q. Varnell and the author J. K. Morrow met the U.S. Navy and the D.C. Council in May.',
  );
  assert.equal(typeOf(a, 'A.Q. Varnell'), 'person');
  assert.equal(typeOf(a, 'J. K. Morrow'), 'person');
  assert.equal(typeOf(a, 'U.S. Navy'), 'organization');
  assert.equal(typeOf(a, 'D.C. Council'), 'organization');
});

test('a given name that is also a city starts a person’s name, and alone after `in` stays the city', () => {
  const a = run(
    'Troops moved to the border on Monday.',
    'Vladimir Orlov has ordered more than 1,000 troops to the border, and Florence Marek flew in from Florence.',
  );
  assert.equal(typeOf(a, 'Vladimir Orlov'), 'person');
  assert.equal(typeOf(a, 'Florence'), 'place');
});

test('a name the text capitalises mid-sentence stays a name at a sentence start, though a caption writes it in lower case', () => {
  const a = run(
    'Video: Elon tusk’s new business idea could help the city.',
    'Elon Tusk showed pictures of the car on Friday, and notions that Tusk was kidding faded.',
    'Tusk has said there is plenty of risk involved in the flight.',
  );
  const tusk = a.entities.find((e) => e.name === 'Elon Tusk');
  assert.ok(tusk);
  const opening = a.mentions.filter((m) => m.entity === tusk.id && m.text === 'Tusk');
  assert.equal(opening.length, 2, JSON.stringify(opening));
});

test('a surname spelt with sch is the whole name spelt with sh (Schacham, Ofer Shacham)', () => {
  const a = run(
    'You still will not notice it, says Ofer Shacham, the chip’s engineering manager.',
    '“We basically hide it,” Schacham says. Schacham added that it was fast.',
  );
  assert.deepEqual(
    a.entities.filter((e) => /acham/.test(e.name)).map((e) => `${e.name}/${e.type}`),
    ['Ofer Shacham/person'],
  );
});

test('a spokesperson is had by people as by organisations: `Theresa Vale’s spokesperson` leaves her a person', () => {
  const a = run(
    'The missile flew over the northern island early on Tuesday.',
    'Theresa Vale’s spokesperson today said the prime minister is "outraged by the reckless provocation".',
  );
  assert.equal(typeOf(a, 'Theresa Vale'), 'person');
});

test('someone from a place names it a place (`a 42-year-old man from Beckford`, `the driver, 42, from Beckford`)', () => {
  const a = run(
    'Police have confirmed a 42-year-old man from Beckford has been arrested after the tram crash.',
    'The tram driver, 42, from Beckford, is being held on suspicion of manslaughter.',
  );
  assert.equal(typeOf(a, 'Beckford'), 'place');
});

test('a one-word name with a person’s appositive is a person (`Vorde, the sole female nominee`)', () => {
  const a = run(
    'The awards were handed out on Sunday night in the city.',
    'And Vorde, the sole female nominee for album of the year, was not offered a solo spot.',
  );
  assert.equal(typeOf(a, 'Vorde'), 'person');
});

test('a team is an organisation by its coaches and players after it (`Carolina Pumas defensive coordinator Steve Wilko`)', () => {
  const a = run(
    'The coach retired on Monday after five seasons.',
    'Carolina Pumas defensive coordinator Steve Wilko and Bruce Arvin’s other assistants were at the news conference.',
  );
  assert.equal(typeOf(a, 'Carolina Pumas'), 'organization');
  assert.equal(typeOf(a, 'Steve Wilko'), 'person');
});

test('a lone word typed with no evidence is marked guessed, and is put forward as a speaker only as the very subject of the verb of saying', () => {
  const text =
    'The tram left the depot at Tramvel on Tuesday, and passengers praised Tramvel later. A Brevlor spokesman said the trams would run again.';
  const { entities, info } = findEntities(text, splitSentences(text));
  const guessed = (name: string): boolean | undefined =>
    info.get(entities.find((e) => e.name === name)?.id ?? '')?.guessed;
  assert.equal(guessed('Tramvel'), true);
  assert.equal(guessed('Brevlor'), false);
  const b = run(
    'The tram left the depot at Tramvel on Tuesday, and passengers praised Tramvel later.',
    'Tramvel confirmed: “The trams will run again.” A Brevlor spokesman said: “We are dedicated to safety.”',
  );
  const speaker = (words: string) =>
    b.entities.find((e) => e.id === b.quotes.find((q) => q.text.includes(words))?.speaker)?.name ?? null;
  assert.equal(speaker('dedicated to safety'), 'Brevlor');
  // (Words near it are not its words: the speaker of a quotation is never found by reaching for it.)
  const c = run(
    'The tram left the depot at Tramvel on Tuesday, and passengers praised Tramvel later.',
    'Tramvel was quiet on Wednesday. “The trams will run again,” he said.',
  );
  assert.equal(c.quotes[0]?.speaker ?? null, null);
  // `As Glintwire notes, …`: the subject of the verb speaks, whatever its type.
  const d = run(
    'The carrier sells the phone in Europe.',
    'As Glintwire notes, the carrier has “highlighted the booster in a press release” this week.',
  );
  assert.equal(d.entities.find((e) => e.id === d.quotes[0]?.speaker)?.name ?? null, 'Glintwire');
});

test('a name joined with an ampersand is an organisation (`Keefe, Bruyette & Woods`, `Drums & Bugles`)', () => {
  const a = run(
    'The rifles were bought at a shop in the town, Drums & Bugles, within the last year.',
    'Analysts at Keefe, Bruyette & Woods expect the charge to be large.',
  );
  assert.equal(typeOf(a, 'Drums & Bugles'), 'organization');
});

test('a name opening with New is no person’s (`New Addleton`)', () => {
  const a = run(
    'The crash happened on a tight bend.',
    'The tram was running from New Addleton to Wimbury via the town centre when it came off the rails.',
  );
  assert.equal(typeOf(a, 'New Addleton'), 'place');
});

test('what only an organisation has (its directors, workplace, warehouses) outweighs a place of that name', () => {
  const article = makeArticle(
    [
      'The arrests included high-level Amazon and Velmora directors.',
      'Amazon told the Ledger it is investigating and said any such conduct in Amazon’s workplace is against its rules.',
    ],
    '2031-03-12',
  );
  const amazon = analyze(article).entities.find((e) => e.name === 'Amazon');
  assert.equal(amazon?.type, 'organization');
});

test('a surname that reads like a verb (`Freed`) is a name where it opens a sentence, once the text has capitalised it mid-sentence', () => {
  const a = run(
    'Airline spokesman Joshua Freed said Tuesday that the players boarded the flight.',
    'Freed said an airline manager apologized to the players.',
  );
  const freed = a.entities.find((e) => e.name === 'Joshua Freed');
  assert.equal(a.mentions.filter((m) => m.entity === freed?.id).length, 2);
});

test('a given name ending like a verb (`-ed`) that no dictionary holds opens its name at a sentence’s start', () => {
  const a = run(
    'Kareed Volan wrote about the harbour plan last year.',
    'Addressing Mayor Ilse Varnholt, the council voted for the plan.',
  );
  assert.ok(a.entities.some((e) => e.name === 'Kareed Volan' && e.type === 'person'));
  // An everyday word in -ing opening the sentence is still no part of the name after it.
  assert.ok(!a.entities.some((e) => e.name.startsWith('Addressing')));
});

test('a company’s full name with its legal form is one company, however well known its first word is', () => {
  const a = run('JPMorgan Chase & Co. said on Monday that it would open an office in the harbour.');
  assert.ok(a.entities.some((e) => e.name === 'JPMorgan Chase & Co.' && e.type === 'organization'));
  assert.ok(!a.entities.some((e) => e.name === 'Chase & Co.'));
});

test('a known city where a place goes is the city, not the first word of the team named after it', () => {
  const a = run(
    'The Seattle Seahawks lost 26-24 on Sunday night.',
    'The kicker’s field goal went through the uprights at the stadium in Seattle on Sunday night.',
  );
  assert.ok(a.entities.some((e) => e.name === 'Seattle' && e.type === 'place'));
  assert.ok(a.entities.some((e) => e.name === 'Seattle Seahawks' && e.type === 'organization'));
});

test('a name that qualifies an event after an article (`the Lorin Vasse attacks`) is no person', () => {
  const a = run(
    'President Ilse Varnholt spoke to the nation on Friday night.',
    'After the Lorin Vasse attacks in January, she spoke of a country that stood together.',
  );
  assert.notEqual(typeOf(a, 'Lorin Vasse'), 'person');
  assert.equal(typeOf(a, 'Ilse Varnholt'), 'person');
});

test('a name after a news outlet’s possessive is its correspondent, a person (`Al Jazeera’s Tomas Lindqvist`)', () => {
  const a = run(
    "Al Jazeera's Tomas Lindqvist, reporting from Velmora, said the split between young and old voters was dramatic.",
  );
  assert.equal(typeOf(a, 'Tomas Lindqvist'), 'person');
});

test('`Mr Lindqvist` beside `Anna Lindqvist` and `Peter Lindqvist` is the man: the honorific’s gender picks the person', () => {
  const a = run(
    'Anna Lindqvist spoke at the harbour on Monday, and her husband Peter Lindqvist stood beside her.',
    'Rumours that have followed Mr Lindqvist have not spared Mrs Lindqvist either.',
  );
  const entityOf = (text: string) =>
    a.entities.find((e) => e.id === a.mentions.find((m) => m.text === text)?.entity)?.name;
  assert.equal(entityOf('Mr Lindqvist') ?? entityOf('Lindqvist'), 'Peter Lindqvist');
  assert.equal(entityOf('Mrs Lindqvist'), 'Anna Lindqvist');
});

test('a name after a person’s noun and `named` is a person, whatever its last word (`an official named Ada Day`)', () => {
  const a = run('The warning was written by a Velmora human resources official named Ada Day.');
  assert.equal(typeOf(a, 'Ada Day'), 'person');
});

test('countries go by the names news gives them: Turkey is a place, the Vatican is the Vatican', () => {
  const a = run(
    'Turkey and Greece agreed on Monday to reopen the border crossing at Kipoi.',
    'The Vatican called the deal “a sign of hope for the region,” and Türkiye’s foreign ministry welcomed it.',
  );
  assert.equal(typeOf(a, 'Turkey'), 'place');
  assert.equal(typeOf(a, 'Vatican'), 'place');
  assert.ok(!names(a).includes('Vatican City'), names(a).join(', '));
  assert.ok(!names(a).includes('Türkiye'), `one country under one name: ${names(a).join(', ')}`);
});

test('an organisation for something goes on with `of …` (`Office for the Co-ordination of Humanitarian Affairs`), not over a country', () => {
  const a = run(
    'The Orsk Office for the Co-ordination of Relief Affairs said roads were closed.',
    'The Council for the Protection of Rural Velmora and the Ministry for Foreign Affairs of Finland agreed.',
  );
  const all = names(a);
  for (const whole of [
    'Orsk Office for the Co-ordination of Relief Affairs',
    'Council for the Protection of Rural Velmora',
  ])
    assert.ok(all.includes(whole), `${whole} in ${all.join(', ')}`);
  assert.ok(all.includes('Ministry for Foreign Affairs') && typeOf(a, 'Finland') === 'place', all.join(', '));
});

test('a team’s nickname alone (`the Lions`) is the team that a place and that nickname name (`Detroit Lions`)', () => {
  const a = run(
    'Earlier on Monday, the Detroit Lions parted company with coach Jim Caldwell.',
    'The Lions also missed the play-offs after finishing second, and the Davis family said they would stay.',
  );
  assert.ok(!names(a).includes('Lions'), names(a).join(', '));
  const lions = a.entities.find((e) => e.name === 'Detroit Lions');
  assert.ok(lions && a.mentions.filter((m) => m.entity === lions.id).length === 2);
});

test('a name before an organisation’s noun (`the Civil Aviation body`) is an organisation, not a person', () => {
  const a = run('The director-general of Vell’s Harbour Safety body, Ana Roe, said the search went on.');
  assert.equal(typeOf(a, 'Harbour Safety'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Ana Roe'), 'person');
});

test('`X, which …` is no person: a relative clause for a thing', () => {
  const a = run(
    'Demand Rescue, which campaigns against trafficking, said so. Lisa Roe, who runs it, agreed.',
  );
  assert.equal(typeOf(a, 'Demand Rescue'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Lisa Roe'), 'person');
});

test('a given name after an owner’s possessive is their person (`The Lisk Ledger’s Ezra Roe`), not a thing owned', () => {
  const a = run('The Lisk Ledger’s Ezra Roe loved the speech. Jeff Vann’s Blue Orbit launched a rocket.');
  assert.equal(typeOf(a, 'Ezra Roe'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Blue Orbit'), 'organization');
});

test('a product-like word before a given name (`iReporter Ana Roe`) is not the start of her name', () => {
  const a = run('Lisk Daily iReporter Ana Roe was staying nearby. The iPhone X and the iPad Pro sold well.');
  assert.equal(typeOf(a, 'Ana Roe'), 'person', names(a).join(', '));
  for (const whole of ['iPhone X', 'iPad Pro']) assert.ok(names(a).includes(whole), names(a).join(', '));
});

test('a technical term in capitals (`SIM free`, `an HDR mode`) is no organisation', () => {
  const a = run('The Korva X2 costs £370 SIM free, with an HDR mode and 4G LTE, engineers at NASA said.');
  assert.ok(!names(a).some((n) => ['SIM', 'HDR', 'LTE'].includes(n)), names(a).join(', '));
  assert.equal(typeOf(a, 'NASA'), 'organization');
});

test('a place by where only a place fits: a route, a distance, `-bound`, a place noun or a country beside it', () => {
  const a = run(
    'The missile was launched from Varnok, near the capital, and trams run from Kelbridge to Moxley Junction.',
    'The girls were taken to Tarsha, which is 15 kilometres from the border. The Zelbridge-bound tram derailed.',
    'Fans packed Dunmore, the neighborhood around the stadium. The launch took place at Sunvale, Pyongyang.',
    'Ana Roe of Radboud University, Melkrijk (The Netherlands) said residents of Tokyo and Venshu were safe.',
  );
  for (const place of [
    'Varnok',
    'Kelbridge',
    'Tarsha',
    'Zelbridge',
    'Dunmore',
    'Sunvale',
    'Melkrijk',
    'Venshu',
  ])
    assert.equal(
      typeOf(a, place),
      'place',
      `${place}: ${a.entities.map((e) => `${e.name}/${e.type}`).join(', ')}`,
    );
  assert.equal(typeOf(a, 'Ana Roe'), 'person');
});

test('a person beside a known place (`activist Ana Roe and US first lady Lena Vance`) stays a person', () => {
  const a = run('Figures such as activist Ana Roe and US first lady Lena Vance backed the campaign.');
  assert.equal(typeOf(a, 'Ana Roe'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Lena Vance'), 'person');
});

test('a word seen only opening sentences is a name when its context speaks for it (`Orvane (ORVN), in particular, …`)', () => {
  const a = run(
    'Big companies will face one-off charges on their foreign cash in the coming weeks.',
    'Orvane (ORVN), in particular, is known for holding a huge pile of cash abroad. Officials declined to comment.',
  );
  assert.equal(typeOf(a, 'Orvane'), 'organization', names(a).join(', '));
  assert.ok(!names(a).includes('Officials'));
});

test('a place by a place noun after it or an institution before it; a thing by the count before it', () => {
  const a = run(
    'Crews at the Varnok cosmodrome readied the satellite on Tuesday.',
    'Ana Roe of Tarsel College, Melkrijk, said the tests will fire all 27 Korvane engines at once.',
  );
  assert.equal(typeOf(a, 'Varnok'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Melkrijk'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Korvane'), 'other', a.entities.map((e) => `${e.name}/${e.type}`).join(', '));
});

test('a team by its player or coach named after it; a state paper after `official`; an owner’s thing', () => {
  const a = run(
    'Airline spokesman Joshua Freed said Tuesday that Jackson Hustle guard Marquis Tane and forward Ray Burrell boarded the flight.',
    'Tane and Burrell are black. Hustle coach Glynn Cyprien said so.',
    'Veldonia’s official Korvo Sinmun said later on Tuesday that the launch was a success.',
    'The agency is supplying the power system for Nasa’s Orvane space capsule.',
  );
  const all = a.entities.map((e) => `${e.name}/${e.type}`).join(', ');
  assert.equal(typeOf(a, 'Jackson Hustle'), 'organization', all);
  assert.equal(typeOf(a, 'Korvo Sinmun'), 'organization', all);
  assert.equal(typeOf(a, 'Orvane'), 'other', all);
});

test('a season opens an event’s name (`the Winter Olympics`) and `Jan` a person’s, but not a date', () => {
  const a = run(
    'The app was timed to coincide with the Winter Olympics. It was put forward by director general Jan Varnek.',
    'It opened on Jan 4 in Tarsel. In winter the station closes; Summer rains came in Jan. Nobody came.',
  );
  const all = names(a);
  assert.ok(all.includes('Winter Olympics'), all.join(', '));
  assert.equal(typeOf(a, 'Jan Varnek'), 'person', all.join(', '));
  assert.ok(!all.some((n) => /^(?:Jan|Summer)\b/.test(n) && n !== 'Jan Varnek'), all.join(', '));
});

test('a name quoted after an article (`the "Bring Home Our Crews" campaign`) keeps its first word', () => {
  const a = run('She has been one of the loudest voices of the “Bring Home Our Crews” campaign since 2014.');
  assert.ok(names(a).includes('Bring Home Our Crews'), names(a).join(', '));
});

test('a military command or unit is an organisation (`U.S. Ocean Command says`)', () => {
  const a = run('U.S. Ocean Command says the missile did not pose a threat.');
  assert.equal(typeOf(a, 'Ocean Command'), 'organization', names(a).join(', '));
});

test('a noun for a ruler opening a sentence (`Despot Kim Varo threatened`) is not part of the name', () => {
  const a = run('Despot Kim Varo threatened to sink the fleet. Strongman Ivo Brandt agreed.');
  const all = names(a);
  assert.ok(all.includes('Kim Varo') && all.includes('Ivo Brandt'), all.join(', '));
});

test('a body of something, a post held at a name, a resort in apposition and a cape’s own name', () => {
  const a = run(
    'Trams slow down if they go too fast, according to the Office of Rail and Road.',
    'Alex Varo, director of Policy and Research at Demand Reform, said so. He walked into the party at Sol-a-Mar, his elite resort in Florida.',
    'The missile fell east of Cape Tarsu on Hokkaido. Another fell off the cape of Tarsu later.',
  );
  const all = a.entities.map((e) => `${e.name}/${e.type}`).join(', ');
  assert.equal(typeOf(a, 'Office of Rail and Road'), 'organization', all);
  assert.equal(typeOf(a, 'Demand Reform'), 'organization', all);
  assert.equal(typeOf(a, 'Sol-a-Mar'), 'place', all);
  assert.equal(typeOf(a, 'Cape Tarsu'), 'place', all);
  assert.ok(!a.entities.some((e) => e.name === 'Tarsu' && e.type !== 'place'), all);
});

test('a legal form with its full stop keeps an organisation whole (`Bank of America Corp.`)', () => {
  const a = run('Citigroup Inc. expects a hit, while Bank of America Corp. will take a $3 billion charge.');
  assert.ok(names(a).includes('Bank of America Corp.'), names(a).join(', '));
});

test('a known place opening a name with a function word in it (`Tacoma Against Hunger`) stays in the name', () => {
  const a = run('The group Tacoma Against Hunger said the emails were shocking.');
  assert.ok(names(a).includes('Tacoma Against Hunger'), names(a).join(', '));
});

test('a place noun set off right before a name (`his neighborhood, Eden Varo,`) makes it a place', () => {
  const a = run('He was attacked while walking through his neighborhood, Eden Varo, around 7 p.m. Tuesday.');
  assert.equal(typeOf(a, 'Eden Varo'), 'place', a.entities.map((e) => `${e.name}/${e.type}`).join(', '));
});

test('a title quoted after a work’s noun and a comma (`his 2007 movie, “Night Proof,”`) is a work', () => {
  const a = run('Fans spy an echo of the crash in his 2007 movie, “Night Proof,” produced by Harlan Vey.');
  assert.equal(typeOf(a, 'Night Proof'), 'other', a.entities.map((e) => `${e.name}/${e.type}`).join(', '));
});

test('a word no English dictionary holds is a name even where it only opens sentences (`Zarcon says`)', () => {
  const a = run('The port is sealed by a rubber tab. Zarcon says the new case feels "soft as felt."');
  assert.ok(names(a).includes('Zarcon'), names(a).join(', '));
  // An English word opening a sentence is no name for that alone.
  assert.ok(!names(a).includes('The'));
});

test('a number after a country’s name makes one name of both (`France 2 said`)', () => {
  const a = run('France 2 said on Sunday that the ferry had left port late.');
  assert.ok(names(a).includes('France 2'), names(a).join(', '));
  assert.ok(!names(a).includes('2'), names(a).join(', '));
});

test('an editor’s note runs to the end of its paragraph, and a short paragraph ending in a call to watch is a promo', () => {
  const a = run(
    'Rescuers reached the valley on Monday, officials in Korlin said.',
    'Editor’s note: An earlier version of this video said Ivo Marsh was the first pitcher. Outfielder Dane Tolliver was the first.',
    'Valley Special -- Hidden Korlin: a film crew spends a winter in the high villages. Watch the documentary on Korlin TV.',
    'Mayor Anya Brisk said the roads would reopen on Friday.',
  );
  const all = names(a);
  for (const chrome of ['Ivo Marsh', 'Dane Tolliver', 'Valley Special', 'Hidden Korlin'])
    assert.ok(!all.includes(chrome), `${chrome} in ${all.join(', ')}`);
  assert.ok(all.includes('Anya Brisk'), all.join(', '));
});

test('a version number with one decimal stays in its product’s name (`Korva 8.1`); a percentage is no name', () => {
  const a = run(
    'The Korva 8.1 update arrived in December. Growth in Tessaly was 2.5 percent, Dalmont fell 3.2% and Unibank Tessaly 2.6% on Monday.',
  );
  assert.ok(names(a).includes('Korva 8.1'), names(a).join(', '));
  assert.ok(!names(a).some((n) => /\d\.\d/.test(n) && n !== 'Korva 8.1'), names(a).join(', '));
});

test('a surname misspelt by one letter joins the one person the text names with it (`Mr Hardick` beside `Ivor Hardwick`)', () => {
  const a = run(
    'Opposition MP Ivor Hardwick accused Finance Minister Ana Pell of hiding the cost.',
    'Mr Hardick, MP for Orsk, told the Ledger the figures were wrong.',
    'Mara Lenz and Ivo Lentz met in Orsk.',
  );
  assert.ok(!names(a).includes('Hardick'), names(a).join(', '));
  assert.ok(a.entities.find((e) => e.name === 'Ivor Hardwick')?.aliases.includes('Mr Hardick'));
  // Short surnames are not matched: `Lentz` is no misspelt `Lenz`.
  assert.ok(names(a).includes('Ivo Lentz') && names(a).includes('Mara Lenz'), names(a).join(', '));
});

test('a sentence kept whole inside a quotation starts again after a full stop: its first word is no name', () => {
  const a = run(
    '“It was fine before. Suddenly they have forgotten all of that,” said Mara Linden, a lecturer.',
    '“We cannot wait for this. We’ve got to learn to live with it,” she said.',
  );
  assert.deepEqual(names(a), ['Mara Linden']);
});

test('a given name before a town’s name is a person; "Bill" opens a name as well as ending a law’s', () => {
  const a = run(
    'On Monday Sen. Elizabeth Warren questioned the plan, and Oakdale City Mayor Bill Tarrow defended it.',
    'The Finance Bill passed later, while Jackson Mississippi stayed quiet.',
  );
  assert.equal(typeOf(a, 'Elizabeth Warren'), 'person');
  assert.equal(typeOf(a, 'Bill Tarrow'), 'person');
  assert.equal(typeOf(a, 'Finance Bill'), 'other');
  assert.equal(typeOf(a, 'Mississippi'), 'place');
});

test('"the Conservative MP" describes a party’s member: no one of that name, only the party', () => {
  const a = run(
    'Cara Wendt warned on Monday that the ferry trade faced cuts.',
    'Speaking in the chamber, the Conservative MP said the industry could be saved.',
  );
  assert.deepEqual(names(a), ['Conservative Party', 'Cara Wendt']);
});

test('a town after "in" followed by ", who" is still a town: the relative clause is the person’s before it', () => {
  const a = run(
    '“It is exciting,” says Maura Lin, a radio astronomer at Kestrel University in Varnby, who wants to use the dish.',
  );
  assert.equal(typeOf(a, 'Varnby'), 'place');
  assert.equal(typeOf(a, 'Maura Lin'), 'person');
});

test('a given name coordinated with a full name shares its surname: "Bill and Hillary Clinton"', () => {
  const a = run(
    'Tomas Reyl was an adviser to Bill and Hillary Clinton for years.',
    'Jack and Jill Hobbs ran the bakery on Mill Road.',
  );
  assert.equal(typeOf(a, 'Bill Clinton'), 'person');
  assert.equal(typeOf(a, 'Hillary Clinton'), 'person');
  assert.equal(typeOf(a, 'Jack Hobbs'), 'person');
  assert.ok(!names(a).includes('Jack'), names(a).join(', '));
});

test('a relative named by given name after "his wife" or "their son" takes the surname of whom the pronoun stands for', () => {
  const a = run(
    'Coach Dario Venn said he would retire. He recalled talking to his wife Marta at their lake house, when she told him their son Jake was turning 40.',
  );
  assert.equal(typeOf(a, 'Marta Venn'), 'person');
  assert.equal(typeOf(a, 'Jake Venn'), 'person');
  // "his" is not Nora Quill's: the last man named before it is Tobias Marek.
  const b = run(
    'The film stars Nora Quill as the widow and Tobias Marek, whose role is a farmer. Quill plays opposite his wife Greta in the last scene.',
  );
  assert.equal(typeOf(b, 'Greta Marek'), 'person');
  // Two women named before "her": nothing says whose son Arlo is.
  const c = run('Mara Lind told Oprah Kell that she was pregnant with her son Arlo at the time.');
  assert.ok(names(c).includes('Arlo'), names(c).join(', '));
});

test('a name joined by "of" stays whole (`Gulf of Thailand`, `Horn of Africa`); a curly apostrophe still finds the gazetteer’s name', () => {
  const a = run(
    'The ship sank in the Gulf of Thailand, far from the Horn of Africa and the Isle of Man.',
    'Officials of the Democratic People’s Republic of Korea met officials of the Kingdom of Norway.',
  );
  assert.equal(typeOf(a, 'Gulf of Thailand'), 'place');
  assert.equal(typeOf(a, 'Horn of Africa'), 'place');
  assert.equal(typeOf(a, 'Isle of Man'), 'place');
  assert.equal(typeOf(a, 'North Korea'), 'place');
  assert.equal(typeOf(a, 'Norway'), 'place');
  assert.ok(!names(a).includes('Gulf') && !names(a).includes('Horn'), names(a).join(', '));
});

test('a panel, a force, a protection agency and a business after a possessive are organisations, whole', () => {
  const a = run(
    'Staff at Casey’s Bar said they would close. The Intergovernmental Panel on Varn Weather warned Orsk Customs and Border Protection.',
    'The Varn Defence Force and the Joint Task Force met at the Orsk Play Store.',
  );
  assert.equal(typeOf(a, 'Casey’s Bar'), 'organization');
  assert.equal(typeOf(a, 'Intergovernmental Panel on Varn Weather'), 'organization');
  assert.equal(typeOf(a, 'Orsk Customs and Border Protection'), 'organization');
  assert.equal(typeOf(a, 'Varn Defence Force'), 'organization');
  assert.equal(typeOf(a, 'Joint Task Force'), 'organization');
});

test('a byline’s date, a list’s next number and a hyphenated title are no part of a name; a language is no country', () => {
  const a = run(
    'By Tomas Ruel March 25, 2031. The survey ranked 1. Finland 2. Norway 3. Denmark.',
    'Attorney-General Ana Roe said two-thirds of the pupils speak English as a second language, and the report is in French.',
    'Complaints came from British and Canadian customers, and the rocket left Launch Complex 40. It flew well.',
  );
  assert.equal(typeOf(a, 'Tomas Ruel'), 'person');
  assert.equal(typeOf(a, 'Finland'), 'place');
  assert.equal(typeOf(a, 'Norway'), 'place');
  assert.equal(typeOf(a, 'Ana Roe'), 'person');
  const uk = a.entities.find((e) => e.name === 'United Kingdom');
  assert.ok(uk && !uk.aliases.includes('English') && uk.aliases.includes('British'), JSON.stringify(uk));
  assert.ok(!names(a).includes('France'), names(a).join(', '));
  assert.ok(names(a).includes('Launch Complex 40'), names(a).join(', '));
});

test('a storm’s name is an event, not a person (`Hurricane Tomas`, `Tropical Storm Ana`)', () => {
  const a = run('Hurricane Tomas hit Varn on Monday, days after Tropical Storm Ana flooded the coast.');
  assert.equal(typeOf(a, 'Hurricane Tomas'), 'other');
  assert.equal(typeOf(a, 'Tropical Storm Ana'), 'other');
});

test('common acronyms (`CEOs`, `IPO`, `MRI`, `HIV`) name nothing; a gala or a contest is an event', () => {
  const a = run(
    'Varn Foods CEOs said the IPO would wait until MRI scans and HIV tests were cheaper.',
    'The Orsk Song Contest and the Velmora Gala both opened on Friday.',
  );
  for (const word of ['CEOs', 'IPO', 'MRI', 'HIV']) assert.ok(!names(a).includes(word), names(a).join(', '));
  assert.equal(typeOf(a, 'Orsk Song Contest'), 'other');
  assert.equal(typeOf(a, 'Velmora Gala'), 'other');
});

test('a company’s arm in a country or its service is not the company (`Kelmware Japan`, `Kelmware Prime`)', () => {
  const prime = run('Kelmware Prime grew fast this year. Kelmware said profits rose.');
  assert.equal(typeOf(prime, 'Kelmware Prime'), 'organization');
  assert.equal(typeOf(prime, 'Kelmware'), 'organization');
  const japan = run('Velmora Japan grew fast this year. Velmora said profits rose.');
  assert.ok(names(japan).includes('Velmora'), names(japan).join(', '));
});

test('a thing a noun names (`a technology called Orvex`, `a battery known as Skyward`) is a thing; a unit after a number is no name', () => {
  const a = run(
    'Kelmware is building a technology called Orvex into its phones. Varn agreed to install a missile defence battery known as Skyward.',
    'The phone has a 3000mAh battery and a 2.5GHz chip.',
  );
  assert.equal(typeOf(a, 'Skyward'), 'other');
  assert.equal(typeOf(a, 'Orvex'), 'other');
  assert.ok(!names(a).includes('Ah') && !names(a).includes('Hz'), names(a).join(', '));
});

test('a long institution’s officer keeps a name (`Varn Permanent Select Committee on Harbour Safety Chairman Ana B. Roe`)', () => {
  const a = run(
    '“The evidence is clear,” Varn Permanent Select Committee on Harbour Safety Chairman Ana B. Roe said.',
  );
  assert.equal(typeOf(a, 'Ana B. Roe'), 'person');
  const q = a.quotes.find((x) => x.text.includes('evidence is clear'));
  assert.equal(q?.speaker, a.entities.find((e) => e.name === 'Ana B. Roe')?.id);
});

test('a city or state a team is named by, after a result (`victory over Green Bay`, `lost to Arizona`), is the team', () => {
  const a = run('The Rovers escaped with an overtime victory over Green Bay, then lost to Arizona 49-15.');
  assert.equal(typeOf(a, 'Green Bay'), 'organization');
  assert.equal(typeOf(a, 'Arizona'), 'organization');
  const b = run('The Rovers will play in Green Bay next week, then fly to Arizona.');
  assert.equal(typeOf(b, 'Green Bay'), 'place');
});

test('a word after a label’s colon opens like a sentence (`Photos: Shocking celebrity splits`); a list after a lead-in keeps its names', () => {
  const a = run(
    'Photos: Shocking celebrity splits of the year, in pictures.',
    'The remark drew a backlash from music figures: Pink, Mara Velkova and Tom Hale all condemned it.',
  );
  assert.ok(!names(a).includes('Shocking'), names(a).join(', '));
  assert.ok(names(a).includes('Pink'), names(a).join(', '));
});

test('a dateline in capitals names the place as the gazetteer spells it, short words and all', () => {
  const a = run('LOS ANGELES (Wire) - The thriller won the top prize at the awards on Sunday.');
  assert.equal(typeOf(a, 'Los Angeles'), 'place');
});

test('a one-word title in quotation marks inside a sentence is a work; a one-word quotation opening one is not', () => {
  const a = run(
    'The Korean thriller “Harrowgate” won the top prize, and his turn in “Jester” swept the season.',
    '“Thanks” was all she said.',
  );
  assert.equal(typeOf(a, 'Harrowgate'), 'other');
  assert.equal(typeOf(a, 'Jester'), 'other');
  assert.ok(!names(a).includes('Thanks'), names(a).join(', '));
});

test('a co-founder or congressman is a title before the name, not part of it', () => {
  const a = run(
    'Co-founder Wilma Strand backed the start-up early.',
    '“We were not told,” said Congressman Dale Verity.',
  );
  assert.equal(typeOf(a, 'Wilma Strand'), 'person');
  assert.equal(typeOf(a, 'Dale Verity'), 'person');
});

test('two particles join a name: `Ursula von der Leyen`, `Pieter van den Berg`, `Tomas de la Cruz`', () => {
  const a = run('Ursula von der Leyen met Pieter van den Berg and Tomas de la Cruz in Orvel on Monday.');
  for (const name of ['Ursula von der Leyen', 'Pieter van den Berg', 'Tomas de la Cruz'])
    assert.equal(typeOf(a, name), 'person', names(a).join(', '));
});

test('outlets the extractors know are news organisations to the analysis too, but no ordinary word is', () => {
  const a = run(
    'Ana Roe told The New Yorker and The Hollywood Reporter about it, and TechCrunch agreed.',
    'People gathered in the square as the delegation arrived.',
  );
  for (const name of ['The New Yorker', 'The Hollywood Reporter', 'TechCrunch'])
    assert.equal(typeOf(a, name), 'organization', names(a).join(', '));
  assert.ok(!names(a).includes('People'), names(a).join(', '));
});

test('a party named by one word is the party (`Democrats`, `a Republican`, `the Labour MP`), not an adjective of another noun', () => {
  const a = run(
    'Ana Roe, a Democratic candidate, faced Bo Lin, a Republican. Democrats said no.',
    'The Labour MP Jo Ray agreed. Conservative estimates differ, and Labor Day is a holiday.',
  );
  const party = (name: string) => a.entities.find((e) => e.name === name);
  assert.deepEqual(party('Democratic Party')?.aliases.slice().sort(), ['Democratic', 'Democrats']);
  assert.equal(party('Republican Party')?.type, 'organization');
  assert.equal(party('Labour Party')?.type, 'organization');
  assert.equal(party('Conservative Party'), undefined, names(a).join(', '));
  assert.equal(typeOf(a, 'Jo Ray'), 'person');
});

test('a state or a chamber before a party’s members is apart from the party: `a Virginia Democrat`, `House Republicans`', () => {
  const a = run('Mark Warner, a Virginia Democrat, said House Republicans had stalled the bill.');
  assert.equal(typeOf(a, 'Virginia'), 'place');
  assert.equal(typeOf(a, 'House'), 'organization');
  assert.equal(typeOf(a, 'Democratic Party'), 'organization');
  assert.equal(typeOf(a, 'Republican Party'), 'organization');
  assert.ok(!names(a).includes('Virginia Democrat'), names(a).join(', '));
});

test('companies every reader knows are organisations wherever they stand (`in Netflix’s drama`, `in Disney parks`)', () => {
  const a = run(
    'Ana Roe starred in Netflix drama “Quiet Harbour” and worked in Disney parks for Orvel Tours.',
  );
  assert.equal(typeOf(a, 'Netflix'), 'organization');
  assert.equal(typeOf(a, 'Disney'), 'organization');
});

test('an adverb opening a sentence is no word of a name, and a ruler’s title is no part of it', () => {
  const a = run('Later Dora Quill spoke.', 'Kaiser Wilhelm II ruled then.', 'Tsar Nicholas II fell in 1917.');
  assert.equal(typeOf(a, 'Dora Quill'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Wilhelm II'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Nicholas II'), 'person', names(a).join(', '));
});

test('a regnal numeral inside a run is the name’s, not an acronym of its own: `Wilhelm II and Nicholas II`', () => {
  const a = run(
    'The cousins met at a quiet harbour where Wilhelm II and Nicholas II signed a treaty in 1905.',
  );
  assert.equal(typeOf(a, 'Wilhelm II'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Nicholas II'), 'person', names(a).join(', '));
});

test('a sentence of names that ends as prose does is body, not a title-case menu; `Real`, `Sporting` open clubs', () => {
  const a = run(
    'The final was played on Saturday evening in front of a full stadium.',
    'Manchester United beat Real Madrid at Old Trafford, and Sporting Lisbon lost.',
    'Home News Sport Business Technology Science Health Entertainment Travel Weather',
  );
  assert.equal(typeOf(a, 'Manchester United'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Real Madrid'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Sporting Lisbon'), 'organization', names(a).join(', '));
  assert.ok(names(a).includes('Old Trafford'), names(a).join(', '));
  assert.ok(!names(a).some((n) => /Technology|Weather/.test(n)), names(a).join(', '));
});

test('products and platforms every reader knows are things, and keep their models (`Android`, `Bitcoin`, `iPhone 8 Plus`)', () => {
  const a = run(
    'The Orvel phone runs Android, costs less than an iPhone 8 Plus and mines Bitcoin for Ana Roe.',
  );
  assert.equal(typeOf(a, 'Android'), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'Bitcoin'), 'other', names(a).join(', '));
  assert.ok(names(a).includes('iPhone 8 Plus'), names(a).join(', '));
});

test('`said no.` ends a sentence; `No. 5` does not', () => {
  const sentences = splitSentences('Democrats said no. The MP left after No. 5 was read.', []);
  assert.deepEqual(
    sentences.map((s) => s.text),
    ['Democrats said no.', 'The MP left after No. 5 was read.'],
  );
});

test('local offices are titles: `said Supervisor Dora Quill of Varn County`, `Trooper Ana Welk`', () => {
  const a = run(
    '“It is a win for the valley,” said Supervisor Dora Quill of Varn County.',
    'Trooper Ana Welk said the road was closed, and Treasurer Joel Brant agreed.',
  );
  for (const name of ['Dora Quill', 'Ana Welk', 'Joel Brant']) assert.equal(typeOf(a, name), 'person', name);
  assert.ok(!names(a).some((n) => /Supervisor|Trooper|Treasurer/.test(n)), names(a).join(', '));
});

test('provinces and regions of other countries are places: British Columbia, Bavaria, the Caribbean', () => {
  const a = run(
    'The start-up, a British Columbia-based firm, opened an office in Bavaria and sells across the Caribbean.',
  );
  assert.equal(typeOf(a, 'British Columbia'), 'place');
  assert.equal(typeOf(a, 'Bavaria'), 'place');
  assert.equal(typeOf(a, 'Caribbean'), 'place');
  assert.ok(!names(a).includes('Columbia'), names(a).join(', '));
});

test('a party’s adjective before a common noun ends no name: "Varnby Republican chair Michael Rendo"', () => {
  const a = run('Kara Mendez is the sister of Varnby Republican chair Michael Rendo, who spoke on Monday.');
  assert.ok(!names(a).includes('Varnby Republican'), names(a).join(', '));
  assert.equal(typeOf(a, 'Michael Rendo'), 'person');
});

test('a weekday’s abbreviation is a day only before a comma, stop, date or month: "Varn Sun Sentinel" is whole', () => {
  const a = run(
    'The Varn Sun Sentinel reports the district will buy cameras before the match on Sun, Jan 5.',
  );
  assert.equal(typeOf(a, 'Varn Sun Sentinel'), 'organization');
  assert.ok(!names(a).includes('Sun'), names(a).join(', '));
});

test('a heading written as a sentence is read as body text; a title-case heading only finds names the body gave', () => {
  const a = analyze(
    makeArticle(
      [
        'Eloise Varn, 21, was taken to hospital on 12 April.',
        { kind: 'heading', text: 'Fiona Varn issued a plea for people to stay away from the pills.' },
        { kind: 'heading', text: 'Market Sectors See The Latest News' },
        '“She never understood how dangerous they were,” she said.',
      ],
      '2026-03-02',
    ),
  );
  assert.equal(typeOf(a, 'Fiona Varn'), 'person');
  assert.ok(!names(a).includes('Market Sectors'), names(a).join(', '));
  assert.equal(a.quotes[0]?.speaker, 'person:fiona-varn');
});

test('a person named right after an organisation’s own words is the person, not part of its name', () => {
  const a = run(
    'Before the vote, Minister in the Ministry of Finance Brian Tallis said the issue was simple.',
  );
  assert.equal(typeOf(a, 'Ministry of Finance'), 'organization');
  assert.equal(typeOf(a, 'Brian Tallis'), 'person');
});

test('"Chief Financial Officer of Tarrow Foods Dana Varley": a title names no one, the company and the person are apart', () => {
  const a = run(
    'Prices will keep rising, President and Chief Financial Officer of Tarrow Foods Dana Varley said yesterday.',
    'Sarah Jessica Parker was not there.',
  );
  assert.equal(typeOf(a, 'Tarrow Foods'), 'organization');
  assert.equal(typeOf(a, 'Dana Varley'), 'person');
  assert.equal(typeOf(a, 'Sarah Jessica Parker'), 'person');
  assert.ok(!names(a).some((n) => /Officer/.test(n)), names(a).join(', '));
});

test('bullet points the article announces with a colon are body text; a list of links is not', () => {
  const a = run(
    'In a long interview, the minister also said:',
    'Varnland must stay in the Harbour Union to keep its voice',
    'He is confident the Orsk treaty will pass',
    'Portugal needs a political settlement before the winter',
    'The interview was recorded on Monday.',
    'Kelmport fans cheer the new stadium',
    'Why Dunmore buses are always late',
    'Ten things to do in Arlow this week',
  );
  for (const place of ['Varnland', 'Portugal'])
    assert.ok(names(a).includes(place), `${place} in ${names(a).join(', ')}`);
  for (const link of ['Kelmport', 'Dunmore', 'Arlow'])
    assert.ok(!names(a).includes(link), `${link} in ${names(a).join(', ')}`);
});

test('a generation’s suffix after a comma ends a person’s name: Ivo Marsh, Jr.', () => {
  const a = run(
    'A pair of comedians swapped the jackets on copies of Ivo Marsh, Jr.’s new book in Varn.',
    'Marsh Jr., 41, published the book on Tuesday.',
  );
  assert.equal(typeOf(a, 'Ivo Marsh, Jr.'), 'person', names(a).join(', '));
  assert.ok(!names(a).includes('Jr.'), names(a).join(', '));
});

test('a venue whose name ends like a demonym is a place, even where it once qualifies a noun', () => {
  const a = run(
    'Gunmen opened fire at the Corvelan concert hall in Varn on Friday night.',
    'Lola Roe was also at the Corvelan, and also 17 years old.',
    'Survivors of the attack on the Corvelan where 80 people died met on Monday.',
    'The third Corvelan suicide bomber has not been identified, and Varlandic officials met in Lisk.',
  );
  assert.equal(typeOf(a, 'Corvelan'), 'place', names(a).join(', '));
  assert.ok(!names(a).includes('Varlandic'), names(a).join(', '));
});

test('a chronology box, each entry opened by its day or date, is the article’s own text, not a list of links', () => {
  const a = run(
    'The mayor of Varn is touring the region this week to win support for the tram line.',
    'The mayor’s week',
    'Monday: Met Regional Governor Ilse Marchetti in Varn',
    'Tuesday: In Lisk to meet Transport Minister Tomas Brandt',
    'Wednesday: Meets European Commissioner Ana Delacroix in Orsk',
    'More on the tram line',
    'Kelmport fans cheer the new stadium',
    'Why Dunmore buses are always late',
    'Ten things to do in Arlow this week',
  );
  for (const person of ['Ilse Marchetti', 'Tomas Brandt', 'Ana Delacroix'])
    assert.equal(typeOf(a, person), 'person', names(a).join(', '));
  for (const link of ['Kelmport', 'Dunmore', 'Arlow'])
    assert.ok(!names(a).includes(link), `${link} in ${names(a).join(', ')}`);
});

test('names that hold "and" or "The", legislatures and former states: Trinidad and Tobago, The Hague, the Senate, the Soviet Union', () => {
  const a = run(
    'The demand for dollars in Trinidad and Tobago outstrips supply, while Amazon and Microsoft bid.',
    'Envoys met in The Hague, where the Soviet Union once had an embassy, before the Senate voted.',
  );
  assert.equal(typeOf(a, 'Trinidad and Tobago'), 'place');
  assert.equal(typeOf(a, 'The Hague'), 'place');
  assert.equal(typeOf(a, 'Soviet Union'), 'place');
  assert.equal(typeOf(a, 'Senate'), 'organization');
  assert.equal(typeOf(a, 'Amazon'), 'organization');
});

test('a name before "administration" is the person who led it', () => {
  const a = run('The Varley administration raised taxes. Critics of the Ostrom administration said so.');
  assert.equal(typeOf(a, 'Varley'), 'person');
  assert.equal(typeOf(a, 'Ostrom'), 'person');
});

test('kinds by their last word: a Brotherhood or Institution is an organisation, an Amendment or Depression is no one', () => {
  const a = run(
    'Members of the Varn Brotherhood and scholars at the Ostrom Institution met on Monday.',
    'They debated the Fourth Amendment and the Great Depression at length.',
  );
  assert.equal(typeOf(a, 'Varn Brotherhood'), 'organization');
  assert.equal(typeOf(a, 'Ostrom Institution'), 'organization');
  assert.equal(typeOf(a, 'Fourth Amendment'), 'other');
  assert.equal(typeOf(a, 'Great Depression'), 'other');
});

test('an Arabic article opens a name of its own (al-Qaeda) and is the particle inside one (Bashar al-Assad … Assad)', () => {
  const a = run(
    'Fighters loyal to al-Varsa attacked the town. Governor Karim al-Tessaly said no. Tessaly spoke again.',
  );
  assert.ok(names(a).includes('al-Varsa'), names(a).join(', '));
  const governor = a.entities.find((e) => e.name === 'Karim al-Tessaly');
  assert.ok(governor?.aliases.includes('Tessaly'), JSON.stringify(a.entities));
});

test('a compass word opens an institution’s name; a centre for something is an institution, however long', () => {
  const a = run(
    'She studied at Western Varn University before joining the Kelm Astronomical Observatory.',
    'Experts at the Northern Centre for Disease Prevention and Control agreed, while Western leaders met.',
  );
  assert.equal(typeOf(a, 'Western Varn University'), 'organization');
  assert.equal(typeOf(a, 'Kelm Astronomical Observatory'), 'organization');
  assert.equal(typeOf(a, 'Northern Centre for Disease Prevention and Control'), 'organization');
  assert.ok(!names(a).includes('Western'), names(a).join(', '));
});

test('a given name that ends like a demonym, or has no other evidence, is a person: "Harry and Meghan spoke"', () => {
  const a = run(
    'Both Harry and Meghan spoke with candor. “I could not call a car,” Meghan said. Varlandian officials agreed.',
  );
  assert.equal(typeOf(a, 'Harry'), 'person');
  assert.equal(typeOf(a, 'Meghan'), 'person');
  assert.ok(!names(a).includes('Varlandian'), names(a).join(', '));
  assert.equal(a.quotes[0]?.speaker, 'person:meghan');
});

test('a premier is a title, "Acting Premier" names no one, and a signature’s town is apart from the writer', () => {
  const a = run(
    'Varn Premier Andrew Tolle has been detained. Deputy Premier Natalio Wick will serve as Acting Premier.',
    'Gary Sloane San Leandro',
  );
  assert.equal(typeOf(a, 'Andrew Tolle'), 'person');
  assert.equal(typeOf(a, 'Natalio Wick'), 'person');
  assert.equal(typeOf(a, 'Gary Sloane'), 'person');
  assert.equal(typeOf(a, 'San Leandro'), 'place');
  assert.ok(!names(a).some((n) => /Premier/.test(n)), names(a).join(', '));
});

test('a dateline of two words in capitals names its place; East Africa and the Third Reich are places', () => {
  const a = run(
    'PORT ARLO, KELM — The assault on the harbour has left the clinics without power for days.',
    'Settlers went to East Africa before the Third Reich rose.',
  );
  assert.equal(typeOf(a, 'Port Arlo'), 'place');
  assert.equal(typeOf(a, 'East Africa'), 'place');
  assert.equal(typeOf(a, 'Third Reich'), 'place');
});

test('streets and squares named the German way are places', () => {
  const a = run(
    'Residents of the Varnstrasse and the Kelm-Bell-Platz met at Petersallee on Monday to discuss the names.',
  );
  for (const street of ['Varnstrasse', 'Kelm-Bell-Platz', 'Petersallee'])
    assert.equal(typeOf(a, street), 'place', street);
});

test('a newspaper named after its place keeps its whole name: "the Varn Valley Sun Sentinel reports"', () => {
  const a = run('The district will buy a new system for $600,000, the Varn Valley Sun Sentinel reports.');
  assert.equal(typeOf(a, 'Varn Valley Sun Sentinel'), 'organization');
});

test('World War I keeps its numeral; the Oscars name themselves; an acronym after "and" is a name of its own', () => {
  const a = run(
    'Settlers came to Varn before World War I began. Tessa Roe won at the Golden Globes and SAG awards and hopes for the Oscars next month.',
  );
  assert.equal(typeOf(a, 'World War I'), 'other');
  assert.equal(typeOf(a, 'Golden Globes'), 'other');
  assert.equal(typeOf(a, 'Oscars'), 'other');
});

test('whole names of bodies `for a` cause and of battles; a name said to be a city is a place, not a city council', () => {
  const a = run(
    'The Committee for a Responsible Federal Budget said the plan was costly.',
    'The Battle of Tarnwick was fought in 1904, and the Kelm Rebellion followed.',
    'Dravelford is a small city in the hills. Morwen is a city council member.',
  );
  assert.equal(typeOf(a, 'Committee for a Responsible Federal Budget'), 'organization');
  assert.equal(typeOf(a, 'Battle of Tarnwick'), 'other');
  assert.equal(typeOf(a, 'Kelm Rebellion'), 'other');
  assert.equal(typeOf(a, 'Dravelford'), 'place');
  assert.notEqual(typeOf(a, 'Morwen'), 'place');
});

test('an appositive naming a body makes an organisation; a member of it stays a person; an archipelago is a place', () => {
  const a = run(
    'Officials outlawed the group behind the attack — Kelm Dorva, a banned militant organisation — on Monday.',
    'Police arrested Tomas Varga, a member of the group, on Friday.',
    'The ships sailed on to the Orvel Archipelago.',
  );
  assert.equal(typeOf(a, 'Kelm Dorva'), 'organization');
  assert.equal(typeOf(a, 'Tomas Varga'), 'person');
  assert.equal(typeOf(a, 'Orvel Archipelago'), 'place');
});

test('where an officer holds office is a place: `the mayor of Orvel`, `Mayor Anna Kelm of Dravel`, `the streets of Kelmont`', () => {
  const a = run(
    'The mayor of Orvel met residents on Monday.',
    'Mayor Anna Kelm of Dravel joined her, and crowds filled the streets of Kelmont.',
  );
  assert.equal(typeOf(a, 'Orvel'), 'place');
  assert.equal(typeOf(a, 'Dravel'), 'place');
  assert.equal(typeOf(a, 'Kelmont'), 'place');
});

test('a title’s abbreviation is a title wherever it is read: `Cmdr.`, `Msgr.`, `Sens.` neither end a sentence nor name anyone', () => {
  const a = run(
    'Cmdr. John Varga said the harbour was closed. Msgr. Anna Kelm agreed, and Sens. Piet Dorn and Marta Lind voted no.',
  );
  assert.equal(a.sentences.length, 2);
  assert.deepEqual(
    names(a).filter((n) => /Cmdr|Msgr|Sens/.test(n)),
    [],
  );
  assert.equal(typeOf(a, 'John Varga'), 'person');
});

test('a page’s own labels name nothing: an image’s alt text, an icon, a print edition’s page', () => {
  const a = run(
    'The Header Image shows the harbour at Orvel.',
    'The story first ran on Page A8 of the Orvel Ledger, beside the Share Button.',
  );
  assert.deepEqual(
    names(a).filter((n) => /Image|Page|Button/.test(n)),
    [],
  );
});

test('a people or a creed’s followers are a group, never an organisation (`Americans`, `Jews`); their adjective and a unit after a number name nothing', () => {
  const a = run(
    'Americans and Greeks were among the injured, the Varn embassy said, and a large Muslim community mourned.',
    'Islamist gunmen fired on Jews and Christians in Orvel. The Philippines sent help.',
    'The Kelmware phone has a 2.5GHz chip, a 16 MP camera and 5 GB of memory.',
  );
  for (const none of ['Muslim', 'Islamist', 'GHz', 'MP', 'GB'])
    assert.ok(!names(a).includes(none), `${none} is no name`);
  for (const group of ['Americans', 'Greeks', 'Jews', 'Christians'])
    assert.equal(typeOf(a, group), 'other', `${group} in ${names(a).join(', ')}`);
  assert.equal(typeOf(a, 'Philippines'), 'place');
});

test('provinces and islands are places; `on` before a date ends a name; what a family calls its own names no one', () => {
  const a = run(
    'A diverted flight landed in Halifax, Nova Scotia, and the missile flew over Hokkaido.',
    'The Kelm family withdrew millions from Orvel Bank on March 12, the Varn Ledger reported.',
    '“Dad, will you win?” asked Mila Kelm. Mom said nothing. Latino voters and Frenchmen cheered.',
  );
  assert.equal(typeOf(a, 'Nova Scotia'), 'place');
  assert.equal(typeOf(a, 'Hokkaido'), 'place');
  assert.equal(typeOf(a, 'Orvel Bank'), 'organization');
  for (const none of ['Orvel Bank on March 12', 'Dad', 'Mom', 'Latino', 'Frenchmen'])
    assert.ok(!names(a).includes(none), `${none} is no name`);
});

test('a report in the past tense among unpunctuated captions is prose, not a list of links', () => {
  const a = run(
    'The launch came at dawn.',
    'EPA A spy plane lands at the Orsk air base, south of Varn',
    'AP Soldiers carry out an exercise today as tensions mount',
    'Foreign Secretary Ivo Brandt has said he is "outraged" by the launch',
    'Kelmport fans cheer the new stadium',
  );
  assert.equal(typeOf(a, 'Ivo Brandt'), 'person');
});

test('a person called by a given name the name lists do not know stays a person: `Ofua Quist-Arden … As Ofua explains`', () => {
  const a = run(
    'The release has not been confirmed, Ofua Quist-Arden reports from Orvel.',
    'As Ofua explains, the talks took months.',
  );
  assert.equal(typeOf(a, 'Ofua Quist-Arden'), 'person');
});

test('a page’s kicker (`Analysis`, `Opinion`, `Explainer`) is no part of the name after it', () => {
  const a = run('Analysis Anna Kelm  Why the vote failed', 'Opinion Piet Dorn writes that the plan failed.');
  assert.ok(names(a).includes('Anna Kelm'), names(a).join(', '));
  assert.ok(names(a).includes('Piet Dorn'), names(a).join(', '));
  assert.ok(!names(a).some((n) => /Analysis|Opinion/.test(n)), names(a).join(', '));
});

test('a compass point opens a state’s region and an institution whose kind comes before its complement', () => {
  const a = run(
    'Fires spread across Southern California and Central Florida on Monday.',
    'The Central Bank of Orvel raised rates; Eastern Orvel was calm.',
  );
  assert.equal(typeOf(a, 'Southern California'), 'place');
  assert.equal(typeOf(a, 'Central Florida'), 'place');
  assert.equal(typeOf(a, 'Central Bank of Orvel'), 'organization');
});

test('a known company’s word before a model names the product (`Volkswagen Polo`), not a person; its divisions stay companies', () => {
  const a = run(
    'The attackers arrived in a black Volkswagen Polo and left it near the hall.',
    'Samsung Electronics and Verizon Wireless declined to comment.',
  );
  assert.equal(typeOf(a, 'Volkswagen Polo'), 'other');
  assert.equal(typeOf(a, 'Samsung Electronics'), 'organization');
  assert.equal(typeOf(a, 'Verizon Wireless'), 'organization');
});

test('in a language that capitalises every noun, capitals alone make no names; elsewhere its function words name nothing', () => {
  const german = analyze({
    ...makeArticle(
      [
        'Seit Jahren wächst die Zahl der Menschen in Berlin, sagte Bürgermeisterin Anna Kelm.',
        'Die Zeit drängt, doch der Weg ist weit.',
      ],
      '2026-03-02',
    ),
    language: 'de',
  });
  for (const word of ['Jahren', 'Zahl', 'Menschen', 'Zeit', 'Weg'])
    assert.ok(!names(german).includes(word), `${word} in ${names(german).join(', ')}`);
  assert.equal(typeOf(german, 'Berlin'), 'place');
  const spanish = analyze({
    ...makeArticle(
      ['Según el dirigente, el acuerdo fue firmado en Madrid.', 'Además, Ana Roe dijo que no.'],
      '2026-03-02',
    ),
    language: 'es',
  });
  for (const word of ['Según', 'Además'])
    assert.ok(!names(spanish).includes(word), `${word} in ${names(spanish).join(', ')}`);
  assert.equal(typeOf(spanish, 'Madrid'), 'place');
});

test('plural weekdays, an office’s adjective and a race before its noun name nothing', () => {
  const a = run(
    'Trains to Orvel run only on Saturdays and Sundays.',
    'Congressional leaders met Federal prosecutors, and Black students protested outside.',
    'The Federal Reserve said no, and Arsenal fans cheered.',
  );
  for (const none of ['Saturdays', 'Sundays', 'Congressional', 'Federal', 'Black'])
    assert.ok(!names(a).includes(none), `${none} in ${names(a).join(', ')}`);
  assert.ok(names(a).includes('Federal Reserve'), names(a).join(', '));
  assert.ok(names(a).includes('Arsenal'), names(a).join(', '));
  // (`Federal prosecutors` are not the Federal Reserve's.)
  const reserve = a.entities.find((e) => e.name === 'Federal Reserve')!;
  assert.equal(a.mentions.filter((m) => m.entity === reserve.id).length, 1);
});

test('a job title capitalised on a profile names no one (`Software Engineer`, `Product Leader`); a paper or a union ending in a person’s noun still does', () => {
  const a = run(
    'Erin Spiceland, Software Engineer at GitHub, spoke first. Kathy Pham, Computer Scientist and Product Leader, agreed.',
    'The Hollywood Reporter and the Union of Concerned Scientists said so, and Creative Director Ivo Brandt agreed.',
  );
  for (const none of ['Software Engineer', 'Computer Scientist', 'Product Leader'])
    assert.ok(!names(a).includes(none), `${none} in ${names(a).join(', ')}`);
  for (const name of [
    'Erin Spiceland',
    'Kathy Pham',
    'Ivo Brandt',
    'The Hollywood Reporter',
    'Union of Concerned Scientists',
  ])
    assert.ok(names(a).includes(name), `${name} not in ${names(a).join(', ')}`);
});

test('a title’s adjective is the title’s (`Creative Director Ivo Brandt`), and the county before an officer’s title is a place', () => {
  const a = run(
    'Creative Director Ivo Brandt agreed, and Clark County Sheriff Joseph Lombardo said the road would reopen.',
  );
  assert.ok(!names(a).includes('Creative'), names(a).join(', '));
  assert.equal(typeOf(a, 'Ivo Brandt'), 'person');
  assert.equal(typeOf(a, 'Clark County'), 'place');
  assert.equal(typeOf(a, 'Joseph Lombardo'), 'person');
});

test('honorifics and national offices are titles, not names: `Honourable …`, `Taoiseach …`', () => {
  const a = run(
    'The Honourable Deputy Premier Ivo Wheat will act, and Taoiseach Mila Roe met Tanaiste Piet Dorn.',
  );
  for (const name of ['Ivo Wheat', 'Mila Roe', 'Piet Dorn'])
    assert.equal(typeOf(a, name), 'person', names(a).join(', '));
  assert.ok(!names(a).some((n) => /Honourable|Taoiseach|Tanaiste/.test(n)), names(a).join(', '));
});

test('a name never ends with a title’s abbreviation: `Meet Mrs` on a line before the name', () => {
  const a = run('Meet Mrs\nMila Roe, who has taught in Varn for 40 years.');
  assert.ok(!names(a).some((n) => /(?:^|\s)(?:Mrs|Dr)$/.test(n)), names(a).join(', '));
  assert.equal(typeOf(a, 'Mila Roe'), 'person');
});

test('a function word in capitals for emphasis is no name (`do NOT run`), and joins none', () => {
  const a = run('Users must NOT run the Kelm installer as root, BUT Varn Labs says they may run it once.');
  assert.ok(!names(a).some((n) => /\b(?:NOT|BUT)\b/.test(n)), names(a).join(', '));
  assert.ok(names(a).includes('Varn Labs'), names(a).join(', '));
});

test('a place a paper is named after is the place, not the paper (`the Bronx` is not the `Bronx Times`)', () => {
  const a = run(
    'Kelm called it heartbreaking, according to the Varnmouth Times. She will be the only Republican from Varnmouth.',
  );
  const paper = a.entities.find((e) => e.name === 'Varnmouth Times')!;
  assert.ok(paper, names(a).join(', '));
  assert.equal(a.mentions.filter((m) => m.entity === paper.id).length, 1);
});

test('a surname used alone before the text names `a Piet Dorn` is someone else than that Piet Dorn', () => {
  const a = run(
    'Councillors had notice of Dorn’s retirement. The website was registered by a Piet Dorn, who appears to be the brother of the councillor.',
    'Dorn said he would retire in May.',
  );
  const piet = a.entities.find((e) => e.name === 'Piet Dorn')!;
  assert.ok(piet, names(a).join(', '));
  assert.ok(!piet.aliases.includes('Dorn'), piet.aliases.join(', '));
});

test('a US state in its AP abbreviation after a town is the state, also when the abbreviation is a word (`Portland, Ore.`)', () => {
  const a = run(
    'The packaging plant in Bexley Falls, Ore., will close next year, and a second site in Marlow, Wash., is for sale.',
    'A third plant in Kettering Cross, Ind., stays open, said Sen. Ana Roe (D–Mass.), who toured it with workers on Monday.',
  );
  for (const state of ['Oregon', 'Washington', 'Indiana'])
    assert.equal(typeOf(a, state), 'place', names(a).join(', '));
  for (const piece of ['Ore', 'Wash', 'Ind', 'Mass'])
    assert.ok(!names(a).includes(piece), names(a).join(', '));
});

test('an honorific makes a known place’s name a surname (`Mr Jackson`, `Mr. Jackson`, `Sen. Lincoln`); `Captain America` stays a name', () => {
  for (const [text, name] of [
    [
      'Mr Jackson told the hearing on Tuesday that the allegations against him were false and politically motivated.',
      'Jackson',
    ],
    [
      'Mr. Jackson told the hearing on Tuesday that the allegations against him were false and politically motivated.',
      'Jackson',
    ],
    [
      'Sen. Lincoln told the hearing on Tuesday that the harbour bill would pass before the summer recess.',
      'Lincoln',
    ],
  ] as const)
    assert.equal(typeOf(run(text), name), 'person', text);
  const film = run(
    'The film Captain America drew large crowds to the cinema in Orvel over the holiday weekend.',
  );
  assert.ok(names(film).includes('Captain America'), names(film).join(', '));
});

test('a capitol is a building and a chamber a body: `the U.S. Capitol` is a place, `seats in the House` an organisation', () => {
  const a = run(
    'Protesters breached the U.S. Capitol on Wednesday while lawmakers met inside, and officers of the Capitol Police were hurt.',
    'The Democrats hold 235 seats in the House, and the members of the House Freedom Caucus met on Thursday.',
  );
  assert.equal(typeOf(a, 'U.S. Capitol'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Capitol Police'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'House'), 'organization', names(a).join(', '));
  assert.ok(names(a).includes('House Freedom Caucus'), names(a).join(', '));
});

test('`Former` opens no name: `Former FBI lawyer Ana Roe` names the FBI and Roe', () => {
  const a = run(
    'Former FBI lawyer Ana Roe broke two years of silence on Tuesday in an interview about the inquiry into the harbour deal.',
  );
  assert.equal(typeOf(a, 'FBI'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Ana Roe'), 'person', names(a).join(', '));
  assert.ok(!names(a).some((n) => n.startsWith('Former')), names(a).join(', '));
});

test('who people are is no body that acts: `Latinos`, `Pacific Islanders` are groups (other); `the LGBTQ community` names none', () => {
  const a = run(
    'The LGBTQ community marched through the harbour district of Orvel on Saturday, and Pacific Islanders joined the rally.',
    'Voters in the harbour district, Latinos among them, backed the mayor, according to a survey published on Sunday.',
  );
  for (const group of ['Pacific Islanders', 'Latinos'])
    assert.equal(typeOf(a, group), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'LGBTQ'), undefined, names(a).join(', '));
});

test('a country’s own institution is one name however long: `U.S. House of Representatives`', () => {
  const a = run(
    'The U.S. House of Representatives voted on Wednesday to pass the harbour bill after a long debate in the chamber.',
  );
  assert.equal(typeOf(a, 'U.S. House of Representatives'), 'organization', names(a).join(', '));
  assert.ok(!names(a).includes('United States'), names(a).join(', '));
});

test('holidays and religions are no one: `Christmas Eve`, `Memorial Day`, `Islam` are type other', () => {
  const a = run(
    'Families in Orvel gathered on Christmas Eve, and the harbour was closed again on Memorial Day for the parade.',
    'Islam teaches charity to the poor, the imam told worshippers at the mosque in the old town of Orvel on Friday.',
  );
  for (const thing of ['Christmas Eve', 'Memorial Day', 'Islam'])
    assert.equal(typeOf(a, thing), 'other', names(a).join(', '));
});

test('market indexes are things: `the Orvel Industrial Average`, `the Lisk Composite`, `the Varl Seng index` are type other', () => {
  const a = run(
    'Markets in Orvel fell on Monday as the Orvel Industrial Average lost 300 points and the Lisk Composite slid.',
    'In Caspara the Varl Seng index fell for a third day, traders said.',
  );
  for (const thing of ['Orvel Industrial Average', 'Lisk Composite', 'Varl Seng'])
    assert.equal(typeOf(a, thing), 'other', names(a).join(', '));
});

test('an interjection opens no name: `Ah Tomas!` names Tomas', () => {
  const a = run(
    '“I would prefer not to,” said Tomas Ruel, and went back to the harbour office. Ah Ruel! Ah harbour!',
  );
  assert.ok(!names(a).some((n) => n.startsWith('Ah ')), names(a).join(', '));
});

test('doctrines, rules and crashes are things, and a site’s noun makes a place whatever given name opens it', () => {
  const a = run(
    'Ruelism and the Varl Rule shaped the harbour after the Great Slump Crash, the professor said.',
    'Mourners gathered at Trinity Church and later at Albert Quay near the Orvel Locks.',
  );
  for (const thing of ['Ruelism', 'Varl Rule', 'Great Slump Crash'])
    assert.equal(typeOf(a, thing), 'other', names(a).join(', '));
  for (const place of ['Trinity Church', 'Albert Quay', 'Orvel Locks'])
    assert.equal(typeOf(a, place), 'place', names(a).join(', '));
});

test('a capital `The` inside a sentence opens a title of up to four words; cries and list headings are no names', () => {
  const a = run(
    'Ana Roe writes for The Simple Harbour and for iMore, The Lisk Observer and The Quay.',
    'Navigation Roadblocks: the menus on the harbour site were confusing, Arrrgh, said Tomas Ruel.',
  );
  for (const title of ['The Simple Harbour', 'The Lisk Observer'])
    assert.ok(names(a).includes(title), names(a).join(', '));
  assert.ok(!names(a).some((n) => /Roadblocks|Arrr/.test(n)), names(a).join(', '));
});

test('a work’s title in marks after the word that introduces it is one name of type other, small words and colon included', () => {
  const a = run(
    'In her book “A Harbour Built on Sand: The Quiet Communities that Arise at Sea,” Ana Roe wrote of the purpose of ports.',
    'Tomas Ruel starred in the film “Night of the Long Quay” before moving to Orvel.',
  );
  for (const title of [
    'A Harbour Built on Sand: The Quiet Communities that Arise at Sea',
    'Night of the Long Quay',
  ])
    assert.equal(typeOf(a, title), 'other', names(a).join(', '));
  assert.ok(!names(a).some((n) => n === 'Quiet Communities' || n === 'Long Quay'), names(a).join(', '));
});

test('a library, museum or medal goes on with `of`: `the Library of Lisk`, `the Museum of Harbour Art`, `the Orvel Medal of Honour`', () => {
  const a = run(
    'Ana Roe worked in the stacks of the Library of Lisk and won the Orvel Medal of Honour. She later ran the Museum of Harbour Art.',
  );
  assert.equal(typeOf(a, 'Library of Lisk'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Museum of Harbour Art'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Orvel Medal of Honour'), 'other', names(a).join(', '));
});

test('an ordinal opens a war’s, an amendment’s or a street’s name, and a university’s campus city is part of its name', () => {
  const a = run(
    'The harbour was built before the First World War, and the Second Amendment of Orvel was cited. Ana Roe studied at the University of California, San Diego, before moving to Lisk.',
  );
  assert.equal(typeOf(a, 'First World War'), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'Second Amendment of Orvel'), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'University of California, San Diego'), 'organization', names(a).join(', '));
});

test('where someone studied is an institution: `an undergraduate at Yale`, `a graduate of Mount Orvel`', () => {
  const a = run(
    'Ana Roe was an undergraduate at Yale and later a graduate of Mount Orvel, her brother said.',
  );
  assert.equal(typeOf(a, 'Yale'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Mount Orvel'), 'organization', names(a).join(', '));
});

test('`St.` opens a place’s name, a spelt-out number opens none, and a pub `on` a street is two names', () => {
  const a = run(
    'The firm has offices in St. Kitts & Nevis and in St. Louis. Forty-two Ukrainian firms were named.',
    'Costigans Pub on Lisk Street will close, but the Committee on Harbour Affairs will sit.',
  );
  assert.equal(typeOf(a, 'St. Kitts & Nevis'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'St. Louis'), 'place', names(a).join(', '));
  assert.ok(!names(a).some((n) => n.startsWith('Forty')), names(a).join(', '));
  assert.ok(
    names(a).includes('Costigans Pub') && names(a).includes('Committee on Harbour Affairs'),
    names(a).join(', '),
  );
});

test('a product line’s model and a standard are things: `Xbox One`, `PlayStation VR`, `Blu-ray`, `Ethernet`', () => {
  const a = run(
    'Tomas Ruel played on the Xbox One and the PlayStation VR, then watched Blu-ray discs streamed over Ethernet in Orvel.',
  );
  for (const thing of ['Xbox One', 'PlayStation VR', 'Blu-ray', 'Ethernet'])
    assert.equal(typeOf(a, thing), 'other', names(a).join(', '));
});

test('a place named with one owner’s word is one name (`Fisherman’s Terminal`); a person’s place is theirs (`Tomas Ruel’s Harbour Hotel`)', () => {
  const a = run('Boats left from Fisherman’s Terminal in Orvel, and Tomas Ruel’s Harbour Hotel opened.');
  assert.equal(typeOf(a, 'Fisherman’s Terminal'), 'place', names(a).join(', '));
  assert.ok(names(a).includes('Tomas Ruel') && names(a).includes('Harbour Hotel'), names(a).join(', '));
});

test('a party’s members as a group name the party: `the Liberals`, `the Greens` are the Liberal Party and the Green Party', () => {
  const a = run(
    'The Liberals took 156 seats in Orvel, and the Liberal Party leader Ana Roe thanked voters. The Greens gained two.',
  );
  const liberal = a.entities.find((e) => e.name === 'Liberal Party');
  assert.ok(liberal?.aliases.includes('Liberals'), names(a).join(', '));
  assert.equal(typeOf(a, 'Green Party'), 'organization', names(a).join(', '));
});

test('a venue’s name before its noun is a place (`the Bataclan concert hall`), and a foreign article opens no person’s name (`La Marseillaise`)', () => {
  const a = run(
    'Gunmen attacked the Varlan concert hall in Orvel and then the Le Quai bar, and the crowd sang La Orvelaise outside.',
  );
  assert.equal(typeOf(a, 'Varlan'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Le Quai'), 'place', names(a).join(', '));
  assert.notEqual(typeOf(a, 'La Orvelaise'), 'person', names(a).join(', '));
});

test('a plural opening a name goes on with `of`: `the band Eagles of Lisk Metal` is one name', () => {
  const a = run('Fans of the band Harriers of Lisk Metal gathered outside the hall in Orvel on Friday.');
  assert.ok(names(a).includes('Harriers of Lisk Metal'), names(a).join(', '));
});

test('God and a religion’s observances are no body (`thank God`, `a Shabbat dinner`), and a given name after `according to` is someone’s', () => {
  const a = run(
    'I pray that Allah will help the harbour, thank God, Tomas Ruel said before a Shabbat dinner in Orvel.',
    'The band kept playing, according to Anthony, another survivor of the Orvel attack.',
  );
  for (const thing of ['Allah', 'God', 'Shabbat'])
    assert.equal(typeOf(a, thing), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'Anthony'), 'person', names(a).join(', '));
});

test('a weekly or a supermarket named after its noun is a body, whatever given name opens it', () => {
  const a = run(
    'Gunmen attacked the satirical weekly Charlie Varn and later the kosher supermarket Hyper Lisk in Orvel.',
  );
  assert.equal(typeOf(a, 'Charlie Varn'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Hyper Lisk'), 'organization', names(a).join(', '));
});

test('places by their context: `the MP for Harwood`, `the stronghold of Varka`, `along the Lisk`, `the West` as a region', () => {
  const a = run(
    'Tomas Ruel, the MP for Harwood, said fighters fled the stronghold of Varka. Tourists walked along the Lisk. It was inevitable the West would become their target.',
  );
  for (const place of ['Harwood', 'Varka', 'Lisk', 'West'])
    assert.equal(typeOf(a, place), 'place', names(a).join(', '));
});

test('market codes name nothing: an index after its stop (`.ORX`), a ticker before its exchange’s letter (`(LSK.N)`)', () => {
  const a = run('Lisk Harbour Corp (LSK.N) fell 3 percent on Monday, while the Orvel index .ORX rose.');
  assert.ok(!names(a).some((n) => n === 'LSK' || n === 'ORX'), names(a).join(', '));
  assert.ok(names(a).includes('Lisk Harbour Corp'), names(a).join(', '));
});

test('a station named before its noun is a place, and a hospital so named a body: `the Croix de Lisk metro station`, `the Ana Varn hospital`', () => {
  const a = run(
    'They fled to the Croix de Lisk metro station in Orvel. At the Ana Varn hospital a long queue formed.',
  );
  assert.equal(typeOf(a, 'Croix de Lisk'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Ana Varn'), 'organization', names(a).join(', '));
});

test('a city’s name after a word no one is given makes no person: `Harbourland Paris will be shut`', () => {
  const a = run('Harbourland Paris will be shut on Monday, officials in Orvel said.');
  assert.notEqual(typeOf(a, 'Harbourland Paris'), 'person', names(a).join(', '));
});

test('an everyday noun before a given name and a surname opens no name (`Protester Christos Varn`), and a rating agency’s possessive is its name’s (`Moody’s Investors Service`)', () => {
  const a = run(
    'Protester Christos Varn said the plan for the Orvel harbour had failed. Student Maria Lisk agreed, and Moody’s Investors Service cut its rating.',
  );
  for (const person of ['Christos Varn', 'Maria Lisk'])
    assert.equal(typeOf(a, person), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Moody’s Investors Service'), 'organization', names(a).join(', '));
});

test('a street named the French way is one place, its noun and particles included: `rue de la Fontaine au Lisk`, `boulevard Varn`', () => {
  const a = run(
    'Gunmen fired at 92 rue de Charvel and on boulevard Varn, near a bar in rue de la Fontaine au Lisk. Varn wrote the harbour’s charter.',
  );
  for (const street of ['rue de Charvel', 'boulevard Varn', 'rue de la Fontaine au Lisk'])
    assert.equal(typeOf(a, street), 'place', names(a).join(', '));
});

test('a signature with an age (`—Tamsk, age 9`, `Orlis aged 7`) is a person, however rare the given name', () => {
  const a = run(
    'What do you call a sleepy bull? A bulldozer! —Tamsk, age 9',
    'Why did the cookie cry? Its mother was a wafer too long. —Orlis aged 7',
  );
  assert.equal(typeOf(a, 'Tamsk'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Orlis'), 'person', names(a).join(', '));
});

test('a known place’s possessive owns the name after it; a place whole with its kind and another name are two; a tram stop is a place', () => {
  const a = run(
    'Lights filled New York’s Dalby Square, and Ohio’s Orlen Museum of Glass kept the old signs.',
    'Commuters crossed from Dunmore City and Hoboken, and the tram tipped over near the Veldon stop on Kell Road.',
  );
  const all = names(a);
  for (const [name, type] of [
    ['New York', 'place'],
    ['Dalby Square', 'place'],
    ['Ohio', 'place'],
    ['Orlen Museum of Glass', 'organization'],
    ['Dunmore City', 'place'],
    ['Veldon', 'place'],
  ] as const)
    assert.equal(typeOf(a, name), type, `${name} in ${all.join(', ')}`);
  assert.ok(all.includes('Hoboken') && !all.includes('Dunmore City and Hoboken'), all.join(', '));
});

test('a town before its state or country at a sentence’s end, or after a sentence’s opening `In`, is a place', () => {
  const a = run(
    'The crew sailed on to Orvik, New Zealand. Then they rested.',
    'The boat was built in Tallen, Alaska. Nobody bought it.',
    'No bookings will be taken.  In Dunvarra the bars will open their yards.',
  );
  const all = names(a);
  for (const name of ['Orvik', 'Tallen', 'Dunvarra'])
    assert.equal(typeOf(a, name), 'place', `${name} in ${all.join(', ')}`);
});

test('a word no one is given before a country’s name is no person (`Morning Ireland`, a programme), and takes no one’s pronoun', () => {
  const a = run(
    'The minister, Orla Keenan, was asked about the plan. Speaking on Morning Ireland she avoided the question, saying "It is about making the best decision for the country."',
  );
  assert.notEqual(typeOf(a, 'Morning Ireland'), 'person', names(a).join(', '));
  const quote = a.quotes.find((q) => q.text.startsWith('It is about'));
  assert.equal(a.entities.find((e) => e.id === quote?.speaker)?.name, 'Orla Keenan');
});

test('a candidate or nominee named by surname alone is a person (`candidate Orvane`)', () => {
  const a = run(
    'The moderator took a bat to candidate Orvane, listing his remarks. But Orvane ended up winning.',
  );
  assert.equal(typeOf(a, 'Orvane'), 'person', names(a).join(', '));
});

test('a country’s body is known with and without its country (`U.S. Board of Harbour Review`)', () => {
  const a = run('The U.S. Board of Harbour Review met on Friday and voted to reopen the port.');
  const board = a.entities.find((e) => e.name === 'U.S. Board of Harbour Review');
  assert.equal(board?.type, 'organization', names(a).join(', '));
  assert.ok(board?.aliases.includes('Board of Harbour Review'), board?.aliases.join(', '));
});

test('a campaign named after someone named in full is theirs (`the Hillary Orvane campaign`)', () => {
  const a = run('The Hillary Orvane campaign and the party paid for the research, records show.');
  assert.equal(typeOf(a, 'Hillary Orvane'), 'person', names(a).join(', '));
});

test('a ranch, a compound or a mayoral race names a place (`the Dellacourt ranch`, `a Varnley mayoral candidate`)', () => {
  const a = run(
    'The governor spent the holiday at the Dellacourt ranch in the hills.',
    'Two men, including a former Varnley mayoral candidate, were charged on Monday.',
  );
  assert.equal(typeOf(a, 'Dellacourt'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Varnley'), 'place', names(a).join(', '));
});

test('one city however it is spelt: `Washington, DC`, `Washington DC` and `Washington, D.C.` are one entity', () => {
  const a = run(
    'The man drove into a Washington, DC, pizza shop. Police in Washington, D.C. said so. He lives in Washington DC.',
  );
  const places = a.entities.filter((e) => e.name.startsWith('Washington'));
  assert.deepEqual(
    places.map((e) => e.name),
    ['Washington, D.C.'],
    names(a).join(', '),
  );
});

test('a faith’s scripture is a thing (`the Bible`, `the Koran`); a speedway is a place', () => {
  const a = run('The drivers prayed before the race at Dellmore Superspeedway, and one read from the Bible.');
  assert.equal(typeOf(a, 'Dellmore Superspeedway'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Bible'), 'other', names(a).join(', '));
});

test('a town’s name nothing else types is the town’s (`Dedham`), not an organisation’s; a given name stays a person’s', () => {
  const a = run('Dedham approved the budget late on Tuesday, and Bethany said she voted for it.');
  assert.equal(typeOf(a, 'Dedham'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Bethany'), 'person', names(a).join(', '));
  // A town's name that is the outlet's is the outlet's (`Dedham calculations show` in `The Dedham Times`).
  const own = analyze({
    ...makeArticle(['Rents rose by a tenth, Dedham calculations show.'], '2026-03-02'),
    outlet: 'The Dedham Times',
  });
  assert.notEqual(typeOf(own, 'Dedham'), 'place', names(own).join(', '));
});

test('a leader the news names by surname alone is a person (`Putin said`), unless the text says otherwise', () => {
  const a = run('Putin said the talks had gone well, and Merkel agreed to meet again in spring.');
  assert.equal(typeOf(a, 'Putin'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Merkel'), 'person', names(a).join(', '));
  const b = run('Shares in Macron, which makes garden tools, rose on Monday, the company said.');
  assert.notEqual(typeOf(b, 'Macron'), 'person', names(b).join(', '));
  // (Qualifying a common noun, after `the` or as an adjective, the surname is still the leader's.)
  const c = run(
    'Officials revamped the Obama-era rules on Monday.',
    'The rules date from the Merkel era, and critics at Putin-aligned groups objected.',
  );
  for (const name of ['Obama', 'Merkel', 'Putin'])
    assert.equal(typeOf(c, name), 'person', names(c).join(', '));
});

test('someone speaks for a person too (`spokesman for Ivo Marden`); an agent named is a person', () => {
  const a = run(
    'Tomas Reyl, in his role as lawyer and spokesman for Ivo Marden, admitted he misled reporters.',
    'The texts were sent to fired FBI agent Lena Strov, which critics have cited ever since.',
  );
  assert.equal(typeOf(a, 'Ivo Marden'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Lena Strov'), 'person', names(a).join(', '));
});

test('an armed group every reader knows is an organisation, however it is written (`a former Taliban prisoner`, `ISIS`)', () => {
  const a = run(
    'He is a former Taliban prisoner. The Islamic State group, also known as ISIS, claimed the attack.',
    'An al Qaeda affiliate denied it.',
  );
  assert.equal(typeOf(a, 'Taliban'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'al-Qaeda'), 'organization', names(a).join(', '));
  assert.ok(!names(a).includes('Qaeda'), names(a).join(', '));
  const is = a.entities.filter((e) => e.name === 'Islamic State');
  assert.equal(is.length, 1, names(a).join(', '));
  assert.ok(
    a.mentions.some((m) => m.text === 'ISIS' && m.entity === is[0]!.id),
    names(a).join(', '),
  );
});

test('the body a title is `of` is the title’s (`Speaker of the House Nora Velt`), not a word of the name', () => {
  const a = run('Speaker of the House Nora Velt asked the president to delay his address.');
  assert.equal(typeOf(a, 'Nora Velt'), 'person', names(a).join(', '));
  assert.ok(!names(a).some((n) => n.includes('House Nora')), names(a).join(', '));
});

test('a people or a faith’s followers named as a group are a name of type other (`Kestrians`, `Muslims`); their adjective names nothing', () => {
  const a = run(
    'Muslims and Jews gathered in the square, and many Kestrians joined them. Kestrian officials watched.',
  );
  for (const name of ['Muslims', 'Jews', 'Kestrians'])
    assert.equal(typeOf(a, name), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'Kestrian'), undefined, names(a).join(', '));
  // (An origin's adjective before a people, `African-Americans`, keeps it a people.)
  const b = run('Many African-Americans and Korean-Americans voted early, polls showed on Monday.');
  for (const name of ['African-Americans', 'Korean-Americans'])
    assert.equal(typeOf(b, name), 'other', names(b).join(', '));
});

test('a county’s first word alone is the county (`Orvane` of `Orvane County`); an estate names a place', () => {
  const a = run(
    'Orvane County is still counting ballots. Orvane seems unable to finish. The senator spoke from his Dellmar estate.',
  );
  assert.equal(typeOf(a, 'Orvane County'), 'place', names(a).join(', '));
  assert.ok(!names(a).includes('Orvane'), names(a).join(', '));
  assert.equal(typeOf(a, 'Dellmar'), 'place', names(a).join(', '));
});

test('`Crown Prince` is a title, and a monarch’s given name is nobody’s surname (`King Salim` is not `Omar bin Salim`)', () => {
  const a = run('The envoy met King Salim and Crown Prince Omar bin Salim in Varn on Monday.');
  assert.equal(typeOf(a, 'Omar bin Salim'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'King Salim'), 'person', names(a).join(', '));
});

test('a name whose `’s` possesses nothing keeps it (`Standard & Poor’s cut`, `Moody’s said`); a possessive does not', () => {
  const a = run(
    'Standard & Poor’s cut the rating on Monday, and Moody’s said it would follow. The rating was Orvel Bank’s plan.',
  );
  assert.equal(typeOf(a, 'Standard & Poor’s'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Moody’s'), 'organization', names(a).join(', '));
  assert.ok(names(a).includes('Orvel Bank'), names(a).join(', '));
});

test('a disease or its virus is a thing, never an organisation (`Coronavirus`, `COVID-19`, `Ebola`)', () => {
  const a = run(
    'Coronavirus cases rose again in Orvel. The COVID-19 wards filled, and Ebola returned to the region.',
  );
  for (const name of ['Coronavirus', 'COVID-19', 'Ebola'])
    assert.equal(typeOf(a, name), 'other', names(a).join(', '));
});

test('a city named like people after a word no one knows is a surname (`Keyosha Jackson`); after a known name, a place’s (`Disneyland Paris`)', () => {
  const a = run(
    'A car driven by Tavisha Jackson was southbound on 2525E Road when it struck the ditch.',
    'Tickets for Disneyland Paris went on sale on Monday.',
  );
  assert.equal(typeOf(a, 'Tavisha Jackson'), 'person');
  assert.notEqual(typeOf(a, 'Disneyland Paris'), 'person');
});

test('`Services`, `Investigations`, `Operations`, `Branch`, `Unit`, `Squadron` end an organisation’s name', () => {
  const a = run(
    'Agents of Velmora Border Investigations took custody of three men on Monday.',
    'Officers of Harlow Air and Marine Operations and the Dunmore Family Services office joined them.',
    'Ana Roe, director of the Caspara Marine Branch, spoke to reporters.',
  );
  for (const org of [
    'Velmora Border Investigations',
    'Harlow Air and Marine Operations',
    'Dunmore Family Services',
    'Caspara Marine Branch',
  ])
    assert.equal(typeOf(a, org), 'organization', `${org} in ${names(a).join(', ')}`);
});

test('an everyday word opening a name is no maker of what follows (`Congressional Progressive Caucus` is whole)', () => {
  const a = run(
    'Democrats have blocs such as the Congressional Progressive Caucus, with 95 House members.',
    'The Progressive Caucus grew this year.',
  );
  assert.equal(typeOf(a, 'Congressional Progressive Caucus'), 'organization', names(a).join(', '));
  assert.ok(!names(a).includes('Congressional'), names(a).join(', '));
});

test('a town’s name the text gives someone as a surname makes no place of a name joined to it (`Warren or Tavenor`)', () => {
  const a = run(
    'Elizabeth Warren spoke in Harlow on Monday.',
    'Voters are split between Warren and Tavenor.',
    'Delegates backed Warren or Tavenor, and a few backed Tavenor and Warren.',
    'Unions prefer Tavenor or Warren to the rest.',
  );
  assert.notEqual(typeOf(a, 'Tavenor'), 'place', a.entities.map((e) => `${e.name}/${e.type}`).join(', '));
});

test('a country’s name people are given opens a person’s name before a surname no dictionary holds or an age (`Chad Hull, 37,`)', () => {
  const a = run(
    'Police arrested Chad Hull, 37, of Harlow on Monday.',
    'Chad Kowalczyk was arrested for retail theft.',
    'Aid reached Chad on Tuesday.',
  );
  assert.equal(typeOf(a, 'Chad Hull'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Chad Kowalczyk'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Chad'), 'place');
});

test('a town’s police and a journey’s end are places (`by Kincaid police`, `flights to Punta Cana`)', () => {
  const a = run(
    'Chad Kowalczyk was arrested by Tavenby police for violating an order.',
    'The airline said flights to Marvela Cana resumed on Monday.',
  );
  assert.equal(typeOf(a, 'Tavenby'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Marvela Cana'), 'place', names(a).join(', '));
});

test('`Meta` and `Oracle` opening a sentence are the companies every reader knows', () => {
  const a = run('Meta said the outage lasted six hours.', 'Oracle bought the Harlow firm on Monday.');
  assert.equal(typeOf(a, 'Meta'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Oracle'), 'organization', names(a).join(', '));
});

test('a person’s whole name before `and` and an institution are two names (`Dr Ana Roe and University of Harlow researchers`)', () => {
  const a = run(
    'The study was led by Dr Ansel Tavenor and University of the Harlow Isles researchers.',
    'The Bill and Marta Tavenor Foundation paid for it.',
  );
  assert.equal(typeOf(a, 'Ansel Tavenor'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'University of the Harlow Isles'), 'organization', names(a).join(', '));
  assert.equal(typeOf(a, 'Bill and Marta Tavenor Foundation'), 'organization', names(a).join(', '));
});

test('a nickname in quotation marks inside a person’s name stays in it (`Renaldo “Peewee” Gilkes`)', () => {
  const a = run(
    'Ansel “Peewee” Tavenor scored twice for Harlow on Monday.',
    'Tavenor said the team deserved it.',
    'Police are still looking for Marco ‘El Toro’ Vescari.',
  );
  assert.equal(typeOf(a, 'Ansel “Peewee” Tavenor'), 'person', names(a).join(', '));
  assert.equal(typeOf(a, 'Marco ‘El Toro’ Vescari'), 'person', names(a).join(', '));
  assert.ok(!names(a).includes('Peewee'), names(a).join(', '));
});

test('an honorific after an office leaves the name (`Chief Education Officer Dr Ana Roe`), and a capitalised verb ends it (`Ana Roe Is a Reporter`)', () => {
  const a = run(
    'The panel included Chief Education Officer Dr Ramona Tavenor-Holt and others.',
    'Tavenor-Holt said the forms were sent.',
    'Welcome to the site.',
    'Edvard Russo Is a Senior Aviation Business Reporter at the Harlow Ledger.',
  );
  assert.ok(names(a).includes('Ramona Tavenor-Holt'), names(a).join(', '));
  assert.ok(names(a).includes('Edvard Russo'), names(a).join(', '));
});

test('what an article is `in` is a publication, not a place (`according to an article in Healthline`)', () => {
  const a = run(
    'It is possible, according to an article in Wellvana.',
    '“Several studies have found that vitamins can improve memory,” reported Wellvana.',
  );
  assert.equal(
    typeOf(a, 'Wellvana'),
    'organization',
    a.entities.map((e) => `${e.name}/${e.type}`).join(', '),
  );
});

test('a city’s people and a generation named as a group are a name of type other (`Hongkongers`, `Millennials`)', () => {
  const a = run(
    'Many Hongkongers protested on Monday.',
    'Millennials are buying fewer homes, a survey found.',
  );
  assert.equal(typeOf(a, 'Hongkongers'), 'other', names(a).join(', '));
  assert.equal(typeOf(a, 'Millennials'), 'other', names(a).join(', '));
});

test('`El Niño` is a climate pattern, a name of type other', () => {
  assert.equal(typeOf(run('Forecasters said El Niño would return.'), 'El Niño'), 'other');
});

test('a zero-padded list number is no part of the name before it (`01. Ana Roe 02. Ivo Doe`)', () => {
  const a = run('Here is the full list.', '01. Ansel Tavenor 02. Marta Vescari 03. Ivo Dunmore');
  for (const n of ['Ansel Tavenor', 'Marta Vescari', 'Ivo Dunmore'])
    assert.ok(names(a).includes(n), `${n} in ${names(a).join(', ')}`);
  const b = run('The ranking: 8. Calvera 9. Dunmore 10. Tessaly 11. Varland');
  assert.ok(!names(b).some((x) => /\d/.test(x)), names(b).join(', '));
});

test('a name’s `’s` before a preposition possesses nothing and stays in it (`sold at Christie’s in New York`)', () => {
  const a = run('The painting sold at Harrowby’s in Harlow for four million dollars.');
  assert.ok(names(a).includes('Harrowby’s'), names(a).join(', '));
});

test('an institution of a list of fields is one name (`American Academy of Allergy, Asthma and Immunology`); a list of names is not', () => {
  const a = run(
    'The Velmoran Academy of Allergy, Asthma and Immunology recommends it.',
    'The Bank of Velmora, Harrowby and Dunmore raised rates.',
  );
  assert.equal(
    typeOf(a, 'Velmoran Academy of Allergy, Asthma and Immunology'),
    'organization',
    names(a).join(', '),
  );
  assert.equal(typeOf(a, 'Bank of Velmora'), 'organization', names(a).join(', '));
});

test('an acronym in brackets after a name is that name’s other form (`Free Software Foundation (FSF)`); a ticker is not', () => {
  const a = run(
    'The Velmora Software Foundation (VSF) said on Monday that the VSF would appeal.',
    'Shares of Orvane (ORVN) rose.',
  );
  const vsf = a.entities.find((e) => e.name === 'Velmora Software Foundation');
  assert.ok(vsf?.aliases.includes('VSF'), JSON.stringify(a.entities));
  assert.ok(!names(a).includes('VSF'), names(a).join(', '));
  assert.equal(a.mentions.filter((m) => m.entity === vsf!.id).length, 3);
  // An abbreviation heading the name may be left out of its acronym.
  const b = run(
    'The U.N. Office for the Coordination of Velmoran Affairs (OCVA) said on Thursday that 31 aid workers had been killed.',
    '“Convoys are moving slowly,” OCVA said.',
  );
  const ocva = b.entities.find((e) => e.name === 'U.N. Office for the Coordination of Velmoran Affairs');
  assert.ok(ocva?.aliases.includes('OCVA'), JSON.stringify(b.entities));
});

test('two names a lost space glued together are two (`China DailyZhang Yuanxun`); `BlackBerry` and `YouTube` stay one', () => {
  const a = run(
    'According to Harlow DailyZhang Yuanxun, chief designer of the container, said the seeds would grow.',
    'He checked his BlackBerry and watched YouTube.',
  );
  assert.equal(typeOf(a, 'Zhang Yuanxun'), 'person', names(a).join(', '));
  assert.ok(names(a).includes('BlackBerry') && names(a).includes('YouTube'), names(a).join(', '));
});

test('a venue named with its article (`at the Taverna Tavenor at 25 Tavenor Street`) is no person, nor the person the venue is named after', () => {
  const a = run(
    'A bomb went off at the Taverna Tavenor at 25 Tavenor Street; the owner of the Taverna Tavenor told reporters he was unhurt.',
    'The square honours the philosopher Tavenor, a prince of liberty. “Crush the infamous thing,” Tavenor wrote.',
  );
  assert.notEqual(typeOf(a, 'Taverna Tavenor'), 'person', names(a).join(', '));
  const quote = a.quotes.find((q) => q.text.startsWith('Crush'));
  const speaker = a.entities.find((e) => e.id === quote?.speaker);
  assert.equal(speaker?.name, 'Tavenor', JSON.stringify(a.entities));
  // A name before its noun is a modifier the article belongs to: `a Payton Pritchard layup`.
  const b = run('He swatted an Ansel Tavenor layup, then Tavenor scored twice.');
  assert.equal(typeOf(b, 'Ansel Tavenor'), 'person', names(b).join(', '));
});

test('a short word ending in `ed` opening a sentence is no inflected word: `Red Bull said …` keeps `Red`', () => {
  const a = run('Red Tarn said its driver was fine.');
  assert.ok(names(a).includes('Red Tarn'), names(a).join(', '));
  assert.ok(!names(a).includes('Tarn'), names(a).join(', '));
  // A longer one still is: `Reported cases rose in Orvel`.
  const b = run('Reported cases rose in Orvel on Monday.');
  assert.ok(!names(b).some((n) => n.startsWith('Reported')), names(b).join(', '));
});

test('a capital that says `he` or `she` is a person of that name, not its state: `Hamilton said he …` is no Bermuda', () => {
  const a = run('Officials spoke on Monday.', 'Hamilton said he was happy with the car.');
  assert.ok(!names(a).includes('Bermuda'), names(a).join(', '));
  const b = run('Officials spoke on Monday.', 'Moscow said it would respond.');
  assert.equal(typeOf(b, 'Russia'), 'place', names(b).join(', '));
});

test('where an event is held is a place: `the match at Old Tarnford`, `the race at Silvermere`', () => {
  const a = run('Officials spoke on Monday.', 'Ivo Marr watched the match at Old Tarnford on Saturday.');
  assert.equal(typeOf(a, 'Old Tarnford'), 'place', names(a).join(', '));
  const b = run('Officials spoke on Monday.', 'Ana Roe won the race at Silvermere on Sunday.');
  assert.equal(typeOf(b, 'Silvermere'), 'place', names(b).join(', '));
});

test('an acronym opening a sentence as the subject of a verb of saying is a body acting: `TARFA said on Monday …`; a shouted word is not', () => {
  const a = run('Officials spoke on Monday.', 'TARFA said the aid was on its way.');
  assert.equal(typeOf(a, 'TARFA'), 'organization', names(a).join(', '));
  const b = run('WATCH said nothing new.');
  assert.ok(!names(b).includes('WATCH'), names(b).join(', '));
  // (Without a verb of saying after it, an acronym opening a sentence waits to be written mid-sentence.)
  const c = run('TARFA grew by 2% last year.');
  assert.ok(!names(c).includes('TARFA'), names(c).join(', '));
});

test('a given name more often a place’s before a surname is a person’s, also opening a sentence: `Austin Reeve holed a putt`, `Israel Katz said`; `Austin Energy`, `Virginia Tech` are not', () => {
  const a = run(
    'Austin Reeve holed a par putt on Sunday to win by one stroke.',
    '“I was shaking,” Reeve told reporters.',
  );
  assert.equal(typeOf(a, 'Austin Reeve'), 'person', names(a).join(', '));
  assert.ok(!names(a).includes('Reeve'), names(a).join(', '));
  const b = run('Israel Katz said the talks were over.');
  assert.equal(typeOf(b, 'Israel Katz'), 'person', names(b).join(', '));
  const c = run('Austin Energy said prices would rise.', 'Fans of Virginia Tech cheered the win.');
  assert.equal(typeOf(c, 'Austin Energy'), 'organization', names(c).join(', '));
  assert.equal(typeOf(c, 'Virginia Tech'), 'organization', names(c).join(', '));
});

test('an everyday word before a country’s name is a body’s name (`Historic England said`), not the country nor a person; a region’s word is not (`Northern England`)', () => {
  // (Invented country names are no country; the gazetteer's are needed: England, France.)
  const a = run('Historic England said the discovery was of national importance.');
  assert.equal(typeOf(a, 'Historic England'), 'organization', names(a).join(', '));
  assert.ok(!names(a).includes('United Kingdom'), names(a).join(', '));
  const b = run('Officials said Natural England had issued the licence.');
  assert.equal(typeOf(b, 'Natural England'), 'organization', names(b).join(', '));
  const c = run('Officials in Northern England agreed, as did the Stade de France.');
  assert.ok(
    !names(c).includes('Northern England') || typeOf(c, 'Northern England') === 'place',
    names(c).join(', '),
  );
  assert.notEqual(typeOf(c, 'Stade de France'), 'organization', names(c).join(', '));
});

test('a name opening a sentence with a relative clause set off after it is a body acting: `TARFA, which runs the telescope, said …`, `Historic England, which …`', () => {
  const a = run(
    'The telescope was launched in 2021.',
    'TARFA, which runs the telescope, said the results were clear.',
  );
  assert.equal(typeOf(a, 'TARFA'), 'organization', names(a).join(', '));
  const b = run('Natural England, which issued the licence, said it was working with landowners.');
  assert.equal(typeOf(b, 'Natural England'), 'organization', names(b).join(', '));
  assert.ok(!names(b).includes('United Kingdom'), names(b).join(', '));
});

test('a given name opening a sentence set off with an age or a relative clause is a person: `Jess, 16, said`, `Sabine, who gave only her first name, said`', () => {
  const a = run(
    'About 2,000 fans made the trip.',
    'Jess, 16, a junior in the band, said she had been to every game.',
  );
  assert.equal(typeOf(a, 'Jess'), 'person', names(a).join(', '));
  const b = run('The shelter is full.', 'Sabine, who gave only her first name, said she had nowhere to go.');
  assert.equal(typeOf(b, 'Sabine'), 'person', names(b).join(', '));
});

test('a state named like its city is told from it by `State` (`New York State`), a university by a state’s name and `State` is not', () => {
  const a = run('Officials in New York State said on Monday that Ohio State would play in Albany.');
  assert.equal(typeOf(a, 'New York State'), 'place', names(a).join(', '));
  assert.equal(typeOf(a, 'Ohio State'), 'organization', names(a).join(', '));
});

test('`and` before a name that owns what follows it joins no name: `Velo’s App Store and Orbix’s Play Shelf` are two owners and two things', () => {
  const a = run(
    'The game was removed from Velo’s App Store and Orbix’s Play Shelf at midnight on Monday.',
    'The European Centre for Drugs and Drug Addiction’s report came out on Tuesday.',
  );
  assert.ok(!names(a).some((n) => /Store and Orbix/.test(n)), names(a).join(', '));
  assert.ok(names(a).includes('Orbix'), names(a).join(', '));
  assert.ok(names(a).includes('European Centre for Drugs and Drug Addiction'), names(a).join(', '));
});
