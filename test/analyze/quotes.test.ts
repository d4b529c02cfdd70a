import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formVotes } from '../../src/analyze/entities/weigh-evidence.js';
import { analyze, findQuotes } from '../../src/analyze/index.js';
import { STEPS } from '../../src/analyze/quotes/index.js';
import { bareName } from '../../src/synthesize/quotes.js';
import type { Analysis, Quote } from '../../src/types.js';
import { makeArticle } from './article.js';

/** Analyses invented paragraphs; every quote's text is checked against its offsets. */
function quotesOf(paragraphs: Parameters<typeof makeArticle>[0]): {
  quotes: Quote[];
  analysis: Analysis;
  speaker: (q?: Quote) => string | null;
} {
  const article = makeArticle(paragraphs, '2031-03-12');
  const analysis = analyze(article);
  for (const q of analysis.quotes) assert.equal(q.text, article.text.slice(q.start, q.end));
  const speaker = (q?: Quote): string | null =>
    q?.speaker ? (analysis.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker) : null;
  return { quotes: analysis.quotes.filter((q) => q.kind !== 'reported'), analysis, speaker };
}

const find = (quotes: Quote[], words: string): Quote | undefined =>
  quotes.find((q) => q.text.includes(words));

test('quote steps are declared once, in order, with verb names', () => {
  assert.deepEqual(
    STEPS.map((s) => s.name),
    [
      'find-marks',
      'classify-marks',
      'find-credits',
      'read-roles',
      'find-cues',
      'read-genders',
      'attribute-marks',
      'find-embedded-posts',
      'resolve-speakers',
      'attribute-parentheticals',
      'attribute-first-person',
      'attribute-self-quotations',
      'build-quotes',
      'find-reported-speech',
    ],
  );
});

test('straight single quotes are quotes; apostrophes and elisions are not', () => {
  const { quotes, speaker } = quotesOf([
    "'We will rebuild the bridge before winter,' said Mayor Hana Lindqvist.",
    "The workers' union said the mayor's plan wasn't ready, as in the '90s.",
  ]);
  const rebuild = find(quotes, 'We will rebuild the bridge before winter');
  assert.equal(rebuild?.kind, 'direct');
  assert.equal(speaker(rebuild), 'Hana Lindqvist');
  assert.equal(quotes.length, 1, quotes.map((q) => q.text).join(' | '));
});

test('a quote of several paragraphs is one quote with its speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Rescue chief Tomas Berg said: “The water rose in minutes and took the lower streets.',
    '“We moved everyone to the school before midnight.”',
  ]);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.text, /^The water rose .* before midnight\.$/s);
  assert.equal(speaker(quotes[0]), 'Tomas Berg');
});

test('a quote that never closes: kept to its paragraph end when it opens the paragraph, else dropped', () => {
  const { quotes } = quotesOf([
    '“The bridge will reopen next week once the inspectors sign it off',
    'The council called it “a rushed decision and said nothing more.',
  ]);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.text, /^The bridge will reopen/);
});

test('a partial quote goes to the subject of the verb that frames it', () => {
  const { quotes, speaker } = quotesOf([
    'Councillor Mira Osei called the delay “a betrayal of every commuter” on Tuesday.',
    'Jonas Reed, an economist at Harlow Bank, said the rate cut was “long overdue”.',
  ]);
  assert.equal(speaker(find(quotes, 'a betrayal')), 'Mira Osei');
  assert.equal(speaker(find(quotes, 'long overdue')), 'Jonas Reed');
});

test('an inverted attribution and an appositive name the speaker, not the employer', () => {
  const { quotes, speaker } = quotesOf([
    '“Prices will fall by the summer,” said Jonas Reed, an economist at Harlow Bank.',
  ]);
  assert.equal(speaker(quotes[0]), 'Jonas Reed');
});

test('he and she go to the last speaker of that gender, not the last name', () => {
  const { quotes, speaker } = quotesOf([
    'Mayor Lena Fischer met port director Omar Haddad on Monday to discuss the ferry terminal.',
    '“We agreed on the plan in an hour,” she said.',
    'The talks ended late, said Mr Haddad, who also met the governor, Pedro Alves.',
    '“It will take two years to build,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'We agreed on the plan')), 'Lena Fischer');
  assert.equal(speaker(find(quotes, 'two years to build')), 'Omar Haddad');
});

test('he after someone introduced without a name is that unnamed person, not the last named speaker', () => {
  const { quotes, speaker } = quotesOf([
    '“The road was closed within minutes,” said Pavel Ruzek, a bus driver.',
    'Crews cleared the bridge by noon.',
    'One man who was leaving the clinic on Friday told reporters that the water had reached his door.',
    '“I work at the bakery,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'road was closed')), 'Pavel Ruzek');
  assert.equal(speaker(find(quotes, 'I work at the bakery')), null);
});

test('he after an unnamed person a nationality names is that person; a capital stands for its state’s ministry', () => {
  const { quotes, speaker } = quotesOf([
    'Officials named the driver as Tomas Varga. His mother lives in Vienna.',
    'An unnamed Hungarian, who met the driver in Vienna, has spoken to local radio about the days before.',
    '“He was my friend,” he told the radio on Monday.',
    'Budapest’s foreign ministry said the case could “harm relations between neighbours”.',
  ]);
  assert.equal(speaker(find(quotes, 'He was my friend')), null);
  assert.equal(speaker(find(quotes, 'harm relations')), 'Budapest’s foreign ministry');
});

test('"the source" after a clause is no one; "it read" is the message’s author; a broadcaster’s service is no person', () => {
  const { quotes, speaker } = quotesOf([
    'A forged permit was found near the Stade de Lorval, according to a police source, local media reported.',
    'A source close to the inquiry told reporters that a second permit had been found. “We believe both permits are forged,” the source said.',
    'Another passenger, Tomas Reyn, said he was on the ferry that morning. He posted an image of a text message to his sister. It read: “The ferry hit the pier so hard that the cups fell off the tables.”',
    'A cousin of the captain spoke to the BBC Arabic service. “He had sailed that route for twenty years,” she told BBC Arabic.',
  ]);
  assert.equal(speaker(find(quotes, 'both permits are forged')), null);
  assert.equal(speaker(find(quotes, 'The ferry hit the pier')), 'Tomas Reyn');
  assert.equal(speaker(find(quotes, 'sailed that route')), null);
});

test('"After meeting X, he said" is not X; "she also wrote" goes on the words of the one writing', () => {
  const { quotes, speaker } = quotesOf([
    'The talks came as Foreign Minister Aldo Ferrante visited Orsk.',
    'After meeting Prime Minister Pavel Ruzek, he said the two countries would "work together on the bridge".',
    'The singer Lena Vos posted photos of herself with her cousin, 21-year-old Tavik Marl, on Tuesday, writing that she “will never forget that summer.”',
    'Marl died on Monday after a crash near Orsk, where Vos grew up. She also wrote, “Love you always, cousin.”',
  ]);
  assert.equal(speaker(find(quotes, 'work together on the bridge')), 'Aldo Ferrante');
  assert.equal(speaker(find(quotes, 'Love you always')), 'Lena Vos');
});

test('a family name written first is the person alone ("Moon said"); "X, Japan\'s minister," is no place', () => {
  const { quotes, speaker } = quotesOf([
    'South Korean President Moon Jae-in met the envoy on Monday.',
    'Moon on Tuesday welcomed the offer as a "positive response" to the talks.',
    'Yoshihide Suga, Japan’s Chief Cabinet Secretary, said the launch was an "unprecedented threat" to the region.',
  ]);
  assert.equal(speaker(find(quotes, 'positive response')), 'Moon Jae-in');
  assert.equal(speaker(find(quotes, 'unprecedented threat')), 'Yoshihide Suga');
});

test('a quote of several paragraphs opened after a colon goes on over a video title set between them', () => {
  const { quotes, speaker } = quotesOf([
    'Orsk resident Lina Marsh, 23, said it was raining heavily at the time.',
    'She told reporters: "I was in bed when I heard a big crash, which I thought was the wind.',
    '"Then I heard people shouting and then the sirens.',
    'Harbour chief on the Orsk pier collapse',
    '"Later I saw at least one person being carried out on a stretcher."',
  ]);
  assert.equal(speaker(find(quotes, 'I was in bed')), 'Lina Marsh');
  assert.equal(speaker(find(quotes, 'Later I saw')), 'Lina Marsh');
});

test('a quote opening a sentence that ends "said X, who …" is X\'s; an initial stays in the bare name', () => {
  const { quotes, speaker } = quotesOf([
    '“It takes a leader with real patience” to settle the dispute, said R. Talbot Ferro, who served as deputy minister for the ports in the previous government.',
  ]);
  assert.equal(speaker(find(quotes, 'It takes a leader')), 'R. Talbot Ferro');
  assert.equal(bareName('R. Nicholas Burns'), 'R. Nicholas Burns');
});

test('"spokesman" says nothing of a woman\'s gender; "X, our 10-year-old, said" makes X a person', () => {
  const { quotes, speaker } = quotesOf([
    'State Department spokesman Heather Nauvel also warned that the envoy "may be trying to drive a wedge between the two allies".',
    '"Mom," Lirien, our 10-year-old, said. "We have something important to tell you."',
  ]);
  assert.equal(speaker(find(quotes, 'drive a wedge')), 'Heather Nauvel');
  assert.equal(speaker(find(quotes, 'something important')), 'Lirien');
});

test('a sentence whose one person is its subject and ends in a colon introduces the quotation after it', () => {
  const { quotes, speaker } = quotesOf([
    'But Orsk League spokesman Daniel Pell ruled out a reduction: "There is no appetite for this kind of change."',
    'In a gesture read as protest, Mira Lund stitched a poem by the artist Jana Holt into her dress: "Rejoice, our times are hard," the poem began.',
  ]);
  assert.equal(speaker(find(quotes, 'no appetite')), 'Daniel Pell');
  assert.notEqual(speaker(find(quotes, 'Rejoice, our times')), 'Mira Lund');
});

test('"…, said Mayor X." after a leading clause naming a place is X\'s attribution; his quote follows him', () => {
  const { quotes, speaker } = quotesOf([
    'While pressure was needed toward Varland, being too tough could be disastrous, said Mayor Tomas Ohnel. "If Varland does something serious, we are within range."',
    '"I know my father better," Ana Roe, 26, said in an interview published Thursday by the Orsk Daily Times.',
  ]);
  assert.equal(speaker(find(quotes, 'we are within range')), 'Tomas Ohnel');
  assert.equal(speaker(find(quotes, 'I know my father')), 'Ana Roe');
});

test('a quote without a cue goes on the words of the last speaker in its paragraph or the next', () => {
  const { quotes, speaker } = quotesOf([
    '“We lost everything,” said farmer Ruth Obi.',
    '“The river took the barn, the herd and the road to town.”',
    'The district has not flooded since 1974, records show.',
    '“Nobody here had seen water like it.”',
  ]);
  assert.equal(speaker(find(quotes, 'The river took the barn')), 'Ruth Obi');
  // After a paragraph of the reporter's own words, an unattributed quote has no knowable speaker.
  assert.equal(speaker(find(quotes, 'Nobody here had seen')), null);
});

test('descriptions: the one introduced with that role or age; unnamed sources have no speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Hannah Roe, 23, a student, was on the first tram of the morning.',
    '“The carriage tipped over in a second,” the 23-year-old said.',
    '“Everyone was thrown against the windows,” one passenger said.',
    '“We are helping the police with their inquiries,” a spokesman for Harlow Trams said.',
  ]);
  assert.equal(speaker(find(quotes, 'tipped over')), 'Hannah Roe');
  assert.equal(speaker(find(quotes, 'thrown against the windows')), null);
  assert.equal(speaker(find(quotes, 'helping the police')), 'Harlow Trams');
});

test('a quotation nested in another is someone else’s words only when a cue introduces it', () => {
  const { quotes, speaker } = quotesOf([
    'Mr Piet Vallo directed the film in 2003.',
    '“He came to my trailer and said: ‘The road is straight and safe, you can drive it,’ and I believed him,” actress Ada Korhonen said.',
    '“I loved ‘Harbour Lights’ as a child,” she added.',
  ]);
  assert.equal(speaker(find(quotes, 'He came to my trailer')), 'Ada Korhonen');
  const inner = quotes.find((q) => q.text.startsWith('The road is straight'));
  assert.equal(speaker(inner), 'Piet Vallo');
  assert.ok(!quotes.some((q) => q.text === 'Harbour Lights'), 'a title in marks is no quote');
});

test('never a photo credit, a place, or the outlet that only carries the words', () => {
  const { quotes, analysis, speaker } = quotesOf([
    'Rescuers search the collapsed hall. Karl Mendes/Getty Images',
    '“We are still looking for two people,” a rescuer said.',
    'Foreign Minister Ines Alvar said the talks were useful.',
    '“We will meet again in May,” she said, according to Reuters.',
  ]);
  assert.equal(speaker(find(quotes, 'still looking')), null);
  const may = find(quotes, 'meet again in May');
  assert.equal(speaker(may), 'Ines Alvar');
  assert.deepEqual(may?.via, ['Reuters']);
  assert.ok(!analysis.quotes.some((q) => speaker(q) === 'Reuters'));
});

test('a scare quote or coined term that no one is said to have said is not a quote', () => {
  const { quotes } = quotesOf([
    'The men called themselves “hobbyists” on the forum, where “reviews” were posted.',
  ]);
  assert.deepEqual(
    quotes.map((q) => q.text),
    [],
  );
});

test('a quotation repeated without attribution takes the attributed copy’s speaker', () => {
  const { quotes, speaker } = quotesOf([
    "'The tears you see are tears of joy,' the coach told his players.",
    'Coach Bruno Alves retired on Monday after nine seasons.',
    "'The tears you see are tears of joy,' Alves said.",
  ]);
  assert.deepEqual(
    quotes.map((q) => speaker(q)),
    ['Bruno Alves', 'Bruno Alves'],
  );
});

test('bad input: no quote, an unclosed quote, a 300-sentence article, a page of captions', () => {
  assert.deepEqual(quotesOf(['The council met on Monday. It adjourned at noon.']).quotes, []);
  assert.doesNotThrow(() => quotesOf(['“It never ends', '‘Nor this', "'Or this", '"And this']));
  const long = Array.from(
    { length: 300 },
    (_, i) => `Officer Ana Ruiz ${i} said the road was closed. “It stays shut until ${i},” she said.`,
  );
  const t0 = performance.now();
  const { quotes } = quotesOf([long.join(' ')]);
  assert.ok(performance.now() - t0 < 5000);
  assert.equal(quotes.length, 300);
  const captions = Array.from(
    { length: 50 },
    (_, i) => `Firefighters at the scene ${i}. (Photo: Lee Park/Getty Images)`,
  );
  assert.doesNotThrow(() => quotesOf(captions));
  // The bare finder, as the library exports it, on an empty context.
  assert.deepEqual(
    findQuotes({
      text: '',
      sentences: [],
      blocks: [],
      entities: { entities: [], mentions: [], info: new Map() },
    }),
    [],
  );
});

test('an appositive of place before an adverb is not the speaker: the name before it is', () => {
  const { quotes, speaker } = quotesOf([
    'Dozens of jets flew over the border on Monday.',
    'Colonel Hari Vostok, of Veldonia, today warned: “Our pilots will answer any attack with full force.”',
  ]);
  assert.equal(speaker(find(quotes, 'Our pilots')), 'Hari Vostok');
});

test('an outlet that reports the words carries them: the speaker named before the quote said them', () => {
  const { quotes, speaker } = quotesOf([
    'Pilar Quince, 30, a passenger, said the carriage sped up and “everyone was thrown to the floor,” the Daily Clarion reports.',
  ]);
  assert.equal(speaker(find(quotes, 'everyone was thrown')), 'Pilar Quince');
});

test('`another brother, X` gives X the role that `the brother said` refers to', () => {
  const { quotes, speaker } = quotesOf([
    'Eric Dunn said his brother, Ray Dunn, had lived alone for years.',
    'The family moved from Iowa to Tucson, another brother, Patrick Dunn, of Tucson, said. Ray Dunn’s behavior did not offer any sign of violence, the brother said. “He was the least violent in the family,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'least violent')), 'Patrick Dunn');
});

test('`with X saying` gives the participle its own subject, not the clause’s', () => {
  const { quotes, speaker } = quotesOf([
    'Canada welcomed the decision as “very welcome”, with chief press secretary Lina Morrow saying “it opens a channel that will stay open at all times”.',
  ]);
  assert.equal(speaker(find(quotes, 'it opens a channel')), 'Lina Morrow');
});

test('a document about someone (`a poster for Mr. Roe`) is not their words', () => {
  const { quotes, speaker } = quotesOf([
    'Ray Dunn lived alone in Mesquite.',
    'A “Wanted” poster for the elder Mr. Dunn warned that he was “diagnosed as dangerous” and “should be considered armed”.',
  ]);
  assert.equal(speaker(find(quotes, 'diagnosed as dangerous')), null);
});

test('`the brother said` is the brother who has been speaking, not the one he speaks of', () => {
  const { quotes, speaker } = quotesOf([
    'Eric Dunn said his brother, Ray Dunn, had lived alone for years. “He texted me to ask about my mom,” Eric Dunn told reporters. Ray Dunn’s money came from gambling, the brother said. “Where did he get those weapons?” the brother said.',
  ]);
  assert.equal(speaker(find(quotes, 'Where did he get')), 'Eric Dunn');
});

test('a news outlet that reports a letter did not write it', () => {
  const { quotes, speaker } = quotesOf([
    'The music business met in Harlow on Monday.',
    'The Daily Clarion reported that the letter was sent by six executives. “The comments are part of a larger problem,” the letter said.',
  ]);
  assert.notEqual(speaker(find(quotes, 'The comments are part')), 'Daily Clarion');
});

test('`police said` is the one police force the article names, and no one when it names two', () => {
  const one = quotesOf([
    'Tom Weller, 67, was arrested after an 18-month inquiry, according to the Harlow Police Department. Police said Weller is suspected of being the scheme’s “middle man” who “subsequently wired” funds abroad.',
    '“Most people see through a trick like this one,” the Harlow police said in a statement.',
  ]);
  assert.equal(one.speaker(find(one.quotes, 'middle man')), 'Harlow Police Department');
  assert.equal(one.speaker(find(one.quotes, 'Most people see')), 'Harlow Police Department');
  const two = quotesOf([
    'The Harlow Police Department and the Essex Transport Police searched the station on Monday.',
    '“The station stays closed until Friday,” police said.',
  ]);
  assert.equal(two.speaker(find(two.quotes, 'The station stays')), null);
});

test('a word ending in s before a closing single mark does not swallow the quotes after it', () => {
  const { quotes, speaker } = quotesOf([
    'Defence Minister Tomas Varga called the launch \'reckless\' after the test. Asked about a reply, Varga said, "I will not discuss that today." Foreign Minister Ilse Brandt said: "The launch breaks every agreement we have."',
  ]);
  assert.equal(speaker(find(quotes, 'I will not discuss')), 'Tomas Varga');
  assert.equal(speaker(find(quotes, 'breaks every agreement')), 'Ilse Brandt');
});

test('two closing singles close a double quote; a typographic quote inside one is part of it', () => {
  const { quotes, speaker } = quotesOf([
    'Mara Lind, a parent, said she was still waiting. “Most of them are still away, and we want them home.’’',
    '“The plan casts the agency as an “honest broker”, a host for partners worldwide,” says Oskar Feld of the agency.',
  ]);
  assert.ok(find(quotes, 'we want them home'), 'the quote closed by two singles is found');
  const broker = find(quotes, 'casts the agency');
  assert.ok(broker?.text.includes('partners worldwide'), 'the outer quote runs to its own close');
  assert.equal(speaker(broker), 'Oskar Feld');
});

test('`,” Mr. Roe said`: a title’s full stop between the quote and its speaker is not a new sentence', () => {
  const { quotes, speaker } = quotesOf([
    'Foreign Minister Anton Varga met his counterpart on Monday. Defence Minister Ilse Brandt spoke later.',
    '“As the main trading partners of the region, they bear a special duty here,” Mr. Varga said.',
  ]);
  assert.equal(speaker(find(quotes, 'special duty')), 'Anton Varga');
});

test('a second verb of one subject speaks for the clause’s opener, not the name in between', () => {
  const { quotes, speaker } = quotesOf([
    'Harbor Corp told the Daily Ledger it is reviewing the matter and said, "We take every report seriously and will act on what we find."',
  ]);
  assert.equal(speaker(find(quotes, 'every report seriously')), 'Harbor Corp');
});

test('`X was quoted by Y as saying` and `Y quoted X as saying` are X’s words', () => {
  const { quotes, speaker } = quotesOf([
    'The ministry said the talks had failed.',
    '"We will not sign anything this year," Minister Ana Roe was quoted by the Harbor Times as saying.',
    '"The door stays open for talks next spring," the Harbor Times quoted Tomas Varga as saying.',
  ]);
  assert.equal(speaker(find(quotes, 'sign anything')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'door stays open')), 'Tomas Varga');
});

test('a definite description repeated a sentence later is the one it was just found to be', () => {
  const { quotes, speaker } = quotesOf([
    'Police named the driver as Karl Brenner, 61, and said his brother, Jonas Brenner, had reported the van missing. Jonas Brenner said his brother, Karl Brenner, had a licence for the van.',
    'Karl Brenner later said through a lawyer, “I will explain everything in court.”',
    'Jonas Brenner said the family was “stunned and grieving.”',
    'The brother told the Harbor Times that Mr. Brenner had owned the van for years, but that Mr. Brenner rarely drove it.',
    '“Why would he take it out at night? He never drove after dark,” the brother said.',
  ]);
  assert.equal(speaker(find(quotes, 'never drove after dark')), 'Jonas Brenner');
});

test('a sentence longer than the span searched for its trailing attribution keeps its speaker and its whole content', () => {
  const long = Array.from({ length: 40 }, (_, i) => `harbour section ${i} reopened`).join(' and ');
  const { analysis, speaker } = quotesOf([
    'Minister Ana Roe visited Orsk on Monday.',
    `The port authority confirmed that ${long}, Minister Ana Roe said.`,
  ]);
  const reported = analysis.quotes.find(
    (q) => q.kind === 'reported' && q.text.includes('harbour section 39'),
  );
  assert.equal(speaker(reported), 'Ana Roe');
  assert.ok(reported!.text.startsWith('The port authority confirmed'));
  assert.ok(reported!.text.endsWith('harbour section 39 reopened'));
});

test('two closing singles close a quotation opened with a single straight mark', () => {
  const { quotes, speaker } = quotesOf([
    'The arrest is a reminder not to fall for such calls, said Orsk Police Chief Ilse Varga.',
    "'If it sounds too good to be true, it probably is,'' Varga said. 'Never give your bank details to a caller you do not know.''",
  ]);
  assert.equal(speaker(find(quotes, 'too good to be true')), 'Ilse Varga');
  assert.ok(find(quotes, 'Never give your bank details'), 'the quote after it is found too');
});

test('`indicated` and `informed` attribute the words in marks after them', () => {
  const { quotes, speaker } = quotesOf([
    'Orsk Harbour Co has indicated that it is "extremely worried" about the state of the pier.',
    'Brandt Shipping informed the Daily Ledger that it is "investigating" the matter.',
  ]);
  assert.equal(speaker(find(quotes, 'extremely worried')), 'Orsk Harbour Co');
  assert.equal(speaker(find(quotes, 'investigating')), 'Brandt Shipping');
});

test('a quotation goes on over a caption line set between two of its paragraphs', () => {
  const { quotes, speaker } = quotesOf([
    'Orsk won the cup on Sunday after a rain delay.',
    'Captain Tomas Varga said: "It is the best game I have ever been part of. We went wire to wire all year.',
    { kind: 'heading', text: 'Fans celebrate after the final whistle (Photo agency)' },
    '"The visitors did a fine job but this is the best feeling in the world.',
    '"We are champions for the rest of our lives."',
  ]);
  assert.equal(speaker(find(quotes, 'best feeling in the world')), 'Tomas Varga');
  assert.equal(speaker(find(quotes, 'rest of our lives')), 'Tomas Varga');
});

test('an appositive whose closing comma is missing still leaves its person the speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Tomas Varga, a fellow at the Orsk Institute in Caspara told the Daily Ledger that the mayor does "not want to appear weak in front of the council."',
  ]);
  assert.equal(speaker(find(quotes, 'not want to appear weak')), 'Tomas Varga');
});

