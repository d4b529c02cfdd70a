import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDate, readDateLine } from '../../src/extract/metadata/date-line.js';

test('dates written with the month named in other languages are read, day first', () => {
  const cases: [string, string][] = [
    ['Der Hafen wurde am 2. Februar 2022 eröffnet', '2022-02-02'],
    ['publicado el 3 de marzo de 2026', '2026-03-03'],
    ['7. oktober 2020', '2020-10-07'],
    ['4 maja 2021 r.', '2021-05-04'],
    ['le 1er mai… non: 21 août 2019 à Paris', '2019-08-21'],
    ['12 dicembre 2018', '2018-12-12'],
  ];
  for (const [text, iso] of cases) assert.equal(findDate(text)?.iso, iso, text);
  // A month name needs a day before it and a year after it; the planet is no month.
  assert.equal(findDate('The probe reached Mars in 2021'), null);
  assert.equal(findDate('31 février 2022'), null);
});

test('a line that is only a date, labelled in another language, is a date line with its label', () => {
  assert.deepEqual(readDateLine('Veröffentlicht: 2. Februar 2022'), {
    iso: '2022-02-02',
    label: 'published',
  });
  assert.deepEqual(readDateLine('Aktualisiert: 11.04.2020, 10:27'), {
    iso: '2020-04-11T10:27:00',
    label: 'updated',
  });
  assert.deepEqual(readDateLine('Mis à jour le 3 mars 2026'), { iso: '2026-03-03', label: 'updated' });
  assert.deepEqual(readDateLine('Publikacja: 04.05.2021'), { iso: '2021-05-04', label: 'published' });
  assert.deepEqual(readDateLine('Erstellt am Dienstag 6. Mai 2014'), { iso: '2014-05-06', label: 'plain' });
  assert.equal(readDateLine('Der Hafen wurde am 2. Februar 2022 eröffnet'), null);
});
