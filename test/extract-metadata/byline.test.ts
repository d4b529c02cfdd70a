import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readByline } from '../../src/extract/metadata/byline.js';

test('a byline line in German, French and Spanish reads as one in English does; a sentence never does', () => {
  assert.equal(readByline('Von Anna Roe und Tom Doe'), null, 'joined by a word the line does not know');
  assert.equal(readByline('Von Anna Roe, Tom Doe'), 'Anna Roe, Tom Doe');
  assert.equal(readByline('von Daniel Roe'), 'Daniel Roe');
  assert.equal(readByline('Par Jeanne Roe'), 'Jeanne Roe');
  assert.equal(readByline('Por Ana Roe'), 'Ana Roe');
  assert.equal(readByline('by Jane Roe'), 'Jane Roe');
  assert.equal(readByline('Von der Leyen traf am Dienstag die Minister in Velmora.'), null);
  assert.equal(readByline('Par ailleurs, la mairie a fermé le port.'), null);
});