test('two roles joined by `and` before the name after a quote are the speaker’s titles', () => {
  const { quotes, speaker } = quotesOf([
    'A friend said last week that Varga hopes to be forgiven.',
    "'He just wants everybody to respect his privacy and let his life go on,' his friend and spokesman Frank Moreau told the Daily Ledger last month.",
  ]);
  assert.equal(speaker(find(quotes, 'respect his privacy')), 'Frank Moreau');
});

test('a title’s stop after an inverted verb does not end the speaker (`,” wrote Mr. Brandt`)', () => {
  const { quotes, speaker } = quotesOf([
    'Ofer Brandt, the firm’s engineering manager, announced the change on Monday.',
    '“We are turning on the new chip for all users,” wrote Mr. Brandt in a blog post.',
  ]);
  assert.equal(speaker(find(quotes, 'turning on the new chip')), 'Ofer Brandt');
});

test('a quotation right after a sentence that opens with a person, in the same paragraph, is theirs', () => {
  const { quotes, speaker } = quotesOf([
    'The priest Hiro Tezka, 39, said the constitution had grown outdated.',
    'Yoshi Naitra, 77, opposed the idea. "The promise we made not to wage war has kept the country safe." He plans to vote for another party.',
  ]);
  assert.equal(speaker(find(quotes, 'kept the country safe')), 'Yoshi Naitra');
});

test('`X was quoted by Y saying` credits X, with or without `as`', () => {
  const { quotes, speaker } = quotesOf([
    'Deputy minister Sergei Radin was quoted by the Orsk News agency saying: "We see a tendency towards escalation and we are concerned."',
  ]);
  assert.equal(speaker(find(quotes, 'tendency towards escalation')), 'Sergei Radin');
});

test('a document named as the subject speaks for its owner, not for a word of its own name', () => {
  const { quotes, speaker } = quotesOf([
    'Harbor Corp told the Ledger it was looking into the emails.',
    'Harbor Corp’s Owner’s Manual clearly states: “Using company devices for anything illegal is against our rules.”',
  ]);
  assert.equal(speaker(find(quotes, 'against our rules')), 'Harbor Corp');
});

test('a post embedded with its signature is its author’s words; a dash and a date alone are not', () => {
  const { quotes, speaker } = quotesOf([
    'Ilse Varga announced the ferry’s first sailing on Friday.',
    'Ferry to sail next month from Pier 9 at the Cape. Double the room of the next largest ferry. pic.twitter.com/AbC123xyz — Ilse Varga (@ilsevarga) December 2, 2031',
    'The harbour board confirmed the date — and the price — on December 3, 2031',
  ]);
  const post = find(quotes, 'Ferry to sail next month');
  assert.equal(speaker(post), 'Ilse Varga');
  assert.ok(post?.text.endsWith('largest ferry.'), 'the post’s link is not its words');
  assert.ok(!find(quotes, 'confirmed the date'), 'no handle, no post');
  const signed = quotesOf([
    'Mayor Ilse Varga said the ferry would sail in March.',
    'The ferry sails in March, whatever the weather. — Ilse K. Varga (@ilsevarga) December 2, 2031',
  ]);
  assert.equal(
    signed.speaker(find(signed.quotes, 'whatever the weather')),
    'Ilse Varga',
    'a middle initial aside',
  );
});

test('a surname used alone before a relative of that name is introduced stays its own person', () => {
  const { quotes, analysis, speaker } = quotesOf([
    'Stretching out on a couch, Vadrell tells her story. Vadrell has offered a calm outlook over the years.',
    'Her father, Robert Vadrell, is a professor of music who thinks she is a genius.',
    'When asked about the affair at a premiere in President Orlak’s capital, she looked steely.',
    '“I used the word anger but I was more worried about crying,” she says now.',
  ]);
  const bare = analysis.entities.find((e) => e.name === 'Vadrell');
  assert.ok(bare, analysis.entities.map((e) => e.name).join(', '));
  assert.notEqual(speaker(find(quotes, 'more worried about crying')), 'Robert Vadrell');
  assert.notEqual(speaker(find(quotes, 'more worried about crying')), 'Orlak');
});

test('a gendered word before a name gives it that gender only when nothing links it elsewhere', () => {
  // `a woman in President Orlak’s capital`: the woman is not Orlak.
  const { quotes, speaker } = quotesOf([
    'Critics panned the play about a glamorous woman in President Orlak’s capital.',
    'Orlak was asked about the play on Friday. “I have not seen it,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'not seen it')), 'Orlak');
});

test('a speaker stays the one just speaking through the quotation going on after the cue', () => {
  const { analysis } = quotesOf([
    'Patrick Dellow said he had not spoken to his brother Stefan Dellow in years.',
    'Erik Dellow broke down in tears. “There is nothing I can say,” he said. He last heard from Stefan after the storm.',
    '“He texted me to ask about my mom,” Erik Dellow told reporters. “He sent her a walker.”',
    'He said the situation has been very difficult for their mother.',
  ]);
  const reported = analysis.quotes.find((q) => q.kind === 'reported' && q.text.includes('very difficult'));
  assert.equal(analysis.entities.find((e) => e.id === reported?.speaker)?.name, 'Erik Dellow');
});

test('the last person of an inverted subject is the speaker (`said Cubs fan Rod Galvo`), and MVP is a title', () => {
  const { quotes, analysis, speaker } = quotesOf([
    'Ben Tarrow and the Ashford Owls won the title.',
    '"There is no more curse now," said Owls fan Rod Galvo, 24.',
    'MVP Tarrow said at the presentation: "It is an unbelievable team to be a part of."',
  ]);
  assert.equal(speaker(find(quotes, 'no more curse')), 'Rod Galvo');
  assert.equal(speaker(find(quotes, 'unbelievable team')), 'Ben Tarrow');
  assert.ok(!analysis.entities.some((e) => e.name === 'MVP Tarrow'));
});

test('a role description opening a sentence is the person opening the one before, when the genders agree', () => {
  const { quotes, speaker } = quotesOf([
    'Talia Ronde is mourning the death of her cousin.',
    'The singer posted photos of herself with 21-year-old Devon Karr on Instagram, writing that she “can’t believe it was just last night.”',
  ]);
  assert.equal(speaker(find(quotes, 'just last night')), 'Talia Ronde');
  // Without a gender in the sentence, the description is left unresolved rather than guessed.
  const other = quotesOf([
    'Talia Ronde is mourning the death of her cousin.',
    'The director said failing to test the route was “one of my worst mistakes.”',
  ]);
  assert.equal(other.speaker(find(other.quotes, 'worst mistakes')), null);
});

test('two people joined as one subject give the words to neither', () => {
  const { quotes, speaker } = quotesOf([
    'Lorvan’s President Tem Aldo and Orskian leader Viktor Hale hailed their “stabilising” alliance today.',
  ]);
  assert.equal(speaker(find(quotes, 'stabilising')), null);
});

test('`“…,” the harbour master, Ana Roe, said`: any role set off before a name closed by commas names the speaker', () => {
  const { quotes, speaker } = quotesOf([
    '“The quay is in good shape,” the harbour master, Talia Ronde, said.',
    '“It held all night,” a local fisherman, Viktor Hale, said on Tuesday.',
  ]);
  assert.equal(speaker(find(quotes, 'in good shape')), 'Talia Ronde');
  assert.equal(speaker(find(quotes, 'held all night')), 'Viktor Hale');
});

test('a relative clause set off by dashes between a name and its verb (`Ana Roe – who survived – said`) leaves the name the speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Talia Ronde – who survived the crash – said: “I was lucky.”',
    '“Others were not,” Viktor Hale — who pulled her out — said.',
  ]);
  assert.equal(speaker(find(quotes, 'I was lucky')), 'Talia Ronde');
  assert.equal(speaker(find(quotes, 'Others were not')), 'Viktor Hale');
});

test('one person and a group of their own (`Ana Roe and her co-authors warned`) give the words to the person', () => {
  const { quotes, speaker } = quotesOf([
    'Talia Ronde and her co-authors warned that the tide model was “badly flawed”.',
    'Viktor Hale studies harbours. He and his colleagues predicted the quay would sink “by a metre”.',
  ]);
  assert.equal(speaker(find(quotes, 'badly flawed')), 'Talia Ronde');
  assert.equal(speaker(find(quotes, 'by a metre')), 'Viktor Hale');
});

test('a police title in abbreviations (`Asst Ch Con`) leaves the officer’s name whole', () => {
  const { analysis } = quotesOf([
    'Transport police Asst Ch Con Robin Hale said the force was investigating whether the driver fell asleep.',
    'He said officers would be “working through the night” at the scene.',
  ]);
  assert.ok(analysis.entities.some((e) => e.name === 'Robin Hale' && e.type === 'person'));
  const partial = analysis.quotes.find((q) => q.text === 'working through the night');
  assert.equal(analysis.entities.find((e) => e.id === partial?.speaker)?.name, 'Robin Hale');
});

test('an outlet given the words is not their speaker (`told the Ledger … and said`, `provided the Ledger a statement`)', () => {
  const { quotes, speaker } = quotesOf([
    'The emails were sent last year. Florida told the Ledger it is investigating the matter and said, "Our manual clearly states that it is against our policy."',
    'Harbor Corp provided the Ledger a statement by email, which read in part: “Our rules forbid it in every workplace.”',
  ]);
  assert.notEqual(speaker(find(quotes, 'against our policy')), 'Ledger');
  assert.equal(speaker(find(quotes, 'forbid it in every workplace')), 'Harbor Corp');
});

