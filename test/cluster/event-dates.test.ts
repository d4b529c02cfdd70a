/**
 * @module test/cluster/event-dates
 * The light resolver of the days a report names, against its publication day.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDates } from '../../src/cluster/event-dates.js';

const DAY_MS = 86_400_000;
/** Fractional days of an ISO time. */
const at = (iso: string) => Date.parse(iso) / DAY_MS;
const iso = (day: number | null) => (day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10));

// 2031-03-12 is a Wednesday.
const PUBLISHED = at('2031-03-12T15:00:00Z');

test('a weekday is the most recent such day on or before publication', () => {
  assert.equal(
    iso(eventDates(null, 'The ferry sank on Monday near Harlow Point.', PUBLISHED).main),
    '2031-03-10',
  );
  assert.equal(iso(eventDates(null, 'The vote was held on Wednesday.', PUBLISHED).main), '2031-03-12');
  assert.equal(iso(eventDates(null, 'Crews returned last Wednesday.', PUBLISHED).main), '2031-03-05');
  assert.equal(eventDates(null, 'The council meets next Monday.', PUBLISHED).main, null);
});

test('yesterday, today and last night are relative to publication', () => {
  assert.equal(iso(eventDates(null, 'The bridge closed yesterday.', PUBLISHED).main), '2031-03-11');
  assert.equal(iso(eventDates(null, 'Traffic resumed today.', PUBLISHED).main), '2031-03-12');
  assert.equal(iso(eventDates(null, 'Shots rang out last night.', PUBLISHED).main), '2031-03-11');
});

test('a capitalised Today or Tonight that ends a name is not a day', () => {
  // 2031-03-12 is a Wednesday; Friday is 2031-03-07.
  const text =
    'Crews showed the new ferry on Friday. (Photo: Harbour Authority via Harlow Today)\n' +
    'Pictures ran in USA TODAY and on The Tonight Show. Today, the council thanked the crews.';
  const dates = eventDates(null, text, PUBLISHED);
  assert.equal(iso(dates.main), '2031-03-07');
  assert.deepEqual(
    dates.days.map(iso),
    ['2031-03-07', '2031-03-12'],
    'the sentence-initial Today still counts',
  );
});

test('month-day dates take the year that puts them on or before publication', () => {
  assert.equal(
    iso(eventDates(null, 'The fire of Feb. 27 destroyed the mill.', PUBLISHED).main),
    '2031-02-27',
  );
  assert.equal(iso(eventDates(null, 'It began on 3 March.', PUBLISHED).main), '2031-03-03');
  // December named in March is last December, not next.
  assert.equal(iso(eventDates(null, 'Since December 14, prices rose.', PUBLISHED).main), '2030-12-14');
  assert.equal(
    iso(eventDates(null, 'The treaty of June 2, 2030 still holds.', PUBLISHED).main),
    '2030-06-02',
  );
  assert.equal(iso(eventDates(null, 'Recorded on 2031-03-09 by the agency.', PUBLISHED).main), '2031-03-09');
});

test('the main date is the day named most, headline and lead counting double; future days are plans', () => {
  const text =
    'The dam at Keswall gave way on Tuesday, flooding the valley. ' +
    'Residents recalled the smaller flood of January 4. '.repeat(1) +
    'x '.repeat(400) +
    'Repairs are planned for March 30. Engineers inspected the dam on Tuesday.';
  const found = eventDates('Keswall dam bursts', text, PUBLISHED);
  assert.equal(iso(found.main), '2031-03-11');
  assert.deepEqual(found.days.map(iso), ['2031-03-11', '2031-01-04']);
});

test("the day after publication is a writer's today further east; six days back needs `last`", () => {
  // Published on a Wednesday: a bare `Thursday` is Thursday in Asia, not last week's.
  assert.equal(iso(eventDates(null, 'The missile was fired on Thursday.', PUBLISHED).main), '2031-03-13');
  assert.equal(iso(eventDates(null, 'It was fired last Thursday.', PUBLISHED).main), '2031-03-06');
});

test('the news is the recent day: an older date in the lead is background, unless the headline names it', () => {
  const toll =
    'The toll of the attack in Dorvel on February 14 rose to 85, the regional president announced on ' +
    'Tuesday. A man drove a truck into the crowd on February 14.';
  const found = eventDates('Toll in Dorvel attack rises', toll, PUBLISHED);
  assert.equal(iso(found.main), '2031-03-11');
  assert.deepEqual(found.days.map(iso), ['2031-02-14', '2031-03-11']);
  assert.equal(iso(eventDates('Dorvel, February 14: what we know', toll, PUBLISHED).main), '2031-02-14');
  // With no recent day the older date is the report's.
  assert.equal(iso(eventDates(null, 'The attack of February 14 killed 84.', PUBLISHED).main), '2031-02-14');
});

test('undated reports resolve only dates that carry a year; nothing named is null', () => {
  assert.equal(eventDates(null, 'It happened on Monday, March 3.', null).main, null);
  assert.equal(iso(eventDates(null, 'It happened on March 3, 2031.', null).main), '2031-03-03');
  assert.equal(eventDates('No dates here', 'Nothing about when.', PUBLISHED).main, null);
});

test('a huge text is read only up to its first part', () => {
  const huge = `Tremors shook Avel on Monday. ${'filler words here '.repeat(300_000)} On Friday more came.`;
  const started = performance.now();
  assert.equal(iso(eventDates(null, huge, PUBLISHED).main), '2031-03-10');
  assert.ok(performance.now() - started < 1_000);
});
