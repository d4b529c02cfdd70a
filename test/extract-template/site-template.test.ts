import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chromeKeys,
  emptyTemplate,
  learnPages,
  siteOf,
  templateKey,
} from '../../src/extract/template/site-template.js';
import { cleanText } from '../../src/extract/text/clean-text.js';

/** Pages of an invented site: its own chrome in words no general rule knows, around each story. */
const PLACES = [
  'Orsk',
  'Velmora',
  'Lenning',
  'Marrow',
  'Tessel',
  'Brisk',
  'Oldham',
  'Karn',
  'Lisk',
  'Doran',
  'Fenn',
];
const THINGS = [
  'bridge',
  'barrier',
  'school',
  'harbour',
  'library',
  'market',
  'clinic',
  'depot',
  'tunnel',
  'park',
  'mill',
];

function sitePage(n: number): string {
  const place = PLACES[n % PLACES.length]!;
  const thing = THINGS[(n * 7) % THINGS.length]!;
  return [
    'Orsk Evening Lantern',
    'Lantern Front | Lantern Markets | Lantern Pitch | Lantern Stage',
    `${place} votes on the new ${thing}`,
    `The council of ${place} met on Tuesday and approved the ${thing} plan, said the mayor at the town hall.`,
    `Residents of ${place} asked about the ${thing} and what it would cost the town in the coming years.`,
    'Our promise to readers: the Lantern never sleeps',
    'Tip the Lantern: stories@lantern.example',
    `Lantern issue ${n + 400} · printed in Orsk`,
  ].join('\n\n');
}

test('lines recurring across a site are learnt as its chrome; digits and case do not matter', () => {
  const template = learnPages(emptyTemplate('lantern.example'), [1, 2, 3, 4, 5].map(sitePage));
  assert.equal(template.pages, 5);
  const chrome = chromeKeys(template);
  assert.ok(chrome.has(templateKey('Our promise to readers: the Lantern never sleeps')));
  assert.ok(chrome.has(templateKey('Lantern issue 999 · printed in Orsk')));
  assert.ok(!chrome.has(templateKey(sitePage(1).split('\n\n')[3]!)));
  assert.equal(siteOf('https://www.Lantern.example/a'), 'lantern.example');
  assert.equal(siteOf('not a url'), null);
});

test('the next page of the site is cleaned with what was learnt, and loses no body line', () => {
  const template = learnPages(
    emptyTemplate('lantern.example'),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(sitePage),
  );
  const page = sitePage(11);
  const without = cleanText(page);
  const withTemplate = cleanText(page, { template });
  for (const chrome of ['Our promise to readers', 'Tip the Lantern', 'Lantern issue 411'])
    assert.ok(!withTemplate.text.includes(chrome), `kept ${chrome}`);
  assert.ok(
    without.text.includes('Our promise to readers'),
    'the general rules alone do not know this chrome',
  );
  for (const body of page.split('\n\n').slice(3, 5))
    assert.ok(withTemplate.text.includes(body), `lost ${body}`);
  assert.ok(withTemplate.removed.some((r) => r.text.startsWith('Tip the Lantern') && r.reason === 'chrome'));
});

test('one page teaches nothing; a template stays bounded', () => {
  const one = learnPages(emptyTemplate('lantern.example'), [sitePage(1)]);
  assert.equal(chromeKeys(one).size, 0);
  const many = learnPages(
    emptyTemplate('big.example'),
    Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 200 }, (_, k) => `line ${String.fromCharCode(97 + (k % 26))}${i}-${k}x`).join(
        '\n',
      ),
    ),
  );
  assert.ok(Object.keys(many.lines).length <= 2000);
});

test('a menu entry the template removes still makes the menu around it a menu', () => {
  // Each page's footer list holds one entry that recurs on the site and two of the page's own.
  const withList = (n: number): string => {
    const lines = sitePage(n).split('\n\n');
    const own = [`${PLACES[(n + 3) % PLACES.length]} Notes`, `${PLACES[(n + 5) % PLACES.length]} Weekly`];
    return [...lines.slice(0, 5), 'Lantern Shop', ...own, ...lines.slice(5)].join('\n\n');
  };
  const template = learnPages(emptyTemplate('lantern.example'), [1, 2, 3, 4, 5].map(withList));
  const page = withList(6);
  const without = cleanText(page);
  assert.ok(!without.text.includes('Notes'), 'the general rules drop the three-line list');
  const withTemplate = cleanText(page, { template });
  for (const own of ['Notes', 'Weekly']) assert.ok(!withTemplate.text.includes(own), `kept ${own}`);
});