test('a participle after a comma goes on the name its sentence opens with, past an opening setting and a possessive', () => {
  const { quotes, speaker } = quotesOf([
    'Despite the rhetoric of recent weeks, Dana Korvel struck a softer note on Tuesday in the capital, expressing her hope for talks, urging Pyongyang to "come to the table".',
    'Orsk’s ambassador to the council Nika Hale, speaking before an emergency session today, said: "I think enough is enough."',
  ]);
  assert.equal(speaker(find(quotes, 'come to the table')), 'Dana Korvel');
  assert.equal(speaker(find(quotes, 'enough is enough')), 'Nika Hale');
});

test('a place or club before a role and a name is not the speaker: the person after the role is', () => {
  const { quotes, speaker } = quotesOf([
    'Orsk PM Dana Korvel said she was shocked and pledged to do "whatever we can to help".',
    '"We are pleased to extend our partnership," said Lantern League Chief Executive, Robin Hale.',
  ]);
  assert.equal(speaker(find(quotes, 'whatever we can')), 'Dana Korvel');
  assert.equal(speaker(find(quotes, 'extend our partnership')), 'Robin Hale');
});

test('an acronym the text names mid-sentence is a name where it opens a sentence too', () => {
  const { quotes, speaker } = quotesOf([
    'Carriers such as VLX, Sprint and Verizon have shipped the phone without the feature. VLX was quoted by the Orsk Ledger as saying, "We are evaluating the feature."',
  ]);
  assert.equal(speaker(find(quotes, 'evaluating the feature')), 'VLX');
});

test('a given name with a regal title is named with it; a father’s name is part of the whole name', () => {
  const { analysis } = quotesOf([
    'Pope Francis said on Sunday that the attacks were "a piecemeal war". Francis added that he was saddened.',
  ]);
  assert.ok(analysis.entities.some((e) => e.name === 'Pope Francis' && e.type === 'person'));
  assert.equal(bareName('Azharuddin Abdul Rahman'), 'Azharuddin Abdul Rahman');
  assert.equal(bareName('Physicist David Roe'), 'David Roe');
  // A given name after a word that is no English word is the second of two given names, not a title's.
  assert.equal(bareName('Yunfan Gerry Tao'), 'Yunfan Gerry Tao');
  assert.equal(bareName('CSO Omar Tal'), 'Omar Tal');
});

test('a man whose given name is mostly a woman’s: "he said" going on from his words outweighs the name', () => {
  const { quotes, speaker } = quotesOf([
    'Speaking at the plant in Ostrava, chief executive Satya Morel said that factories must cut their emissions.',
    '“The last decade taught us that waste costs more than it saves,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'waste costs more')), 'Satya Morel');
});

test('"According to the friend, Roe …" opens with a phrase: it gives Roe no role, so "the friend said" is not Roe', () => {
  const { quotes, speaker } = quotesOf([
    'Officials named the missing climber as Ivo Brandt, 24.',
    'According to the friend, Brandt had climbed the ridge twice before.',
    '“He knew every ledge of it,” the friend said.',
  ]);
  assert.equal(speaker(find(quotes, 'every ledge')), null);
});

test('a surname the text gives an honorific makes its full name a person’s, whatever precedes it', () => {
  const { analysis } = quotesOf([
    'New Harmony’s Zoltaris Varkonyi met the leaders of the other parties on Monday.',
    'Mr Varkonyi said: "We need a government of national salvation."',
  ]);
  assert.ok(analysis.entities.some((e) => e.name === 'Zoltaris Varkonyi' && e.type === 'person'));
});

test('more cues: `spoke of`, an inverted `conceded`, `the first lady`, a relative `who told`, a website `which said`', () => {
  const { quotes, speaker } = quotesOf([
    'Orsk President Dana Korvel spoke of "an outrageous attempt to terrorise innocent civilians" on Friday.',
    '"It is frustrating that he should take less money than we offered," conceded Robin Hale.',
    'First lady Mara Velkova visited a school in Lisk on Monday.',
    'The family wants to rescue a dog. "Temperamentally, they are supposed to be good," the first lady said.',
    'The article included a quote from Mr Tobias Varn, who told the magazine, "Nothing is more important to her than the school."',
    'The news was first broken by Orsk United’s website, which said in a statement: "The club has sold the rights of the striker."',
  ]);
  assert.equal(speaker(find(quotes, 'outrageous attempt')), 'Dana Korvel');
  assert.equal(speaker(find(quotes, 'less money')), 'Robin Hale');
  assert.equal(speaker(find(quotes, 'Temperamentally')), 'Mara Velkova');
  assert.equal(speaker(find(quotes, 'Nothing is more important')), 'Tobias Varn');
  assert.equal(speaker(find(quotes, 'sold the rights')), 'Orsk United');
});

test('a double mark right after a closing single one closes the quotation around it', () => {
  const { quotes, speaker } = quotesOf([
    'Mara Velkova met her husband at a law firm in Lisk.',
    '"I went to Harvard, and the firm thought, \'Oh, we\'ll hook these two people up,\'" Velkova said. "So there was a little intrigue."',
  ]);
  assert.equal(speaker(find(quotes, 'I went to Harvard')), 'Mara Velkova');
  assert.equal(speaker(find(quotes, 'little intrigue')), 'Mara Velkova');
});

test('a club’s prefix makes an organisation of a name that reads like a person’s', () => {
  const words = (name: string) =>
    name.split(' ').map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length }));
  for (const name of ['AC Milan', 'FC Porto', 'Ajax FC']) {
    const votes = formVotes(words(name));
    assert.ok(votes.organization > votes.person, name);
  }
});

test('`…,” read a statement by his spokesman`, and `“…,” as Roe calls it`', () => {
  const { quotes, speaker } = quotesOf([
    'Secretary-General Tobias Varn revealed that talks would be held next week.',
    'Varn called on the leadership "to cease further testing and allow space for dialogue," read a statement by his spokesman.',
    'Mara Velkova spoke to the council on Monday. And that brings us to "the harbour of it all," as Velkova calls it.',
    'Orsk Air said the flight was late. "We are sorry for the delay to our passengers," read a company statement.',
  ]);
  assert.equal(speaker(find(quotes, 'cease further testing')), 'Tobias Varn');
  assert.equal(speaker(find(quotes, 'the harbour of it all')), 'Mara Velkova');
  assert.equal(speaker(find(quotes, 'sorry for the delay')), 'Orsk Air');
});

test('an unnamed spokesperson right after a sentence an organisation opens speaks for it', () => {
  const { quotes, speaker } = quotesOf([
    'Some owners of the new phone say its camera fails after a week. Velmora Electronics has now confirmed that it is aware of the reports. In a statement, a company spokesperson told the Ledger, "We have learned that a limited number of phones may have an issue with the camera."',
  ]);
  assert.equal(speaker(find(quotes, 'limited number of phones')), 'Velmora Electronics');
});

test('`But he added:` opens on a conjunction: he is the one just speaking', () => {
  const { quotes, speaker } = quotesOf([
    'Speaking to reporters on Tuesday, Velmora Ferries chief executive Tobias Varnholt said: "We do not know why the engine failed."',
    'But he added: "The report we shared with the families last night is the reality we must now accept."',
    'And she said Mara Velkova would lead the inquiry.',
  ]);
  assert.equal(speaker(find(quotes, 'the reality we must')), 'Tobias Varnholt');
});

test('one who calls someone “whole sentences of speech” is speaking, and a later `he` is them', () => {
  const { quotes, speaker } = quotesOf([
    '“The crew were very surprised when the storm came in,” Ilse Varn said of the first night at sea. “We all were.”',
    'Director Tobias Roe called Varn “a gift of a captain to work with. He’d just get on with it.” But he also noted that they did not get on at first, because “he was strict at the start, the way a captain has to be.”',
  ]);
  assert.equal(speaker(find(quotes, 'a gift of a captain')), 'Tobias Roe');
  assert.equal(speaker(find(quotes, 'strict at the start')), 'Tobias Roe');
});

test('`he delivered this statement:` gives the next paragraph’s words to him', () => {
  const { quotes, speaker } = quotesOf([
    'President Tobias Varnholt addressed the nation on Friday night as the storm reached the coast.',
    'After the floods of January, he delivered this statement:',
    '"Even though our country has faced this before, it must stand together again tonight."',
  ]);
  assert.equal(speaker(find(quotes, 'stand together again')), 'Tobias Varnholt');
});

test('a quotation attributed after it (`…,” stated Roe.`) goes on over a caption line set before its next paragraph', () => {
  const { quotes, speaker } = quotesOf([
    '"I thought about what we could do next year, and there is nothing we can do at all," stated Tobias Varnholt.',
    'Harbour chairman Ilse Roe',
    '"I was looking around the bench thinking who I could bring on, and I saw nobody at all."',
  ]);
  assert.equal(speaker(find(quotes, 'looking around the bench')), 'Tobias Varnholt');
});

test('a subject whose name opens on initials (`harbour pilot A.Q. Roe congratulated`) is the whole name', () => {
  const { quotes, speaker } = quotesOf([
    'Harbour pilot A.Q. Roe congratulated Varn on “one hell of a career.”',
  ]);
  assert.equal(speaker(find(quotes, 'one hell of a career')), 'A.Q. Roe');
});

test('`she also wrote` after words the text gave to no one named stays unnamed, never the person mentioned meanwhile', () => {
  const { quotes, speaker } = quotesOf([
    'The singer posted photos of herself with 21-year-old Kesh Orlenne on Tuesday, writing that she “cannot believe it was just last night that I held you.”',
    'Orlenne died Tuesday after being shot in Velmora. She also wrote, “Never thought that would be the last time I saw you, love you always.”',
  ]);
  assert.equal(speaker(find(quotes, 'Never thought that would be')), null);
});

test('`he` after a setting and an unnamed person (`At 10:08 p.m., an officer … “…,” he says.`) is that unnamed person', () => {
  const { quotes, speaker } = quotesOf([
    '“It had been going on for at least ten minutes,” said Tobias Varnholt, a singer who was on stage when the shooting began.',
    'At 10:08 p.m., an officer on the scene sounds the alarm. “We got shots fired,” he says.',
  ]);
  assert.equal(speaker(find(quotes, 'We got shots fired')), null);
});

test('a speech verb joined by `and` to the sentence’s earlier one shares its subject, not the reported clause’s', () => {
  const { quotes, speaker } = quotesOf([
    'Coach Tobias Varnholt, 65, retired on Monday after six seasons with the Harbour Gulls.',
    'Varnholt said the Gulls had the best owner in the league “by far” and called general manager Ilse Roe his “little sister.”',
  ]);
  assert.equal(speaker(find(quotes, 'little sister')), 'Tobias Varnholt');
});

test('`said the Norway captain` is a person the country only qualifies, never the country itself', () => {
  const { quotes, speaker } = quotesOf([
    'Harbour Gulls have signed striker Tobias Varnholt from Velmora for a fee of about 30 million crowns.',
    '“I am here for the challenge,” said the Norway captain.',
    '“We will not pay,” said the Kremlin spokesman.',
  ]);
  const captain = find(quotes, 'here for the challenge');
  assert.ok(captain);
  assert.notEqual(captain.speaker, 'place:NO');
  assert.equal(captain.speakerText, 'the Norway captain');
  assert.equal(speaker(find(quotes, 'We will not pay')), 'Kremlin');
});

test('a state opening its clause speaks by the participle of its verb (`South Korea retaliated by threatening to “…”`)', () => {
  const { quotes, speaker } = quotesOf([
    'South Korea also retaliated by threatening to “exterminate” the regime.',
  ]);
  assert.equal(speaker(find(quotes, 'exterminate')), 'South Korea');
});

test('`said the Norway manager` is the one just speaking, never a player named in between', () => {
  const { quotes, speaker } = quotesOf([
    'Ilse Roe’s miss, in a five minute period which saw Tobias Varnholt and Ana Lind find the woodwork, left Pavel Doe disconsolate last night. “When you miss the penalty you think you should have won it,” he said. “If you play that game ten times you win it more than you lose it,” said the Norway manager.',
  ]);
  assert.equal(speaker(find(quotes, 'play that game ten times')), 'Pavel Doe');
  const between = quotesOf([
    '“When you miss the penalty you think you should have won it,” Pavel Doe said. Tobias Varnholt hit the post twice. “If you play that game ten times you win it more than you lose it,” said the Norway manager.',
  ]);
  assert.equal(between.speaker(find(between.quotes, 'play that game ten times')), null);
});

test('`said Velmora’s chief, Ana Roe` is the person in the appositive, not the organisation owning the role', () => {
  const { quotes, speaker } = quotesOf([
    'The Velmora Shipping Board has released a map of the two routes.',
    '“The more we learn, the less we fear a storm,” said the Velmora Shipping Board’s head, Ana Roe.',
  ]);
  assert.equal(speaker(find(quotes, 'the less we fear')), 'Ana Roe');
});

test('`the Velmora leader` is the one the text tied to Velmora, never the leader of another party', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe met the leader of Orsk, Pavel Doe, after talking to the president.',
    'Roe later met Ilse Lind, whose Velmora party came third in the election.',
    '“The country needs a government right away,” the Velmora leader told reporters.',
    '“We will join no coalition,” the Orsk leader said.',
  ]);
  assert.equal(speaker(find(quotes, 'needs a government')), 'Ilse Lind');
  assert.equal(speaker(find(quotes, 'join no coalition')), 'Pavel Doe');
});

test('an `according to` after a quotation’s own attribution is the source it came through: the next quotation stays the speaker’s', () => {
  const { quotes, speaker } = quotesOf([
    '“I am close to the families of the victims,” Mayor Ana Roe said in the interview, according to a statement from the Velmora Council. “I am moved, and I am saddened.”',
  ]);
  assert.equal(speaker(find(quotes, 'I am moved')), 'Ana Roe');
});

test('a name after its clause’s subject and verb is an object: `He said` after it goes on with the last speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Harbour Gulls manager Tobias Varnholt admits the club cannot compete with the big clubs.',
    'Varnholt says he has tried to balance the books since taking over in June.',
    'He said: “We cannot compete with the big clubs.”',
    'Varnholt, whose side visit Orsk on Saturday, added: “Everybody in football has their price.',
    '“Time and again we have said we are balancing the books.”',
    'But the former Velmora manager is also content with his squad after signing Pavel Doe and Ilse Lind from Orsk.',
    'He said: “We lost two players, so it was two chunks of experience out of the squad.”',
  ]);
  assert.equal(speaker(find(quotes, 'two chunks of experience')), 'Tobias Varnholt');
});

test('`Among the fans was Kevin Roe`: a name after an inverted verb is the subject, who speaks next', () => {
  const { quotes, speaker } = quotesOf([
    'Among the reveling Gulls fans was Kevin Roe, a Harlow lawyer wearing a vintage Pavel Doe jersey. “I have been a fan for 55 years,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'a fan for 55 years')), 'Kevin Roe');
});

test('a role given in the plural (`journalists Ana Roe and Ivo Doe`) makes `the journalist` the one given it', () => {
  const { quotes, speaker } = quotesOf([
    'Independent journalists Ana Roe and Ivo Doe obtained a video of the convoy on the border last year.',
    'Roe told the Harlow Courier that the commander was giving orders.',
    '“You can see a fighter who is ready to climb the ranks,” said the journalist.',
  ]);
  assert.equal(speaker(find(quotes, 'ready to climb the ranks')), 'Ana Roe');
});

test('a term in marks inside the clause does not end it: the participle after it goes on the clause’s subject', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe appeared on a morning show in Harlow last week.',
    'She addressed her “lazy” remark directly, saying “I think what I meant was that we all need more rest.”',
    'Greeting Doe as her “old rival”, Roe struck a warmer note, saying “the league is better with both of us in it”.',
  ]);
  assert.equal(speaker(find(quotes, 'we all need more rest')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'better with both of us')), 'Ana Roe');
});

test('`Velotram, which is owned by Orsk Group, told …`: a word the relative clause shows is a business speaks', () => {
  const { quotes, speaker } = quotesOf([
    'Ten safety alerts were issued on the line before the crash.',
    'However, Velotram, which is owned by Orsk Group, told the Harlow Courier the incidents were “all very different from each other”.',
  ]);
  assert.equal(speaker(find(quotes, 'all very different')), 'Velotram');
});

