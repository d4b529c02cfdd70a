import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readByline } from '../../src/extract/metadata/byline.js';
import { findDate, normaliseDate, readDateLine } from '../../src/extract/metadata/date-line.js';
import { readDateline } from '../../src/extract/metadata/dateline.js';
import { outletFromUrl, readOutletLine } from '../../src/extract/metadata/outlet-name.js';
import {
  attributionCredits,
  canonicalAgency,
  closingCredit,
  datelineCredits,
} from '../../src/extract/metadata/wire-credit.js';
import { cleanText } from '../../src/extract/text/clean-text.js';

test('date lines', () => {
  assert.deepEqual(readDateLine('Published Thu, Mar 7, 2030 · 08:55 PM'), {
    iso: '2030-03-07T20:55:00',
    label: 'published',
  });
  assert.deepEqual(readDateLine('Friday, March 8, 2030'), { iso: '2030-03-08', label: 'plain' });
  assert.deepEqual(readDateLine('Last updated: 9 March 2030, 10:30 IST'), {
    iso: '2030-03-09T10:30:00',
    label: 'updated',
  });
  assert.deepEqual(readDateLine('Posted March 10, 2030 at 9:15 a.m.'), {
    iso: '2030-03-10T09:15:00',
    label: 'published',
  });
  assert.equal(readDateLine('The bridge opened on March 10, 2030 after repairs.'), null);
  assert.equal(readDateLine('February 30, 2030'), null);
  assert.equal(findDate('held talks on 4 February 2030 in Orsk')?.iso, '2030-02-04');
  assert.equal(normaliseDate('2030-02-04T10:00:00Z'), '2030-02-04T10:00:00Z');
  assert.equal(normaliseDate('2030-02-04 10:00'), '2030-02-04T10:00:00');
  assert.equal(normaliseDate('soon'), null);
  assert.equal(normaliseDate({}), null);
});

test('datelines', () => {
  const place = (p: string, article = ''): string | null => readDateline(p, article)?.place ?? null;
  assert.equal(place('ORSK — The council met.'), 'ORSK');
  assert.equal(place('NEW HAVEN: The council met.'), 'NEW HAVEN');
  assert.equal(place('ORSK : The council met.'), 'ORSK');
  assert.equal(place('[ORSK] The council met.'), 'ORSK');
  assert.equal(place('Orsk, March 4 (Reuters) - The council met.'), 'Orsk');
  assert.equal(place('ORSK (AP) — The council met.'), 'ORSK');
  assert.equal(place('ORSK The council met in Orsk.', 'Later, in Orsk, it rained.'), 'ORSK');
  assert.equal(place('NATO Leaders met on Monday.', 'Nato said.'), null);
  assert.equal(place('US President Lee spoke.'), null);
  assert.equal(place('The council met on Monday.'), null);
});

test('wire credits', () => {
  assert.equal(canonicalAgency('REUTERS'), 'Reuters');
  assert.equal(canonicalAgency('Agence France-Presse'), 'AFP');
  assert.equal(canonicalAgency('The Associated Press'), 'AP');
  assert.equal(canonicalAgency('Orsk Times'), null);
  assert.deepEqual(closingCredit('The council met on Monday. REUTERS')?.agencies, ['Reuters']);
  assert.deepEqual(closingCredit('The council met on Monday. AFP, REUTERS')?.agencies, ['AFP', 'Reuters']);
  assert.deepEqual(closingCredit('The council met on Monday. - Reuters')?.agencies, ['Reuters']);
  assert.deepEqual(closingCredit('The council met on Monday (AFP)')?.agencies, ['AFP']);
  assert.equal(closingCredit('The mayor told Reuters.'), null);
  assert.equal(closingCredit('The mayor spoke to Reuters'), null);
  assert.deepEqual(
    datelineCredits('ORSK, March 4 (Reuters) - The council met.').map((c) => c.agency),
    ['Reuters'],
  );
  const cited = (t: string): string[] => attributionCredits(t).map((c) => c.agency);
  assert.deepEqual(cited('The plan, according to news agency AP, is ready.'), ['AP']);
  assert.deepEqual(cited('The Associated Press reported the figure.'), ['AP']);
  assert.deepEqual(cited('Talks were cited by Xinhua and Kyodo.'), ['Xinhua', 'Kyodo']);
  assert.deepEqual(cited('A Reuters/Ipsos poll found support was low.'), []);
  assert.deepEqual(cited('He used to work at Bloomberg Philanthropies.'), []);
});