test('a sentence placing someone in a picture (`Roe (center in the black hat) was among the fans`) is a caption: no one a `he` stands for', () => {
  const { quotes, speaker } = quotesOf([
    'The Gulls won the title for the first time since 1908.',
    'Actor Pavel Doe (center in the black hat) was another of the famous Gulls fans to make the trip.',
    '“I just had to remind everybody who we are,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'remind everybody who we are')), null);
});

test('a fragment in the words of someone the sentence reports is theirs, not the reporter’s (`Roe said X was “…”, Doe told reporters`)', () => {
  const { quotes, speaker } = quotesOf([
    'Prime Minister Ilse Lind said she spoke to President Pavel Doe on Tuesday.',
    'Doe also said Velmora was “fully behind the islands”, Lind told reporters.',
  ]);
  assert.equal(speaker(find(quotes, 'fully behind the islands')), 'Pavel Doe');
});

test("two closing singles standing for a double (`\"…,'' said Roe`) close the quote before an inverted attribution", () => {
  const { quotes, speaker } = quotesOf([
    "\"The objects are a reasonable size and probably awash with water,'' said Tomas Berg, head of the search team.",
  ]);
  const q = find(quotes, 'reasonable size');
  assert.equal(speaker(q), 'Tomas Berg');
  assert.ok(q && !q.text.includes("'"), q?.text);
});

test('`Velmora League chief executive, Ana Roe, said:` is the person in apposition to the organisation’s role', () => {
  const { quotes, speaker } = quotesOf([
    'The highlights will be shown on Saturday evenings.',
    'Velmora League chief executive, Ana Roe, said: “The highlights are extremely important to the reach of the league.”',
  ]);
  assert.equal(speaker(find(quotes, 'extremely important')), 'Ana Roe');
});

test('an unclosed appositive of a bare role (`Ilse Lind, board member of Orsk Media Group also said:`) leaves the person as subject', () => {
  const { quotes, speaker } = quotesOf([
    'The league signed a six-year deal with Orsk Media Group on Monday.',
    'Ilse Lind, board member of Orsk Media Group also said: “The league has a profound understanding of the market.”',
  ]);
  assert.equal(speaker(find(quotes, 'profound understanding')), 'Ilse Lind');
});

test('a surname the body uses alone takes the whole name only a heading or caption gives (`Gulls boss Tomas Lindqvist`)', () => {
  const { quotes, speaker } = quotesOf([
    'The Harbour Gulls have completed the signing of striker Pavel Doe from Orsk for a fee of about 30 million crowns.',
    { kind: 'heading', text: 'Gulls boss Tomas Lindqvist' },
    'Doe said: “I am here for the challenge.”',
    'Gulls manager Lindqvist said: “Today is a day when the dream became reality.”',
  ]);
  assert.equal(speaker(find(quotes, 'the dream became reality')), 'Tomas Lindqvist');
});

test('`some said to be “bright”` is hearsay, no cue: the quoted word is the speaker’s who ends the sentence', () => {
  const { quotes, speaker } = quotesOf([
    'The objects ranged from one to 23 metres long, with some said to be “bright”, possibly a sign of solid material, Orsk’s acting transport minister Hamid Vellan said.',
  ]);
  assert.equal(speaker(find(quotes, 'bright')), 'Hamid Vellan');
});

test('a partial quotation in the first person is the words of the one person its sentence names before it', () => {
  const { quotes, speaker } = quotesOf([
    'Ilse Marchetti has written a book about the gardens of Varn.',
    'In it, Marchetti holds out the old orchard on the hill as “an expression of my hopes” for the town.',
    'Tomas Brandt then played the “I have lived here longer than you” card, and Ana Roe sided with Ben Lee on “my own street”.',
  ]);
  assert.equal(speaker(find(quotes, 'expression of my hopes')), 'Ilse Marchetti');
  // (An attitude after a determiner is no one's words; two people before it leave the words to neither.)
  assert.equal(speaker(find(quotes, 'lived here longer')), null);
  assert.equal(speaker(find(quotes, 'my own street')), null);
});

test('a quotation in brackets right after a name is that person’s words (`Ana Roe (“…”), Ben Lee and …`)', () => {
  const { quotes, speaker } = quotesOf([
    'The remark drew anger from singers: Ana Roe (“Women in music do not need to step up, they have been stepping up all along”), Ben Lee and Cara Voss all condemned it.',
    'Critics (“a disgrace”) were many.',
  ]);
  assert.equal(speaker(find(quotes, 'stepping up all along')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'a disgrace')), null);
});

test('in an interview’s answer (`Ana Roe: I told him, “…”`), `I` is the one the answer is labelled with', () => {
  const { quotes, speaker } = quotesOf([
    'Ledger: You made your husband quit smoking. Do you give him a break?',
    'Ana Roe: I told him, “Figure out another coping mechanism.” He is chewing gum instead.',
    'I told the Ledger, “We will be home for dinner.”',
  ]);
  assert.equal(speaker(find(quotes, 'coping mechanism')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'home for dinner')), null);
});

test('an unnamed noun named after all (`Another spectator, Fahmi, was …`) is that person: a later `he` is them', () => {
  const { quotes, speaker, analysis } = quotesOf([
    'Another spectator, Karo, was in the crowd on the lower level when he heard a noise.',
    '“First of all I thought it was part of the show,” he told the Ledger.',
  ]);
  assert.equal(analysis.entities.find((e) => e.name === 'Karo')?.type, 'person');
  assert.equal(speaker(find(quotes, 'part of the show')), 'Karo');
});

test('`the Ledger cited X as saying` is X speaking, as `quoted … as saying` is, never the last organisation', () => {
  const { quotes, speaker } = quotesOf([
    'The Velmora Harbour Board issued a flood warning for the river town on Tuesday.',
    '“The water will be at the wall by midnight,” the Ledger cited the Orsk News Agency as saying.',
    'The Ledger cited harbour master Ana Roe as saying: “The gates will hold.”',
  ]);
  assert.notEqual(speaker(find(quotes, 'at the wall by midnight')), 'Velmora Harbour Board');
  assert.equal(speaker(find(quotes, 'The gates will hold')), 'Ana Roe');
});

test('`the statement said` is the words of whoever issued the statement, not a spokesperson still to be found', () => {
  const { quotes, speaker } = quotesOf([
    '“The man was charged,” the Lisk Harbour Authority said in a statement.',
    'The announcement came a day after police arrested nine people.',
    '“The other man was released,” the statement said.',
  ]);
  assert.equal(speaker(find(quotes, 'The man was charged')), 'Lisk Harbour Authority');
  assert.equal(speaker(find(quotes, 'other man was released')), 'Lisk Harbour Authority');
});

test('`deemed` names something in the subject’s words, as `called` does', () => {
  const { quotes, speaker } = quotesOf(['President Ana Roe deemed the bombings “an act of war.”']);
  assert.equal(speaker(find(quotes, 'an act of war')), 'Ana Roe');
});

test('a people’s noun (`the Scot`, `the Frenchman`) is no name: `the Scot added` goes on the one speaking', () => {
  const { quotes, speaker, analysis } = quotesOf([
    'Alan Roe spoke on Friday. He said: “We cannot compete.” The Scot added: “They are on a different planet.”',
  ]);
  assert.ok(!analysis.entities.some((e) => e.name === 'Scot'));
  assert.equal(speaker(find(quotes, 'different planet')), 'Alan Roe');
});

test('words told to the one reporting them (`she told the Ledger he had told her “…”`) are the reporter’s quote', () => {
  const { quotes, speaker } = quotesOf([
    'Marta Vell called her son, Ivo, after the crash. She told the Ledger that he had told her “the driver had fallen asleep”.',
    'Ana Roe said Ben Lee told reporters that the plan was “dead”.',
  ]);
  assert.equal(speaker(find(quotes, 'fallen asleep')), 'Marta Vell');
  assert.equal(speaker(find(quotes, 'dead')), 'Ben Lee');
});

test('`the 69-year-old singer` is the singer of that age, never a singer the text gives another age', () => {
  const { quotes, speaker } = quotesOf([
    'Singer Ivo Marr, 69, joked about the show. Singer Ana Roe, 31, said the band was tired.',
    '“You gotta pace yourself,” the 69-year-old singer said.',
  ]);
  assert.equal(speaker(find(quotes, 'pace yourself')), 'Ivo Marr');
  // A singer the text gave no age is not the one an age describes: the story's own subject is.
  const other = quotesOf([
    '“I’ll keep the poetry to a minimum,” Ivo Marr told the BBC. He still owns the dress, adding: “I can still get into it.”',
    'Sir Ivo said he would phone Harlow singer Ben Lee for advice. “It is quite a difficult gig,” Sir Ivo added. “You have to learn from their experiences.”',
    'Lee later said the band was “a bit freaked out” and the singer wore the wrong shoes.',
    'The band has also announced a tour, beginning in May.',
    '“You gotta pace yourself,” the 69-year-old singer said.',
  ]);
  assert.equal(other.speaker(find(other.quotes, 'pace yourself')), 'Ivo Marr');
});

test('a quotation closed with an opening mark (`…experience, “ said Roe`) still closes there', () => {
  const { quotes, speaker } = quotesOf([
    '“No one should be surprised; it was an everyday experience, “ said Ivo Marr, a law professor.',
    'He said: “ We will rebuild the bridge.”',
  ]);
  const q = find(quotes, 'No one should');
  assert.equal(q?.text, 'No one should be surprised; it was an everyday experience');
  assert.equal(speaker(q), 'Ivo Marr');
  assert.equal(find(quotes, 'rebuild')?.text, 'We will rebuild the bridge.');
});

test('a paragraph that closes a quotation it never opened (the opening mark lost) is a quote from its start', () => {
  const { quotes, speaker } = quotesOf([
    'Ivo Marr spoke to reporters on Monday.',
    'We cannot give you the number of people who were hurt yet,” the harbour master, Ivo Marr, said.',
    'The boys’ parents said “no” at once, and the talks ended.',
  ]);
  const q = find(quotes, 'We cannot give you');
  assert.equal(q?.text, 'We cannot give you the number of people who were hurt yet');
  assert.equal(speaker(q), 'Ivo Marr');
  assert.ok(!quotes.some((x) => x.text.startsWith('The boys')));
});

test('`she’s demanded` is `she` speaking; `scoffs` is a cue', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe runs the programme. In the past, she’s demanded that food companies “entirely rethink” their products.',
    'Instead, writer Ivo Marr scoffs, the programme has embraced “safely domestic causes” like gardening.',
  ]);
  assert.equal(speaker(find(quotes, 'entirely rethink')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'safely domestic causes')), 'Ivo Marr');
});

test('a plain `he said` right after an unnamed man’s words goes on with him, not with the man he spoke of', () => {
  const { quotes, speaker } = quotesOf([
    'Omar Vell was flagged in 2010. His brother, 34, told a news agency he had not seen Vell for years.',
    '“It is crazy, insane,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'crazy, insane')), null);
});

test("a quotation in doubled single marks (`''We will…''`) that opens a paragraph goes on with the last speaker", () => {
  const { quotes, speaker } = quotesOf([
    'Mr Vell said he had spoken to the harbour master and was asked to lead the search.',
    "''I agreed that we would do so. I offered more boats, which he accepted.''",
    "''I wish to assure the council that we will do our duty,'' Mr Vell said.",
    "''We will do our duty to the families of the crew who are still waiting for news.''",
  ]);
  assert.equal(speaker(find(quotes, 'I agreed that')), 'Vell');
  assert.equal(speaker(find(quotes, 'We will do our duty to the families')), 'Vell');
});

test('a paragraph’s quotation right after `Outlet iReporter Ana Roe was …` is hers, not the outlet’s', () => {
  const { quotes, speaker } = quotesOf([
    'Lisk Daily iReporter Ana Roe of Varnok was staying five minutes from the café.',
    '“I heard an explosion and then what sounded like gunfire. I grabbed my phone and filmed.”',
  ]);
  assert.equal(speaker(find(quotes, 'I heard an explosion')), 'Ana Roe');
});

test('a passive (`Ana Roe was told to leave`, `is said to be`) gives no reported speech by its subject', () => {
  const { analysis } = quotesOf([
    'Ana Roe was told to leave the building at once. Ivo Marr is said to be ill with a cold.',
    'Lena Vance said the building was closed for the night.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.deepEqual(
    reported.map((q) => q.text),
    ['the building was closed for the night'],
  );
});

test('a speech verb with no words after it reports nothing: a passive agent, a participle, a clock time, "the same thing"', () => {
  const { analysis, speaker } = quotesOf([
    'The scheme, monitored and reported by Vell Watch, worked like this: nine firms took out loans from Orsk Bank.',
    'A van driven by Ana Roe, no age or address reported, was southbound on Mill Road when a deer crossed.',
    'Mill Road is closed due to a gas leak, Varnby Police Department reported at 1:30 p.m. on Nov. 8.',
    'What happens when Ivo Marr and Lena Vance said the same thing at the same meeting?',
    'Tom Hale said on Monday the bridge would reopen in May, and Mia Dorn told this newspaper.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.deepEqual(
    reported.map((q) => [q.text, speaker(q)]),
    [['the bridge would reopen in May', 'Tom Hale']],
  );
});

test('an inverted verb before a bare role and a name reports the clause before it (`…, says personal trainer Ana Roe.`)', () => {
  const { analysis, speaker } = quotesOf([
    'Strength training matters more as you age, says certified personal trainer Ana Roe.',
    'The couple, who married in 2013, said in a statement that they would stay friends.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.equal(speaker(find(reported, 'Strength training matters')), 'Ana Roe');
  assert.ok(!find(reported, 'who married in 2013'), reported.map((q) => q.text).join(' | '));
});

test('features’ verbs of telling are cues: `,” shared Mr. Roe`, `she recollected`, `X highlights that “…”`', () => {
  const { quotes, speaker } = quotesOf([
    '“I kept every letter,” shared Mr. Tomas Hale. “They are all I have left,” he recollected.',
    'Lena Vance, deputy manager of Orsk Air, highlights that “the market is recovering fast.”',
  ]);
  assert.equal(speaker(find(quotes, 'I kept every letter')), 'Tomas Hale');
  assert.equal(speaker(find(quotes, 'all I have left')), 'Tomas Hale');
  assert.equal(speaker(find(quotes, 'recovering fast')), 'Lena Vance');
});

test('a letter is not the last speaker’s when the text named it without its author, or as someone unnamed’s', () => {
  const { quotes, speaker } = quotesOf([
    'Board chair Ivo Marr answered the letter: “We welcome the points raised in this letter,” he said.',
    'Six senior producers called the board “out of touch” in a joint letter on Monday.',
    'The letter also said that women were shut out of the awards. “The comments are part of a larger problem,” the letter stated.',
    'The producers’ letter adds, “we are ready to serve on the task force.”',
  ]);
  assert.equal(speaker(find(quotes, 'We welcome the points')), 'Ivo Marr');
  assert.equal(speaker(find(quotes, 'part of a larger problem')), null);
  assert.equal(speaker(find(quotes, 'ready to serve')), null);
});

test('`according to <organisation> <role> <name>` is the person’s, not the organisation’s', () => {
  const { quotes, speaker } = quotesOf([
    'According to Orsk Bank chief economist Lena Vance, rates will “rise again in May.”',
  ]);
  assert.equal(speaker(find(quotes, 'rise again in May')), 'Lena Vance');
});

test('reported words start after when, where and to whom they were said; a group named after a person is not the person', () => {
  const { analysis, speaker } = quotesOf([
    'Ana Roe said Wednesday that the bridge would reopen. Tom Hale argued in court that the fine was void.',
    'Mia Dorn told voters she would fight for the mill. Ivo Marr told Sen. Lena Vance (D-Orsk) that the vote would pass.',
    'The harbour will cost more, Kai Lund said Thursday, though he gave no figure.',
    'The Hale administration told the court that the rule was lawful. The Orsk economy added 136,000 jobs in May.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  const said = (words: string) => {
    const q = find(reported, words);
    return q ? [q.text, speaker(q)] : null;
  };
  assert.deepEqual(said('bridge would reopen'), ['the bridge would reopen', 'Ana Roe']);
  assert.deepEqual(said('fine was void'), ['the fine was void', 'Tom Hale']);
  assert.deepEqual(said('fight for the mill'), ['she would fight for the mill', 'Mia Dorn']);
  assert.deepEqual(said('vote would pass'), ['the vote would pass', 'Ivo Marr']);
  assert.equal(said('though he gave no figure'), null);
  assert.deepEqual(said('rule was lawful'), ['the rule was lawful', null]);
  assert.equal(said('136,000 jobs'), null);
});

test('reported speech by someone a name only qualifies is no one named (`The Senate minority leader said`); a spokesman still speaks for the body', () => {
  const { analysis, speaker } = quotesOf([
    'The Orsk navy chief warned that ships would be seized. The Senate minority leader said the bill was dead.',
    'A Velmora Air spokesman said the flight was delayed. Sen. Ana Roe, Utah Republican, said she was sickened.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.equal(speaker(find(reported, 'ships would be seized')), null);
  assert.equal(speaker(find(reported, 'bill was dead')), null);
  assert.equal(speaker(find(reported, 'flight was delayed')), 'Velmora Air');
  assert.equal(speaker(find(reported, 'she was sickened')), 'Ana Roe');
});

test('a lawmaker’s party and state in brackets leave the name the subject (`House Speaker Ana Roe (D-Orsk) told`)', () => {
  const { quotes, speaker } = quotesOf([
    '“We will not back down,” House Speaker Ana Roe (D-Calif.) told reporters.',
    '“That is not true,” interjected Senate Majority Leader Tom Hale.',
  ]);
  assert.equal(speaker(find(quotes, 'not back down')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'not true')), 'Tom Hale');
});

test('"the Democrat" or "a Republican" who speaks is one of the party’s members, not the party', () => {
  const { analysis, speaker } = quotesOf([
    'The Democratic Party met in Orsk. The Democrat, who served two terms as governor, said the plan would fail.',
    '“We will win,” said one Republican in the Republican Party’s caucus.',
  ]);
  assert.equal(speaker(find([...analysis.quotes], 'the plan would fail')), null);
  assert.equal(speaker(find([...analysis.quotes], 'We will win')), null);
});

test('a participle after a clause that opens on someone unnamed is theirs, not a name in its object', () => {
  const { quotes, speaker } = quotesOf([
    'A federal judge on Tuesday blocked the Deferred Relief for Varn Arrivals program from ending, declaring the plan “arbitrary and capricious.”',
    'A couple of days after the vote, Ana Roe walked back her remarks, saying she regretted “not being clear.”',
  ]);
  assert.equal(speaker(find(quotes, 'arbitrary and capricious')), null);
  assert.equal(speaker(find(quotes, 'not being clear')), 'Ana Roe');
});

test('reported words after the setting (`told me over the phone that`, `in an internal memo that`, `last year`); none after `according to`, a hypothetical `should have told` or `added to`', () => {
  const { analysis, speaker } = quotesOf([
    'Ana Roe told me over the phone that the mill would close. Tom Hale said in an internal memo that the port would open.',
    'Mia Dorn said last year the firm had met its goal. The mill will close, he said according to a transcript.',
    'She should have told him where to put that plan. The drug had a bulking agent added to increase its weight.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  const said = (words: string) => {
    const q = find(reported, words);
    return q ? [q.text, speaker(q)] : null;
  };
  assert.deepEqual(said('mill would close'), ['the mill would close', 'Ana Roe']);
  assert.deepEqual(said('port would open'), ['the port would open', 'Tom Hale']);
  assert.deepEqual(said('met its goal'), ['the firm had met its goal', 'Mia Dorn']);
  assert.equal(said('according to a transcript'), null);
  assert.equal(said('where to put that plan'), null);
  assert.equal(said('increase its weight'), null);
});

test('a state’s ministry or agency speaks as itself; a person’s administration officials are no one named; a byline reports nothing', () => {
  const { analysis, speaker } = quotesOf([
    'The Norwegian space agency said the launch was delayed. Chile’s health ministry said the virus had spread.',
    'Hale administration officials said the talks would resume. Stella Roe reported from Varn, and Tom Dorn from Orsk.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.equal(speaker(find(reported, 'launch was delayed')), 'Norwegian space agency');
  assert.equal(speaker(find(reported, 'virus had spread')), 'Chile’s health ministry');
  assert.equal(speaker(find(reported, 'talks would resume')), null);
  assert.equal(find(reported, 'and Tom Dorn'), undefined);
});

test('`X has reacted by saying “…”`: the clause’s subject speaks, not a body named before it', () => {
  const { quotes, speaker } = quotesOf([
    'The Varn Assembly voted on Monday. The Orsk Department of Justice has reacted by saying “the vote is meaningless.”',
  ]);
  assert.equal(speaker(find(quotes, 'the vote is meaningless')), 'Orsk Department of Justice');
});

test('reported speech after an appositive naming others is the appositive’s head’s (`Roe, the physician to Doe and Hale, has denied`)', () => {
  const { analysis, speaker } = quotesOf([
    'Ronny Roe, the physician to presidents Ana Doe and Tomas Hale, has denied that he drank on duty.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.equal(speaker(find(reported, 'drank on duty')), 'Ronny Roe');
});

test('a clause that opens on a name qualifying a role speaks as no one named (`Varn election officials disputed …, saying`); `front-runner Ana Roe` is Roe', () => {
  const { quotes, speaker } = quotesOf([
    'Varn election officials disputed the claim, saying the video showed “normal ballot processing.”',
    'Democratic front-runner Ana Roe attacked the plan, calling the remarks “dangerous.”',
  ]);
  assert.equal(speaker(find(quotes, 'normal ballot processing')), null);
  assert.equal(speaker(find(quotes, 'dangerous')), 'Ana Roe');
});

test('a document speaks for whoever issued it (`a statement released by the news agency read`), a state paper too', () => {
  const { quotes, speaker } = quotesOf([
    'State media has yet to mention the launch, but a commentary published in the Norvan Daily newspaper Friday said “no pressure will ever work on us.”',
    '“The army and the people are demanding that the culprits be punished,” a statement released by the Lisk Central News Agency read.',
  ]);
  assert.equal(speaker(find(quotes, 'no pressure will ever')), 'Norvan Daily');
  assert.equal(speaker(find(quotes, 'the culprits be punished')), 'Lisk Central News Agency');
});

test('a speaker’s aside before the verb (`Kim, for his part has described …`) leaves the speaker the subject', () => {
  const { quotes, speaker } = quotesOf([
    'Lena Vance has mocked Ivo Marr as ‘fat’. Marr, for his part has described Vance as a ‘mentally deranged old dotard.’',
  ]);
  assert.equal(speaker(find(quotes, 'mentally deranged')), 'Ivo Marr');
});

test('quoted words in a view someone holds are theirs (`Roe believes the talks will “go nowhere”`)', () => {
  const { quotes, speaker } = quotesOf([
    'Analyst Ana Roe believes the talks will “go nowhere fast” unless the two sides meet in person.',
    'Ivo Marr wishes, without going into detail, that the council would speak out on “the tough issues of our time”.',
  ]);
  assert.equal(speaker(find(quotes, 'go nowhere fast')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'tough issues')), 'Ivo Marr');
});

test('a written work’s words after a colon are its author’s (`stitched a poem by the artist Jana Holt into her dress: “…”`)', () => {
  const { quotes, speaker } = quotesOf([
    'In a gesture seen as protest, Mira Lund stitched a poem by the artist Jana Holt into her dress: “Rejoice, our times are hard. Take courage, for the worst is near.”',
  ]);
  assert.equal(speaker(find(quotes, 'Rejoice, our times')), 'Jana Holt');
});

test('a description set off by commas after a name (`Ana Roe, a witness, said`) leaves the name the speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe, a witness, said “the water came in fast and nobody could stop it.”',
    'ORSK – The Varn League, the nation’s original and largest civil rights organization, has released the following statement today: “The Varn League has been monitoring a pattern of disturbing incidents.”',
  ]);
  assert.equal(speaker(find(quotes, 'the water came in fast')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'monitoring a pattern')), 'Varn League');
});

test('`he often said, Mrs. Holt recalled`: the words are his, relayed by her; `it is often said` is no one', () => {
  const { quotes, speaker } = quotesOf([
    'Ivo Marr ran a carpentry shop in the white section of town. Neighbours came to sit and talk, Lena Holt said.',
    '“It is going to come together one day,” he often said, Mrs. Holt recalled.',
    'It is often said that “the sea gives and the sea takes,” and this year it took.',
  ]);
  assert.equal(speaker(find(quotes, 'come together one day')), 'Ivo Marr');
  assert.equal(speaker(find(quotes, 'the sea gives')), null);
});

test('`The head of X, Name, called …`: the person in apposition to an organisation’s role speaks, not the organisation', () => {
  const { quotes, speaker } = quotesOf([
    'The head of Varland’s Civil Aviation Authority, Tomas Ohnel, called the loss an “unprecedented aviation mystery” on Monday.',
  ]);
  assert.equal(speaker(find(quotes, 'unprecedented aviation')), 'Tomas Ohnel');
});

test('a participle opening the sentence (`Describing the plan as “…”, Mayor Ivo Marr refused`) has the main clause’s subject', () => {
  const { quotes, speaker } = quotesOf([
    'Lena Vance met Ana Roe at a party in 1989.',
    'Considering her a “friend,” who was also “a great mind, funny, really smart,” she tried to introduce her to others.',
    'Describing the plan as “a disaster for the town”, Mayor Ivo Marr refused to sign it.',
  ]);
  assert.equal(speaker(find(quotes, 'a great mind')), 'Lena Vance');
  assert.equal(speaker(find(quotes, 'a disaster for the town')), 'Ivo Marr');
});

test('`“…,” the Lisk Wire cited the Amaq agency`: the one cited speaks; `quoted Roe as saying` stays Roe’s', () => {
  const { quotes, speaker } = quotesOf([
    '“The attack was carried out by a soldier of the group,” the Lisk Wire cited the Amaq agency.',
    '“We will respond firmly,” the Lisk Wire quoted Ana Roe as saying.',
    'Ivo Marr cited “security concerns” for the delay.',
  ]);
  assert.equal(speaker(find(quotes, 'soldier of the group')), 'Amaq');
  assert.equal(speaker(find(quotes, 'respond firmly')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'security concerns')), 'Ivo Marr');
});

test('a description never given to anyone (`said the Dunmore captain`) is the one it can only be', () => {
  const alone = quotesOf([
    'Harlow Town have completed the signing of striker Tomas Verhoek from Dunmore Rovers.',
    '“I am here for the challenge,” said the Dunmore captain.',
  ]);
  assert.equal(alone.speaker(find(alone.quotes, 'here for the challenge')), 'Tomas Verhoek');
  const again = quotesOf([
    'The draw left Tomas Verhoek unhappy. “We should have won it,” Verhoek said. “We will win the next one,” said the Dunmore captain.',
  ]);
  assert.equal(again.speaker(find(again.quotes, 'win the next one')), 'Tomas Verhoek');
  // Another man named since the last words: the captain may be either, so no one.
  const other = quotesOf([
    'Tomas Verhoek said the team was tired. “We should have won it,” Verhoek said. Ivo Brandt arrived later.',
    '“We will win the next one,” said the Dunmore captain.',
  ]);
  assert.equal(other.speaker(find(other.quotes, 'win the next one')), null);
});

test('a name inside a closed appositive (`the girlfriend of X`) is not the subject; the name before it is', () => {
  const { quotes, analysis, speaker } = quotesOf([
    'Lena Varga, the girlfriend of Tomas Verhoek, a Dutch passenger said the search was “a tangled mess”.',
  ]);
  assert.equal(speaker(find(quotes, 'tangled mess')), 'Lena Varga');
  const reported = analysis.quotes.find((q) => q.kind === 'reported' && q.text.includes('the search was'));
  assert.equal(speaker(reported), 'Lena Varga');
});

test('a pronoun between people the text weighs alike stands for the one named nearest it', () => {
  const { quotes, speaker } = quotesOf([
    'Tomas Verhoek’s miss, in a spell which saw Ivo Brandt and Lev Orlov hit the post, left Karl Dunmore disconsolate. “You should have won it,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'should have won')), 'Karl Dunmore');
});

test('a participle in a relative clause (`…, who held a news conference to declare`) is the antecedent’s', () => {
  const { quotes, speaker } = quotesOf([
    'It could lend weight to populists like Mara Lenz, the leader of the Front party, who on Saturday held a news conference to declare that “the French are no longer safe.”',
  ]);
  assert.equal(speaker(find(quotes, 'no longer safe')), 'Mara Lenz');
});

test('a hyphenated office (`the director-general of X, Name, said`) leaves the name as speaker', () => {
  const { quotes, speaker } = quotesOf([
    'The director-general of Tarsel’s Civil Aviation body, Ivo Brandt, said officials were struggling with an “unprecedented mystery”.',
  ]);
  assert.equal(speaker(find(quotes, 'unprecedented mystery')), 'Ivo Brandt');
});

test('a long relative clause between a name and its verb (`Ms Lenz, who worked alongside …, called for`) leaves the name as subject', () => {
  const { quotes, speaker } = quotesOf([
    'Ms Lenz, who had worked for years alongside the captain of the Qantas Airways flight that vanished over the sea on a cold night in January on its way from Sydney to Jakarta, called for a new search because “families deserve answers now”.',
  ]);
  assert.equal(speaker(find(quotes, 'families deserve')), 'Lenz');
});

test('a `he` right after a `he` that went on from an unnamed man is that man too', () => {
  const { quotes, speaker } = quotesOf([
    'Police named the attacker as Omar Varo. His brother, 34, told reporters before his arrest he had not seen Varo for years. “It is insane. I was in the city myself last night,” he said.',
    'The last he knew, Varo had gone abroad, he said. “It has been a long time since I had any news,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'It is insane')), null);
  assert.equal(speaker(find(quotes, 'a long time since')), null);
});

test('`he added` after `said the official` is that unnamed official, not a man named in the words', () => {
  const { quotes, speaker } = quotesOf([
    'Police are hunting Omar Varo. “Our authorities identified a fifth man, Omar Varo, and told their counterparts twice,” said the official. “We have not heard back on the matter,” he added.',
  ]);
  assert.equal(speaker(find(quotes, 'not heard back')), null);
});

test('words named as a noun with their speaker (`claims from X that`, `remarks by X`) are that speaker’s', () => {
  const { quotes, speaker } = quotesOf([
    'League chief Dan Roe rejected claims from Redford manager Kevin Marlow that the title race is "boring."',
    'The minister rejected remarks by Ana Pell that the plan was "dead in the water" and moved on.',
  ]);
  assert.equal(speaker(find(quotes, 'boring')), 'Kevin Marlow');
  assert.equal(speaker(find(quotes, 'dead in the water')), 'Ana Pell');
});

test('an outlet’s story or editorial speaks for the outlet (`Velda Magazine’s cover story declares`)', () => {
  const { quotes, speaker } = quotesOf([
    'Velda Magazine’s cover story declares the senator "a budget nightmare" in its spring issue.',
  ]);
  assert.equal(speaker(find(quotes, 'budget nightmare')), 'Velda Magazine');
});

test('staff named with their organisation (`the engineers at Quell Security`, `researchers from X`) speak for it', () => {
  const { quotes, speaker } = quotesOf([
    '“Their fingerprint reader is weak,” the engineers at Quell Security said.',
    '“The battery lasts two days,” said researchers from the Ardo Institute.',
    '“It is fine,” said engineers, who asked not to be named.',
  ]);
  assert.equal(speaker(find(quotes, 'fingerprint reader')), 'Quell Security');
  assert.equal(speaker(find(quotes, 'battery lasts')), 'Ardo Institute');
  assert.equal(speaker(find(quotes, 'It is fine')), null);
});

test('reported speech whose subject is a description no one was found for is no one’s, not the body in its complement', () => {
  const { analysis } = quotesOf([
    'Ivo Marsh and Ana Pell spoke by phone on Friday, after the US Ambassador to the United Nations said Ostrava had run out of patience over the border.',
  ]);
  const un = analysis.entities.find((e) => e.name === 'United Nations')?.id;
  assert.ok(un);
  assert.ok(
    !analysis.quotes.some((q) => q.speaker === un),
    analysis.quotes.map((q) => `${q.text} -> ${q.speaker}`).join(' | '),
  );
});

test('words someone heard another say are the one heard’s, named or not (`she heard a man shout “…”`)', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Pell said she heard a man shout “Get down now!” before the lights went out.',
    'Dana Roe was behind the bar. She heard Ivo Marsh tell the others: “We have to leave now.”',
  ]);
  assert.equal(speaker(find(quotes, 'Get down now')), null);
  assert.equal(speaker(find(quotes, 'leave now')), 'Ivo Marsh');
});

test('a subject pronoun right before the verb is its subject after an opening phrase (`In the video he says,`)', () => {
  const { quotes, speaker } = quotesOf([
    'On Monday, Ana Pell posted a clip of her cousin Ivo Marsh laughing on a boat. In the clip he says, “Best day of the summer.”',
  ]);
  assert.equal(speaker(find(quotes, 'Best day')), 'Ivo Marsh');
});

test('titles in marks inside an appositive (`the producer of Ana Pell’s “Cold Harbor,”`) leave the name as subject', () => {
  const { quotes, speaker } = quotesOf([
    'Harlan Vey, the producer of “Night Proof” and Ana Pell’s “Cold Harbor,” acknowledged making an “awkward remark” at the gala.',
  ]);
  assert.equal(speaker(find(quotes, 'awkward remark')), 'Harlan Vey');
  assert.equal(find(quotes, 'Cold Harbor'), undefined);
});

test('"said one Velt Party operative" is someone the party only qualifies; "said a Velt Party spokesman" speaks for it', () => {
  const { quotes, speaker } = quotesOf([
    '“They all knew the seat was open,” said one Velt Party operative in the state.',
    '“We will choose our candidate in March,” said a Velt Party spokesman.',
  ]);
  assert.equal(speaker(find(quotes, 'seat was open')), null);
  assert.equal(speaker(find(quotes, 'choose our candidate')), 'Velt Party');
});

test('present tenses of speech verbs, an intensifying pronoun, and a surname that is also a title', () => {
  const { quotes, speaker } = quotesOf([
    'Prof Dana Whitlow, head of the Orsk Institute, agrees that many students are “tired of being blamed”.',
    'Governor Ada Renn appointed Tilde Vasko to the court. As Vasko herself said, “The point is not to be the last.”',
    'Wayne King, the deputy director, heard the news late.',
    '“The first I heard of it was Tuesday,” said King, who has since resigned.',
  ]);
  assert.equal(speaker(find(quotes, 'tired of being blamed')), 'Dana Whitlow');
  assert.equal(speaker(find(quotes, 'not to be the last')), 'Tilde Vasko');
  assert.equal(speaker(find(quotes, 'first I heard')), 'Wayne King');
});

test('a spokesperson for an organisation goes on speaking for it under "he said"; a name holding "and" is whole', () => {
  const { quotes, speaker } = quotesOf([
    'But a spokesperson for the Harbours and Docks Employers’ Association (HDEA) said its members had cut “casual contracts” this year.',
    '“We have worked with the unions for years to understand the sector,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'casual contracts')), 'Harbours and Docks Employers’ Association');
  assert.equal(speaker(find(quotes, 'worked with the unions')), 'Harbours and Docks Employers’ Association');
});

test('"X, the MP for Y, who …, said": who stands for the person the appositive describes, not the place in it', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Brisk, the Labour MP for Orsk Central, who is supporting the report, said it showed the problem was not just one for “gig economy” workers.',
  ]);
  assert.equal(speaker(find(quotes, 'gig economy')), 'Ana Brisk');
});

test('a quotation opening a paragraph that goes on with a named speaker’s cue is theirs; "has added value added tax" says nothing', () => {
  const { quotes, speaker } = quotesOf([
    'Finance Minister Daniel Varley said on Monday the dollar would hold.',
    'Prices of food, schooling and medicine would rise.',
    '"What we would like to do is target the less productive sectors." Varley reminded senators that the ministry has added value added tax on luxury food items.',
    'Imports of basic food, he continued, have been spared any tax. "That is one way we can ease the strain on families."',
  ]);
  assert.equal(speaker(find(quotes, 'What we would like')), 'Daniel Varley');
  assert.equal(speaker(find(quotes, 'ease the strain')), 'Daniel Varley');
});

test('a name that only qualifies a noun (the Osk administration) is not who a later "he" stands for', () => {
  const { quotes, speaker } = quotesOf([
    'Senator Mark Tallow called the bill “the worst piece of law since I arrived.” In 2009, when Congress passed a stimulus backed by the Osk administration, he called it “a responsible mix of cuts and investment.”',
  ]);
  assert.equal(speaker(find(quotes, 'responsible mix')), 'Mark Tallow');
});

test('a pull quote takes the speaker of the quotation holding its words; an organisation facts are "according to" does not go on', () => {
  const { quotes, speaker } = quotesOf([
    'More than half of the clinics in Varn have closed, according to the Health Ministry.',
    '“We ran out of fuel and the power is cut off.”',
    '“For days we warned about the fuel,” Dr. Sobel Karim, the director of the Mill Road clinic, said. “And now what we feared has happened: we ran out of fuel and the power is cut off.”',
    'The clients have since left Varn, according to Ana Ruiz, director of a volunteer group.',
    '“They were in debt and they were afraid.”',
  ]);
  assert.equal(speaker(find(quotes, 'We ran out of fuel and the power')), 'Sobel Karim');
  assert.equal(speaker(find(quotes, 'They were in debt')), 'Ana Ruiz');
});

test('"In Varga’s case, she …": the pronoun is the one whose case the sentence tells, not the last speaker', () => {
  const { quotes, speaker } = quotesOf([
    'Nesma Varga, 24, gave birth to her son in the first week of the war.',
    'Dr. Sherine Abed said 22 infants were in the ward. “Families cannot reach them,” she said.',
    'In Varga’s case, she decided to stay near her child. “I am afraid of losing him,” she continued.',
  ]);
  assert.equal(speaker(find(quotes, 'afraid of losing')), 'Nesma Varga');
});

test('a cue inside what the speaker reports (`Bajc said … authorities believed …`) does not take the next quotation', () => {
  const { quotes, speaker } = quotesOf([
    'Sarah Bajc said she first learned that authorities believed there were no survivors from a text message.',
    '"The wording of the message led me to believe they had found something. I think that was irresponsible."',
  ]);
  assert.equal(speaker(find(quotes, 'The wording')), 'Sarah Bajc');
});

test('`According to X, …` opening a sentence and `“…,” according to X` after a quotation give X as the speaker', () => {
  const { quotes, speaker } = quotesOf([
    'The Corby depot will shut in March.',
    'According to depot manager Harriet Vance, the closure is “a mistake that will cost the town its trains.”',
    'The union has called a meeting for Friday.',
    '“Nobody asked the drivers,” according to Tomas Ruel, who has driven for the depot since 1998.',
    'Vance told the board the plan was “rushed,” according to the Corby Ledger.',
  ]);
  assert.equal(speaker(find(quotes, 'a mistake that will cost')), 'Harriet Vance');
  assert.equal(speaker(find(quotes, 'Nobody asked the drivers')), 'Tomas Ruel');
  // The one who told the board spoke; the newspaper only carried it.
  assert.equal(speaker(find(quotes, 'rushed')), 'Harriet Vance');
});

test('an order given in words is its giver’s: `According to Roe, Ruel instructed her to “…”` is Ruel’s', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe said she was afraid of the car.',
    'According to Roe, Tomas Ruel instructed her to “drive at 40 miles per hour or we will do it again.”',
  ]);
  assert.equal(speaker(find(quotes, 'drive at 40 miles')), 'Tomas Ruel');
});

test('`he said` right after a paragraph `according to the friend` goes on with the unnamed friend, not the man the friend spoke of', () => {
  const { quotes, speaker } = quotesOf([
    'The two men were identified as Tomas Ruel, 19, and Ivo Brandt, 29.',
    '“He was staying for three days,” the friend said.',
    '“Feeling excited,” Ruel wrote as he arrived in Orvel in late February.',
    'According to the friend, Ruel and Brandt stayed for almost a week in Orvel before their departure.',
    '“We went together to book the flights, and I had his booking number,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'We went together')), null);
  assert.equal(speaker(find(quotes, 'Feeling excited')), 'Tomas Ruel');
});

test('a role set off before the name opens the clause (`The mayor, Ana Roe, was defiant: “…”`); `Det. Sgt.` and `Jr.` end no sentence', () => {
  const { quotes, speaker } = quotesOf([
    'The depot will shut in March.',
    'The mayor, Harriet Vance, was defiant: “We will be back.”',
    '“The suspect is in custody,” Det. Sgt. Tomas Ruel told reporters.',
    '“We regret the delay,” Ivo Brandt Jr. told the Corby Ledger.',
  ]);
  assert.equal(speaker(find(quotes, 'We will be back')), 'Harriet Vance');
  assert.equal(speaker(find(quotes, 'in custody')), 'Tomas Ruel');
  assert.equal(speaker(find(quotes, 'We regret')), 'Ivo Brandt Jr.');
});

test('an outlet that reported what it quotes after it quotes someone else; after the quotation it is the source', () => {
  const { quotes, speaker } = quotesOf([
    'The Hollywood Reporter reported that the ads promised: “Cheap rooms near the studio, no questions asked.”',
    '“Filming will resume in May,” The Hollywood Reporter reported.',
  ]);
  assert.equal(speaker(find(quotes, 'Cheap rooms')), null);
  assert.equal(speaker(find(quotes, 'Filming will resume')), 'The Hollywood Reporter');
});

test('the platform a post is on is not its speaker: `A post on the group’s Facebook page said it was “…”`', () => {
  const { quotes, speaker } = quotesOf([
    'Parents of the missing pupils have campaigned for two years.',
    'A post on the group’s Facebook page said it was “extremely delighted and grateful” for the news.',
    'Facebook said it had removed the posts, calling them “hateful and cruel.”',
  ]);
  assert.equal(speaker(find(quotes, 'extremely delighted')), null);
  assert.equal(speaker(find(quotes, 'hateful and cruel')), 'Facebook');
});

test('words known only `according to` an outlet are the outlet’s; a speaker named before stays the speaker', () => {
  const { quotes, speaker } = quotesOf([
    'The pupils were freed on Thursday.',
    '“The handing over of four prisoners was part of the deal,” according to the BBC.',
    '“We are grateful,” Ana Roe said, according to Reuters.',
  ]);
  assert.equal(speaker(find(quotes, 'handing over')), 'BBC');
  assert.equal(speaker(find(quotes, 'We are grateful')), 'Ana Roe');
});

test('`the Conservative MP` right after a named speaker is that speaker: an MP is a person’s role', () => {
  const { quotes, speaker } = quotesOf([
    'Dora Quill warned on Monday that the ferry trade faced cuts.',
    'Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”',
  ]);
  assert.equal(speaker(find(quotes, 'It does not need')), 'Dora Quill');
});

test('`the state media` is the news agency the text named, `local media` no one', () => {
  const { quotes, speaker } = quotesOf([
    'Pictures released by the Orvel Central News Agency show the launch.',
    '“The world admires our resolve,” said the state media.',
    'Crowds gathered in the square. “We are proud,” local media reported.',
  ]);
  assert.equal(speaker(find(quotes, 'admires our resolve')), 'Orvel Central News Agency');
  assert.equal(speaker(find(quotes, 'We are proud')), null);
});

test('`When Roe asked …, he declined, saying “…”`: the participle is the subject of its own clause, not of the earlier cue', () => {
  const { quotes, speaker } = quotesOf([
    'Tomas Ruel spoke to the host, Ana Winfrey, for two hours.',
    'When Winfrey asked if he could share the questions, he declined, saying “I am not comfortable with that.”',
  ]);
  assert.equal(speaker(find(quotes, 'not comfortable')), 'Tomas Ruel');
});

test('a question’s short attribution after it is its own: `“What went wrong?” Ruel asked.`', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe spoke to Tomas Ruel, the host, on Sunday.',
    '“What went wrong last season?” Ruel asked. “We lost our best players,” Roe replied.',
  ]);
  assert.equal(speaker(find(quotes, 'What went wrong')), 'Tomas Ruel');
  assert.equal(speaker(find(quotes, 'We lost our best')), 'Ana Roe');
});

test('`Vance’s verdict: “…”`, `In Vance’s words, “…”`, `In the words of Ana Roe, “…”`, `Her verdict: “…”`: the words are that person’s', () => {
  const { quotes, speaker } = quotesOf([
    'Harriet Vance runs the depot, and Ana Roe drives its night bus.',
    'Vance’s verdict: “Nobody here has seen snow like this.”',
    'In Roe’s words, “the road simply vanished.”',
    'In the words of Harriet Vance, “we will open again on Monday.”',
  ]);
  assert.equal(speaker(find(quotes, 'Nobody here')), 'Harriet Vance');
  assert.equal(speaker(find(quotes, 'road simply vanished')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'open again on Monday')), 'Harriet Vance');
  // `Her verdict: “…”`: the one the pronoun stands for.
  const pronoun = quotesOf([
    'Harriet Vance runs the depot.',
    'Her verdict: “Nobody here has seen snow like this.”',
  ]);
  assert.equal(pronoun.speaker(find(pronoun.quotes, 'Nobody here')), 'Harriet Vance');
});

test('a paragraph opening on a pronoun introduces the quotation after it; not after a name the analysis does not know', () => {
  const known = quotesOf([
    'Harriet Vance runs the depot in Corby.',
    'She has a simple explanation.',
    '“Nobody here has seen snow like this.”',
  ]);
  assert.equal(known.speaker(find(known.quotes, 'Nobody here')), 'Harriet Vance');
  const unknown = quotesOf([
    'Harriet Vance runs the depot in Corby.',
    'Zed (not his real name) drives the night bus.',
    'He does not plan to go back.',
    '“I was living in a flat with five other drivers.”',
  ]);
  assert.equal(unknown.speaker(find(unknown.quotes, 'living in a flat')), null);
});

test('`“…” – as their defender Ivo Brandt remembered`: the one who remembers or notes the words after a dash or comma', () => {
  const { quotes, speaker } = quotesOf([
    'Tomas Ruel took over an Orvel side whose routine was “to train and then go over to the cafe for an all-day breakfast” – as their defender Ivo Brandt remembered his arrival.',
    'The plan was “a recipe for chaos,” as Ana Roe noted in her column.',
  ]);
  assert.equal(speaker(find(quotes, 'to train and then')), 'Ivo Brandt');
  assert.equal(speaker(find(quotes, 'recipe for chaos')), 'Ana Roe');
});

test('`the Pasok leader` is the one person the text tied to Pasok (`Venizelos, whose socialist Pasok party …`); a country’s role ties no one', () => {
  const { quotes, speaker } = quotesOf([
    'Mr Samaras said: “We need a national salvation government.”',
    'Mr Samaras later met Evangelos Venizelos, whose socialist Pasok party came third in the election.',
    '“The country needs a government right away,” the Pasok leader told reporters after the meeting.',
  ]);
  assert.equal(speaker(find(quotes, 'right away')), 'Evangelos Venizelos');
  const other = quotesOf([
    'US ambassador Dana Haley spoke at the council on Monday.',
    'The US President reiterated that the country “stands with Orvel 100 per cent”.',
  ]);
  assert.equal(other.speaker(find(other.quotes, 'stands with Orvel')), null);
});

test('a role set off before a name is that name’s: `A France supporter, Ivo Brandt, told the Ledger: “…”`', () => {
  const { quotes, speaker } = quotesOf([
    'The match was stopped after the blasts.',
    'A France supporter, Ivo Brandt, told the Orvel Ledger: “We heard the explosions but thought they were fireworks.”',
  ]);
  assert.equal(speaker(find(quotes, 'We heard the explosions')), 'Ivo Brandt');
});

test('a headline’s present-tense verb of judging gives its subject the quoted words; an MP’s title is no part of the name', () => {
  const { quotes, speaker } = quotesOf([
    "MP Douglas Varga accuses the government of being 'caught out' over the Orvel plans.",
    'Council leader Anna Kelm slams the scheme as “a slap in the face” for families.',
  ]);
  assert.equal(speaker(find(quotes, 'caught out')), 'Douglas Varga');
  assert.equal(speaker(find(quotes, 'slap in the face')), 'Anna Kelm');
});

test('after an inverted verb, someone’s role then a comma names the role’s holder: `said Kelm’s lawyer, Piet Dorn`', () => {
  const { quotes, speaker } = quotesOf([
    'Mayor Anna Kelm of Orvel was charged on Monday.',
    '“She did nothing wrong,” said Kelm’s lawyer, Piet Dorn.',
  ]);
  assert.equal(speaker(find(quotes, 'nothing wrong')), 'Piet Dorn');
});

test('a one-word answer after a speech verb’s colon is a quote, not a title: `Kelm replied: “Never.”`', () => {
  const { quotes, speaker } = quotesOf([
    'Mayor Anna Kelm of Orvel met residents on Monday.',
    'Asked whether she would resign, Kelm replied: “Never.”',
    'Her favourite film is still “Parasite”.',
  ]);
  assert.equal(speaker(find(quotes, 'Never')), 'Anna Kelm');
  assert.equal(find(quotes, 'Parasite'), undefined);
});

test('a quotation signed after a dash (a pull quote, an epigraph) is the signer’s, never the last speaker’s', () => {
  const { quotes, speaker } = quotesOf([
    'Mayor Anna Kelm of Orvel met residents on Monday, and council member Tomas Varga joined her.',
    '“We will rebuild,” Kelm said.',
    '“The plan is dead on arrival” — Tomas Varga, council member',
  ]);
  assert.equal(speaker(find(quotes, 'dead on arrival')), 'Tomas Varga');
  assert.equal(speaker(find(quotes, 'We will rebuild')), 'Anna Kelm');
});

test('words in a clause of their own after `as` are its unnamed subject’s, not the sentence’s speaker’s', () => {
  const { quotes, speaker } = quotesOf([
    'Mayor Anna Kelm said the vote was “a farce” as angry Varnians promised a “swift reply” to the council.',
    'Orvel warned its residents to “stay indoors” as furious Muslims vowed an “ironclad response” to the raid.',
  ]);
  assert.equal(speaker(find(quotes, 'a farce')), 'Anna Kelm');
  assert.equal(speaker(find(quotes, 'swift reply')), null);
  assert.equal(speaker(find(quotes, 'ironclad response')), null);
});

test('insisting is a cue (`Dorn is emphatic that …`), and the quotation that follows in its own paragraph goes on in that voice', () => {
  const { quotes, speaker } = quotesOf([
    'League chief Piet Dorn met the clubs on Monday.',
    'As the league grows, Dorn is emphatic that it must keep its “local soul” and stay local.',
    '“In a global world, fans can watch anything. We need the grounds to be full.”',
  ]);
  assert.equal(speaker(find(quotes, 'local soul')), 'Piet Dorn');
  assert.equal(speaker(find(quotes, 'In a global world')), 'Piet Dorn');
});

test('an unnamed speaker the text then names (`said one officer, named only as Jean`) is that person', () => {
  const { quotes, speaker } = quotesOf([
    '“They came out like ghosts,” said one officer involved in the raid, named only as Jean.',
    '“We ran for the doors,” said a student who asked to be identified only as Mila.',
    '“The fire spread fast,” said a friend of Anna Kelm.',
  ]);
  assert.equal(speaker(find(quotes, 'like ghosts')), 'Jean');
  assert.equal(speaker(find(quotes, 'ran for the doors')), 'Mila');
  assert.notEqual(speaker(find(quotes, 'fire spread fast')), 'Anna Kelm');
});

test('a dateline’s place is no opening subject: after `VARN — Mila Kelm is …`, `the singer` is Mila Kelm', () => {
  const { quotes, speaker } = quotesOf([
    'VARN — Mila Kelm is mourning the death of her cousin.',
    'The singer posted photos of herself with Tavo Rinn on Tuesday, writing that she “cannot believe he is gone.”',
    'Rinn died on Tuesday in Orvel, where Kelm was born. She also wrote, “Love you always.”',
  ]);
  assert.equal(speaker(find(quotes, 'cannot believe')), 'Mila Kelm');
  assert.equal(speaker(find(quotes, 'Love you always')), 'Mila Kelm');
});

test('a statement one had or gave, described (`had a more succinct statement`), is a cue; a speech about a quoted word is not its speaker’s', () => {
  const { quotes, speaker } = quotesOf([
    'Kelm’s lawyer, Piet Dorn, had a more succinct statement after the ruling. “It is impossible to overstate this ruling.”',
    'A blogger claims that Mayor Anna Kelm gave an accusatory speech about the sins of “the Orvel set.”',
  ]);
  assert.equal(speaker(find(quotes, 'impossible to overstate')), 'Piet Dorn');
  assert.notEqual(speaker(find(quotes, 'the Orvel set')), 'Anna Kelm');
});

test('a person called by the middle word of their whole name (`Etienne` of `Camilla Etienne Gbedo`) is that person', () => {
  const { quotes, speaker } = quotesOf([
    '“He is tired all the time,” said Camilla Etienne Gbedo, their mother.',
    '“Maybe a doctor out there can help,” Etienne said.',
  ]);
  assert.equal(speaker(find(quotes, 'doctor out there')), 'Camilla Etienne Gbedo');
});

test('a verb after `and` goes back to its clause’s subject, not to a name inside a relative clause about it', () => {
  const { quotes, speaker } = quotesOf([
    'Mila Kelm won the council seat in Varn on Tuesday.',
    'Kelm, who’s the sister of Varn party chair Piet Dorn, campaigned on the issue — and called the mayor’s reversal “heartbreaking,” according to the Varn Ledger.',
  ]);
  assert.equal(speaker(find(quotes, 'heartbreaking')), 'Mila Kelm');
});

test('words that lawmakers, critics or protesters are said to use are theirs, unnamed, even inside a named person’s sentence', () => {
  const { quotes, speaker } = quotesOf([
    'Prince Ivo criticised the family for failing to support them when lawmakers pointed out “colonial undertones” in the coverage.',
    'Critics said the plan was “a disgrace.”',
  ]);
  assert.equal(speaker(find(quotes, 'colonial undertones')), null);
  assert.equal(speaker(find(quotes, 'a disgrace')), null);
});

test('reported speech with its verb inverted at the end is the clause before it, the speaker after it', () => {
  const { analysis } = quotesOf([
    'Piet Dorn died on Monday. He was the dean of the deacons in Varn, said Mila Kelm, 88, who attended church with him.',
    'The bridge will open in May, said Anna Roe, the city engineer.',
    'Ivo Brandt, chairman of the Orsk Prisoners Club, which speaks for inmates, said the charges were false.',
    'Kelm, in remarks carried by Varn radio, said the two towns would share the cost.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  const by = (words: string): string | null => {
    const q = reported.find((x) => x.text.startsWith(words));
    assert.ok(q, `no reported speech opening "${words}" in ${reported.map((x) => x.text).join(' | ')}`);
    return analysis.entities.find((e) => e.id === q.speaker)?.name ?? null;
  };
  assert.equal(by('He was the dean of the deacons'), 'Mila Kelm');
  assert.equal(by('The bridge will open in May'), 'Anna Roe');
  assert.equal(by('the charges were false'), 'Ivo Brandt');
  assert.equal(by('the two towns would share the cost'), 'Mila Kelm');
  assert.ok(
    !reported.some((q) => /^Mila Kelm|^Anna Roe/.test(q.text)),
    'a speaker’s name is no reported content',
  );
});

test('a pronoun inside someone’s quotation, or a role in its last words, gives the speaker no gender', () => {
  const { quotes, analysis } = quotesOf([
    'Piet Dorn’s mother was many things. She was a teacher in Varn.',
    '"When I think about my mother," Dorn told me recently, "I think she was very grounded in who she was.',
  ]);
  const q = find(quotes, 'When I think about my mother');
  assert.equal(analysis.entities.find((e) => e.id === q?.speaker)?.name, 'Piet Dorn');
  assert.notEqual(q?.speakerGender, 'f');
});

test('an amount added or a request denied reports no words: `employers added jobs`, `the court denied an appeal`', () => {
  const quotes = quotesOf([
    'Employers in Varland added fewer jobs than expected in March, and wage gains slowed across the country.',
    'The Orvel Supreme Court on Monday denied an appeal from the harbour union challenging the new rules.',
    'The harbour director, Ana Roe, denied the union was ever consulted about the rules.',
  ]).analysis.quotes.slice();
  assert.equal(find(quotes, 'fewer jobs'), undefined);
  assert.equal(find(quotes, 'an appeal from'), undefined);
  // (A denial of what someone did is words: `denied the union was ever consulted`.)
  assert.ok(find(quotes, 'the union was ever consulted'), JSON.stringify(quotes.map((q) => q.text)));
});

test('a country’s unnamed official is no word of the country’s; an administration said on a day is its person’s group', () => {
  const { analysis } = quotesOf([
    'A Norwegian official said that the border crossing at Lisk would stay closed until further notice.',
    'The Dravik administration on Monday said that it supports the harbour ruling in full.',
  ]);
  const of = (words: string) => analysis.quotes.find((q) => q.text.includes(words));
  const name = (id: string | null | undefined) => analysis.entities.find((e) => e.id === id)?.name ?? null;
  assert.equal(name(of('stay closed')?.speaker), null);
  assert.match(of('stay closed')?.speakerText ?? '', /Norwegian official/);
  assert.equal(name(of('supports the harbour ruling')?.speaker), null);
  assert.equal(of('supports the harbour ruling')?.speakerText, 'Dravik administration');
});

test('who a letter was sent to, whom a subject serves, and the site a page is on are not the speaker', () => {
  const { analysis } = quotesOf([
    'The Lisk Harbour Company offered to run the new ferry service for free, according to a letter sent to Mayor Ana Roe on Wednesday.',
    'The physician to presidents Tomas Ruel and Ivo Marek has denied allegations that he drank on the job at the palace.',
    'Mila Kelm was working as a delivery driver to support her three children, says a GoFundMe page set up by her brother.',
    'The harbour plan was never costed, according to a summary of the audit submitted to parliament by Auditor General Ana Roe.',
  ]);
  const name = (words: string) => {
    const q = analysis.quotes.find((x) => x.text.includes(words));
    return analysis.entities.find((e) => e.id === q?.speaker)?.name ?? null;
  };
  assert.equal(name('run the new ferry service'), null);
  assert.equal(name('drank on the job'), null);
  assert.equal(name('delivery driver'), null);
  // (Sent to one, by another: the author is the source.)
  assert.equal(name('never costed'), 'Ana Roe');
});

test('a name that only qualifies the subject, or follows the verb as its setting, is not the speaker', () => {
  const { analysis } = quotesOf([
    'The arrest of a man who Norwegian authorities have said is a smuggler wanted in Lisk has reopened the harbour debate.',
    'A Dravik-backed advocacy outfit claimed to have found serious flaws in the harbour audit.',
    'The Harbour Party leader defended the audit on Tuesday, instead saying that critics were “angry that the port is finally working.”',
    'The council voted on the plan on Monday. Harbour Party chair Tomas Ruel’s lawyer, Ana Roe, wrote on Twitter the same day: “The vote was rigged from the start.”',
  ]);
  const name = (words: string) => {
    const q = analysis.quotes.find((x) => x.text.includes(words));
    assert.ok(q, `no quote holds ${words}`);
    return analysis.entities.find((e) => e.id === q.speaker)?.name ?? null;
  };
  assert.equal(name('a smuggler wanted'), null);
  assert.equal(name('serious flaws'), null);
  assert.equal(name('finally working'), null);
  assert.equal(name('rigged from the start'), 'Ana Roe');
});

test('lawyers of a body write for it, and a participle joined to another after a comma is the clause opener’s', () => {
  const { analysis } = quotesOf([
    'The Dravik government said on Monday it backs the harbour ruling, alarming unions who vowed to fight it. “The ministry has determined that the ruling should stand,” three Harbour Ministry lawyers wrote to the appeals court.',
    'Mayor Ana Roe took to Twitter on Tuesday to express her anger over the police raid of the office of her personal lawyer Tomas Ruel, slamming the move as proof of a “witch-hunt” and declaring “the harbour will not be bullied!”',
  ]);
  const name = (words: string) => {
    const q = analysis.quotes.find((x) => x.text.includes(words));
    assert.ok(q, `no quote holds ${words}`);
    return analysis.entities.find((e) => e.id === q.speaker)?.name ?? null;
  };
  assert.equal(name('will not be bullied'), 'Ana Roe');
  assert.equal(name('ruling should stand'), 'Harbour Ministry');
});

test('a perfect of writing is a cue, a director named after their centre speaks for themself, and `Mar` before a surname is a given name', () => {
  const { analysis } = quotesOf([
    'In the paper’s acknowledgments, Tomas Ruel had written, “Special thanks are due to Ana Roe for the many computations.”',
    'According to Morgan Center director Varnov, the harbour is “the bulwark of the whole coast.”',
    '“It was seen as rote,” said Mar Keller, a historian at the Orvel Institute.',
  ]);
  const name = (words: string) => {
    const q = analysis.quotes.find((x) => x.text.includes(words));
    assert.ok(q, `no quote holds ${words}`);
    return analysis.entities.find((e) => e.id === q.speaker)?.name ?? null;
  };
  assert.equal(name('Special thanks'), 'Tomas Ruel');
  assert.equal(name('bulwark of the whole coast'), 'Varnov');
  assert.equal(name('seen as rote'), 'Mar Keller');
  assert.equal(analysis.entities.find((e) => e.name === 'Morgan Center')?.type, 'organization');
});

test('`they` after an unnamed group’s words is that group, and a long title after `her book` is no quotation', () => {
  const { analysis } = quotesOf([
    'The Harbour Consultative Group met in Lisk last week.',
    'Dravik ministry officials said they were not told in advance that the port would close. But they have repeatedly praised the “ironclad” harbour accord.',
    'In her book “A Harbour Built on Sand: The Quiet Communities that Arise at Sea,” Ana Roe wrote of the purpose of ports.',
  ]);
  const q = analysis.quotes.find((x) => x.text.includes('ironclad'));
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(
    analysis.quotes.find((x) => x.text.includes('Built on Sand')),
    undefined,
    JSON.stringify(analysis.quotes.map((x) => x.text)),
  );
});

test('a club named for a palace speaks: `Jasmine Palace issued a statement …, offering their “…”`', () => {
  const { analysis } = quotesOf([
    'Jasmine Palace issued a statement on behalf of manager Tomas Ruel, chairman Ivo Marek and the players, offering their “sincere condolences to the families of those who lost their lives”.',
  ]);
  const q = analysis.quotes.find((x) => x.text.includes('sincere condolences'));
  assert.equal(analysis.entities.find((e) => e.id === q?.speaker)?.name, 'Jasmine Palace');
});

test('a pronoun after the clause’s opening participle is the participle’s subject, and a chief’s initials name no one', () => {
  const { analysis } = quotesOf([
    'Tomas Ruel was asked about the harbour plan. Speaking on Morning Harbour he bypassed the question for a second time saying “It is not about who is right, it is about the best decision we can make.”',
    'The CMO told the council the harbour would have to close.',
  ]);
  const q = analysis.quotes.find((x) => x.text.includes('best decision'));
  assert.equal(analysis.entities.find((e) => e.id === q?.speaker)?.name, 'Tomas Ruel');
  assert.ok(!analysis.entities.some((e) => e.name === 'CMO'));
});

test('a document no one named wrote is no one’s, and a platform it went out on did not write it', () => {
  const { analysis } = quotesOf([
    'The Harbour Company said it would charge a minimum of $100 to take passengers out. A firestorm of criticism quickly erupted – “@Harbour_Co stop being greedy,” one Twitter response began – and the company soon offered free rides.',
    'A Lisk Council statement said: “The harbour deal is done.”',
  ]);
  const name = (words: string) => {
    const q = analysis.quotes.find((x) => x.text.includes(words));
    assert.ok(q, `no quote holds ${words}`);
    return analysis.entities.find((e) => e.id === q.speaker)?.name ?? null;
  };
  assert.equal(name('stop being greedy'), null);
  assert.equal(name('deal is done'), 'Lisk Council');
});

test('what someone is about to say is theirs: `“…,” Roe is expected to say`, `is set to tell`', () => {
  const { quotes, speaker } = quotesOf([
    'The senator Ana Roe will speak on Tuesday. “It is finally over,” Ana Roe is expected to say.',
    'The governor Tom Bell spoke on Monday. “We will rebuild every road,” Tom Bell is set to tell the crowd.',
  ]);
  assert.equal(speaker(find(quotes, 'finally over')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'rebuild every road')), 'Tom Bell');
});

test('`he` after a sentence opening on a role is whoever holds it, not the person named in its setting', () => {
  const { quotes, speaker } = quotesOf([
    'President Dario Menz on Monday threatened to halt the agency’s funding. The president, in a letter to agency Director-General Tomas Velt, levied allegations that the agency ignored various warning signs. "We do not have time to waste," he wrote.',
  ]);
  assert.equal(speaker(find(quotes, 'time to waste')), 'Dario Menz');
});

test('a setting set off between a role and its verb holds no subject: `The president, in a letter to X, said`', () => {
  const { quotes, speaker } = quotesOf([
    'President Dario Menz spoke on Monday. The president, in a letter to WHO Director-General Tomas Velt, said the agency was “a failure.”',
  ]);
  assert.equal(speaker(find(quotes, 'a failure')), 'Dario Menz');
});

test('words quoted from someone’s document are its author’s, not the quoter’s (`Barr quoted from Mueller’s report`)', () => {
  const { quotes, speaker } = quotesOf([
    'Attorney General Ivo Barsk said the inquiry found no crime. But it also "does not clear him," Barsk quoted from Lena Mold’s report.',
    'The minister Tom Bell spoke on Monday. The plan "will not work," Bell quoted from the review.',
  ]);
  assert.equal(speaker(find(quotes, 'does not clear him')), 'Lena Mold');
  assert.equal(speaker(find(quotes, 'will not work')), null);
});

test('insisting on a thing says no words: `X told Y that …, as Z insists on funding and “refuses to …”` is X’s', () => {
  const { quotes, speaker } = quotesOf([
    'Budget chief Ana Roe told the Ledger that the shutdown will last into the new year, as President Ivo Marden insists on funding for a wall and "refuses to give an inch."',
  ]);
  assert.equal(speaker(find(quotes, 'give an inch')), 'Ana Roe');
});

test('going on doing something says no words (`continues to slam X for complaining that …`): the one complaining speaks', () => {
  const { quotes, speaker } = quotesOf([
    'President Ivo Marden continues to slam party leader Ana Roe for complaining that Marden has “excessive expectations.”',
  ]);
  assert.equal(speaker(find(quotes, 'excessive expectations')), 'Ana Roe');
});

test('an outlet that reports the words carries them: `“…” the virus, said Ana Roe, …, reports the Ledger` is Roe’s', () => {
  const { quotes, speaker } = quotesOf([
    'Orvel Labs said its vaccine works. "Hopefully now we can move on and stop” the virus, said Ana Roe, Orvel’s head of research, reports The Daily Ledger.',
  ]);
  assert.equal(speaker(find(quotes, 'move on and stop')), 'Ana Roe');
});

test('an unnamed speaker after an inverted verb named in apposition is that person (`declared a later chancellor, Ivo Brandt, in 1897`)', () => {
  const { quotes, speaker } = quotesOf([
    'The empire wanted its "place in the sun," declared a later chancellor, Ivo Brandt, in 1897.',
    '"We will rebuild," said a city official, Ana Roe. "Rebuilding takes time," said a neighbour, who gave no name.',
  ]);
  assert.equal(speaker(find(quotes, 'place in the sun')), 'Ivo Brandt');
  assert.equal(speaker(find(quotes, 'We will rebuild')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'Rebuilding takes time')), null);
});

test('two quotations joined by `and` before one attribution are that speaker’s both', () => {
  const { quotes, speaker } = quotesOf([
    'Varn’s forces could shoot down more drones, a commander warned. “The enemy sent its most advanced drone” to spy on Varn, and “everyone saw it fall,” Rear Adm. Ivo Marden said on Monday, referring to the downing of a drone last week over the Gulf of Orvel.',
  ]);
  assert.equal(speaker(find(quotes, 'most advanced drone')), 'Ivo Marden');
  assert.equal(speaker(find(quotes, 'saw it fall')), 'Ivo Marden');
});

test('a role given after a possessive name, or before an honorific, names its holder later', () => {
  const { quotes, speaker } = quotesOf([
    'Velmora’s prime minister, Dr Keith Morrow, backed an annual harbour forum on Monday.',
    'The proposal was generally supported.',
    'The Prime Minister said, “We claim to have close ties but I do not see the evidence.”',
    'Harlow’s mayor, Ana Roe, was less sure.',
    '“The forum has no budget yet,” the mayor said.',
  ]);
  assert.equal(speaker(find(quotes, 'close ties')), 'Keith Morrow');
  assert.equal(speaker(find(quotes, 'no budget')), 'Ana Roe');
});

test('a participle going on from an inverted attribution leaves the sentence its speaker (`…, said Ana Roe, the editor, explaining why …`)', () => {
  const { quotes, speaker } = quotesOf([
    'There is “less drive to pick a winner this year” in Harlow, said Ansel Tavenor, managing editor of the Harlow Line, explaining why officials might back others.',
  ]);
  assert.equal(speaker(find(quotes, 'less drive')), 'Ansel Tavenor');
});

test('a name in a leading phrase (`Following the death of his father Gerhard, …`) is not whom a later `he says` means', () => {
  const { quotes, speaker } = quotesOf([
    'Following the death of his father Gerhard in January, Anselm Tavenor has taken over the family winery.',
    '“It is a very difficult grape,” he says.',
  ]);
  assert.equal(speaker(find(quotes, 'difficult grape')), 'Anselm Tavenor');
});

test('a name in brackets is an aside, not whom a later `he says` means', () => {
  const { quotes, speaker } = quotesOf([
    'Given its inspiration from the Voyager probe (the first track even samples the voice of astronomer Carl Savin) the record allowed Ansel Tavenor to reflect on the planet.',
    '“When you look at that image, you can’t help it,” he says.',
  ]);
  assert.equal(speaker(find(quotes, 'that image')), 'Ansel Tavenor');
});

test('`…, according to Roe’s explanations.` ending a sentence attributes the fragment in marks before it', () => {
  const { quotes, speaker } = quotesOf([
    'Ansel Tavenor met ministers in Harlow.',
    'The meeting intends to “lay the groundwork for a strong declaration by our leaders” for the summit, to be held in June, according to Tavenor’s explanations.',
  ]);
  assert.equal(speaker(find(quotes, 'lay the groundwork')), 'Ansel Tavenor');
});

test('a family speaks for no one person: `“…,” the family said` is not the words of the one who died', () => {
  const { quotes, speaker } = quotesOf([
    'Ivo Marr, 34, died in the crash on Monday.',
    '“We are devastated,” the family said in a statement released by police.',
    '“He was a loving father,” his family said. “He was our rock,” Marr’s parents said.',
  ]);
  for (const words of ['We are devastated', 'loving father', 'our rock'])
    assert.equal(speaker(find(quotes, words)), null, words);
});

test('a speaker kept anonymous is no one named: `the coach, who asked not to be named, said`; a pronoun inside the aside is not the speaker', () => {
  const { quotes, speaker } = quotesOf([
    '“We will rebuild,” Ivo Marr said on Sunday.',
    '“I’m proud of the team,” the coach, who asked not to be named, said.',
    'One official, who spoke on condition of anonymity because he was not authorised to speak, said the talks were over.',
    '“The talks are dead,” the minister, who spoke on condition of anonymity, said.',
  ]);
  assert.equal(speaker(find(quotes, 'proud of the team')), null);
  assert.equal(speaker(find(quotes, 'talks are dead')), null);
  const over = find(quotes, 'the talks were over');
  assert.ok(over === undefined || speaker(over) === null, speaker(over) ?? '');
});

test('a post a common noun owns (`the company’s chief executive said`) is its holder when the text named one, else no one: never the last speaker', () => {
  const unnamed = quotesOf([
    '“My client denies all charges,” Lena Dorn said.',
    '“Jobs are safe,” the company’s chief executive said.',
  ]);
  assert.equal(unnamed.speaker(find(unnamed.quotes, 'Jobs are safe')), null);
  const named = quotesOf([
    'Tarsis chief executive Ana Roe met the unions on Monday.',
    '“My client denies all charges,” Lena Dorn said.',
    '“Jobs are safe,” the company’s chief executive said.',
  ]);
  assert.equal(named.speaker(find(named.quotes, 'Jobs are safe')), 'Ana Roe');
});

test('a clause joined by `and` or `but` whose verb of saying has words after it is no trailing attribution of the clause before', () => {
  const { analysis, speaker } = quotesOf([
    'The bank raised rates, and its chief Ana Roe said inflation was easing.',
    'Prices rose, but Ivo Marr said the trend would reverse.',
    'The talks will resume, Lena Dorn said on Monday.',
  ]);
  const quotes = [...analysis.quotes];
  assert.equal(find(quotes, 'The bank raised rates'), undefined);
  assert.equal(speaker(find(quotes, 'inflation was easing')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'the trend would reverse')), 'Ivo Marr');
  assert.equal(speaker(find(quotes, 'The talks will resume')), 'Lena Dorn');
});