test('bylines and outlets', () => {
  assert.equal(readByline('By Ann Lee'), 'Ann Lee');
  assert.equal(readByline('BY ANN LEE and Tom Ray'), 'ANN LEE and Tom Ray');
  assert.equal(readByline('Author: Ann Lee'), 'Ann Lee');
  assert.equal(readByline('By the time the council met, it was late.'), null);
  assert.deepEqual(readOutletLine('Orsk Times header logo'), { name: 'Orsk Times', clue: 'logo' });
  assert.deepEqual(readOutletLine('Copyright © 2030 Orsk Media Group. All rights reserved.'), {
    name: 'Orsk Media Group',
    clue: 'copyright',
  });
  assert.equal(outletFromUrl('https://www.orsk.example/a/b'), 'orsk.example');
  assert.equal(outletFromUrl('not a url'), null);
});

test('glued sentences are repaired, abbreviations and addresses are not', () => {
  const para = (t: string): string =>
    cleanText(t)
      .paragraphs.map((p) => p.text)
      .join('\n');
  assert.equal(
    para('The council met in Orsk on Monday.Members voted to approve the plan.'),
    'The council met in Orsk on Monday. Members voted to approve the plan.',
  );
  assert.equal(
    para('The council met the U.S.Army engineers on Monday, e.g.The chief of staff.'),
    'The council met the U.S.Army engineers on Monday, e.g.The chief of staff.',
  );
  assert.equal(
    para('Council members met Mr.Lee on Monday and raised 3.5 million crowns.'),
    'Council members met Mr.Lee on Monday and raised 3.5 million crowns.',
  );
  assert.equal(
    para('Details of the plan are posted at www.Orsk.Example.com for residents.'),
    'Details of the plan are posted at www.Orsk.Example.com for residents.',
  );
  assert.equal(
    para('“We are ready,” she said.“The work starts now,” she added in Orsk.'),
    '“We are ready,” she said. “The work starts now,” she added in Orsk.',
  );
});

test('photo credits in several house styles', () => {
  const caps = (t: string) =>
    cleanText(`${t}\n\nThe council of Orsk met on Monday and approved the flood plan for the valley.`)
      .captions;
  assert.deepEqual(caps('The mayor of Orsk speaks at the meeting. (Photo by Ann Lee/AFP)'), [
    { text: 'The mayor of Orsk speaks at the meeting.', credit: 'Ann Lee/AFP' },
  ]);
  assert.deepEqual(caps('The mayor of Orsk speaks at the meeting. REUTERS/Ann Lee'), [
    { text: 'The mayor of Orsk speaks at the meeting.', credit: 'REUTERS/Ann Lee' },
  ]);
  assert.deepEqual(caps('The mayor of Orsk speaks at the meeting. Photo: Ann Lee'), [
    { text: 'The mayor of Orsk speaks at the meeting.', credit: 'Ann Lee' },
  ]);
});

test('numeric dates: dotted is day first, slashes only where the numbers tell', () => {
  assert.deepEqual(readDateLine('Updated 19.09.2029 10:05'), {
    iso: '2029-09-19T10:05:00',
    label: 'updated',
  });
  assert.equal(findDate('on 25/12/2029')?.iso, '2029-12-25');
  assert.equal(findDate('on 12/25/2029')?.iso, '2029-12-25');
  assert.equal(findDate('on 03/04/2029'), null);
});