test('a quotation right after a sentence telling who put something into words is theirs: `The mood was summed up by Ana Roe, a teacher. “…”`', () => {
  const { quotes, speaker } = quotesOf([
    'The situation was summed up by Ivo Marr, a New Yorker who has lived in the city for 26 years. “It is morose. But we have a spirit of calm.”',
    'The plan was drafted by Tom Hale, an engineer. “It will cost millions.”',
  ]);
  assert.equal(speaker(find(quotes, 'It is morose')), 'Ivo Marr');
  // Drafting a plan is no putting into words: no one is given the quotation after it.
  assert.equal(speaker(find(quotes, 'cost millions')), null);
});

test('a name a verb takes as its object is no speaker of the verb joined after it: `Officials thanked Ivo Marr and said …`', () => {
  const { analysis, speaker } = quotesOf([
    'Officials thanked Ivo Marr and said the plan would work.',
    'Ana Roe arrived on Monday and said she was delighted.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  const plan = find(reported, 'the plan would work');
  assert.ok(plan === undefined || speaker(plan) === null, speaker(plan) ?? '');
  assert.equal(speaker(find(reported, 'she was delighted')), 'Ana Roe');
});

test('a sentence whose main clause opens on a role after a clause setting the scene is about the role’s holder: `Asked about the toss, the captain bristled. “…,” he said.`', () => {
  const { quotes, speaker } = quotesOf([
    'Harlow’s captain, Ivo Marr, and head coach Tom Hale faced the media together. “We batted badly,” Marr said.',
    'Hale, sitting next to him, nodded. “They were better in the key hour,” he said.',
    'Asked whether the decision to bowl first had cost them, the captain bristled. “That is hindsight,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'That is hindsight')), 'Ivo Marr');
  assert.equal(speaker(find(quotes, 'key hour')), 'Tom Hale');
});

test('an age after a quotation that opens its sentence (`“…,” the 81-year-old said`) is the one the sentence before is about, when no one was given that age', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe founded the strings programme in 2009. Its alumni include Mia Lund, now a principal cellist. “She never told me I was good,” Lund said.',
    'Roe is blunt about money. “People like to clap for children,” the 81-year-old said.',
    'Ivo Marr has appeared in 63 films.',
    '“I have died on screen more times than I have had birthdays,” the 78-year-old actor said over tea.',
  ]);
  assert.equal(speaker(find(quotes, 'clap for children')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'died on screen')), 'Ivo Marr');
});

test('a quotation the next sentence names the speaker of (`“…” That was the assessment of Ana Roe.`) is theirs, over a speaker going on from the paragraph before', () => {
  const { quotes, speaker } = quotesOf([
    'Ivo Marr denied any wrongdoing. “We operate within the law,” Marr told reporters.',
    '“The enforcement gap is at sea, not on paper.” That was the assessment of Ana Roe, a former sanctions official.',
    '“Those are numbers we would be happy with.” That was how Dr Tom Hale, an epidemiologist, summed up the result.',
    '“We will appeal.” That was the day the ruling came.',
  ]);
  assert.equal(speaker(find(quotes, 'enforcement gap')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'numbers we would')), 'Tom Hale');
  // (A sentence that names no one's words is no attribution.)
  assert.notEqual(speaker(find(quotes, 'We will appeal')), 'Ana Roe');
});

test('a role opening a sentence with any verb after it (`the executive shook her head`) is its holder: `the CEO` the chief executive, a role in a long appositive read whole', () => {
  const { quotes, speaker } = quotesOf([
    'Chief executive Ana Roe and chief financial officer Mia Lund took questions on the call. “Deals are taking longer,” Roe said.',
    'Lund said the forecast assumed no improvement. “We would rather reset once,” she said.',
    'Pressed by an analyst on whether the company was losing business, the CEO rejected the idea. “Our win rates are up,” she said.',
  ]);
  assert.equal(speaker(find(quotes, 'win rates')), 'Ana Roe');
  const launch = quotesOf([
    '“Thin is no longer a trade-off,” said Eva Stone, executive vice president of mobile product planning at Tarsis, at the launch.',
    '“It is beautiful, but expensive,” said Kim Dale, a 34-year-old office worker.',
    'Asked whether prices might come down, the executive shook her head. “Premium is premium,” she said.',
  ]);
  assert.equal(launch.speaker(find(launch.quotes, 'Premium is premium')), 'Eva Stone');
});

test('`the teenager` is the one the text gave an age of 13 to 19, never the last man speaking; with no one of that age, no one', () => {
  const { quotes, speaker } = quotesOf([
    'Tarsis have signed 19-year-old winger Ivo Marr from Orvel FC.',
    'Technical director Tom Hale said the club had tracked Marr for two years. “We watched him in the snow,” Hale told reporters.',
    'The teenager, speaking in English at his unveiling, said: “It is a dream.”',
  ]);
  assert.equal(speaker(find(quotes, 'It is a dream')), 'Ivo Marr');
  const none = quotesOf([
    'Technical director Tom Hale said the club had tracked the winger. “We watched him in the snow,” Hale told reporters.',
    'The teenager, speaking at his unveiling, said: “It is a dream.”',
  ]);
  assert.equal(none.speaker(find(none.quotes, 'It is a dream')), null);
});

test('a demonym for a speaker (`the Spaniard`, `said the Norwegian`, `the Frenchwoman`) is the one the text tied to that country, never the country nor the last one speaking', () => {
  const { quotes, speaker } = quotesOf([
    'Ana Roe and Mia Lund won the doubles title on Sunday.',
    '“At 7-4 I was already thinking about the runner-up speech,” Roe said.',
    'Roe, 24, was born in Lagos; Lund, 31, grew up in Lyon.',
    'Asked about the turning point, the Nigerian said it came at 6-7. “That shot changed everything,” she said.',
    '“I run like that every day,” Lund replied.',
    'Their opponents, Eva Stone of Italy and Kim Dale of Canada, were playing their third final. “They were better in the big moments,” Stone said.',
    'The Frenchwoman said she would now turn to the clay-court season. “We will enjoy tonight,” she said.',
  ]);
  assert.equal(speaker(find(quotes, 'changed everything')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'enjoy tonight')), 'Mia Lund');
  const country = quotesOf([
    'Ivo Marr of Norway took six wickets for 48 on the final day.',
    '“It has not sunk in yet,” said the Norwegian, who came through the academy.',
  ]);
  assert.equal(country.speaker(find(country.quotes, 'sunk in')), 'Ivo Marr');
  // (A demonym qualifying a noun is someone of that country the text does not name: not the country.)
  const official = quotesOf([
    'Turkish businessman Ivo Marr entered the country in 2013, officials said.',
    '“There is no record of him leaving the country,” said the Turkish official.',
  ]);
  assert.equal(official.speaker(find(official.quotes, 'no record')), null);
});

test('a pronoun after an unnamed person opening the sentence past a setting (`Outside the hall, a woman who did not want to be named said …`) or named by a common noun (`Another parent, …`) is no one named', () => {
  const { quotes, speaker } = quotesOf([
    'Councillor Ana Roe said the plan would go ahead. “We have listened,” Roe said.',
    'Outside the hall, a woman who did not want to be named said she had voted for Roe. “I won’t be making that mistake again,” she said.',
    'Another parent, who asked that her name not be used, said she backed the change. “I am all for it,” she said.',
    'Afterward, a man in his 60s who declined to give his name said he was undecided. “The mayor has done fine,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'We have listened')), 'Ana Roe');
  assert.equal(speaker(find(quotes, 'that mistake again')), null);
  assert.equal(speaker(find(quotes, 'all for it')), null);
  assert.equal(speaker(find(quotes, 'mayor has done fine')), null);
});

test('`said the Cornishman` is no name: with no one tied to that country, the demonym is the one the sentence before opens on', () => {
  const { analysis, quotes, speaker } = quotesOf([
    'Harlow’s captain, Tom Hale, said they had batted badly. “We were poor,” Hale said.',
    'Ivo Marr, 22, took four of the last five wickets.',
    '‘It has not sunk in yet,’ said the Cornishman, who came through the academy.',
  ]);
  assert.ok(
    !analysis.entities.some((e) => e.name === 'Cornishman'),
    analysis.entities.map((e) => e.name).join(', '),
  );
  assert.equal(speaker(find(quotes, 'sunk in')), 'Ivo Marr');
});

test('`a spokesperson for the charity` speaks for the one body of that kind the text can mean, or for no one when several could be', () => {
  const { quotes, speaker } = quotesOf([
    'The project is funded by the Tarsis Trust. A spokesperson for the charity said: “Discovery is the first step.”',
  ]);
  assert.equal(speaker(find(quotes, 'first step')), 'Tarsis Trust');
  const two = quotesOf([
    'Orvel Valley Railway said the Marr Line would close. Kessa Holdings, its owner, agreed.',
    '‘We have tried tourist trains,’ a spokesman for the company told reporters.',
  ]);
  assert.equal(two.speaker(find(two.quotes, 'tourist trains')), null);
});

test('a bouncer or a colleague kept anonymous is no one named: `A bouncer at the bar, who spoke on condition of anonymity, said … “…,” he said`', () => {
  const { quotes, speaker } = quotesOf([
    'Ivo Marr, 34, was shot outside the bar. “He was at the wrong place,” Marr’s brother Tom Hale said.',
    'A bouncer at the bar, who spoke on condition of anonymity, said the argument began inside. “I walked them out myself,” he said.',
  ]);
  assert.equal(speaker(find(quotes, 'walked them out')), null);
});

test('reported speech of someone a name owns (`Callum’s uncle said …`) is no one named, never the owner; a spokesman still speaks for his', () => {
  const { analysis, speaker } = quotesOf([
    'Ivo Marr, 14, drowned in a flooded quarry on Sunday.',
    'Marr’s uncle said the family would campaign for better safety.',
    'Tarsis Corp’s spokesman said the quarry would be fenced.',
  ]);
  const reported = analysis.quotes.filter((q) => q.kind === 'reported');
  assert.equal(speaker(find(reported, 'the family would campaign')), null);
  assert.equal(speaker(find(reported, 'would be fenced')), 'Tarsis Corp');
});

test('`he said` after a sentence opening on someone’s relative (`Speaking outside court, Marr’s uncle said …`) is that relative, no one named, never the owner; a relative named right after is that person', () => {
  const { quotes, speaker } = quotesOf([
    'Ivo Marr, 14, drowned in a flooded quarry on Sunday.',
    'Speaking outside court, Marr’s uncle said the family would campaign for better safety. ‘We don’t want another family sitting here,’ he said.',
  ]);
  assert.equal(speaker(find(quotes, 'another family')), null);
  const named = quotesOf([
    'Tom Hale, 44, was killed riding home in April.',
    'Hale’s widow, Ana Reyes-Hale, read her statement to the court. “You turned our house into a waiting room,” she said.',
  ]);
  assert.equal(named.speaker(find(named.quotes, 'waiting room')), 'Ana Reyes-Hale');
});

test('a role only the text introduced (`Helen Roe, the county coroner,` … `the coroner said`) names its holder', () => {
  const { quotes, speaker, analysis } = quotesOf([
    'The inquest into the death of Callum Vance opened in Varn on Friday.',
    'Helen Roe, the county coroner, recorded a conclusion of misadventure.',
    '“This was a tragic accident,” the coroner said.',
    'Superintendent Carla Mendel presented the plan to the board on Monday.',
    'The superintendent said the concerns of parents were “real and serious”.',
  ]);
  // (A place noun that qualifies a role is no place: `the county coroner`.)
  assert.equal(analysis.entities.find((e) => e.name === 'Helen Roe')?.type, 'person');
  assert.equal(speaker(find(quotes, 'tragic accident')), 'Helen Roe');
  assert.equal(speaker(find(quotes, 'real and serious')), 'Carla Mendel');
});

test('words a speaker quotes themselves saying (`“… I just shouted up, ‘Jump, I’ve got you.’”`) are theirs; words said to them are not', () => {
  const { quotes, speaker } = quotesOf([
    'Neighbour Ivo Marr, 42, woke to the smoke alarm next door on Tuesday.',
    '“The little one was hanging out of the window and I just shouted up, ‘Jump, I’ve got you.’ And she did,” Marr said.',
    '“A man told me, ‘You are too slow,’ and I laughed,” said Ana Roe, who lives across the street.',
  ]);
  const inner = (words: string) => quotes.find((q) => q.text.startsWith(words));
  assert.equal(speaker(inner('Jump, I’ve got you')), 'Ivo Marr');
  assert.ok(inner('You are too slow'));
  assert.equal(speaker(inner('You are too slow')), null);
});
