/**
 * @module build-subdivisions-data
 * Dev-time script: builds `src/analyze/data/subdivisions.json`, the first-level subdivisions (provinces,
 * states, regions) of countries whose news names them often (`British Columbia`, `Bavaria`, `New South
 * Wales`, `Andhra Pradesh`), from the English names of Unicode CLDR's `cldr-subdivisions-full` (Unicode
 * License v3). Like the cities, they are evidence for a place, never the only evidence: names that are
 * also given names (`Victoria`), English words (`Acre`) or made only of English words (`North West`,
 * `Free State`) are left out, and so are names the gazetteer already holds as a country or city, a
 * people's name CLDR gives a republic by (`Chechen`, `Udmurt`), and Japan's prefectures (most are also
 * family names: `Yamaguchi`, `Ishikawa`).
 * Run: `npm i --no-save cldr-subdivisions-full@48.2.0 && tsx scripts/build-subdivisions-data.ts`.
 * Nothing reads the package at run time; the generated file is committed.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isEnglishWord } from '../src/analyze/english.js';
import { isGivenName } from '../src/analyze/entities/words.js';
import { CITY_COUNTRY, COUNTRY_BY_NAME } from '../src/analyze/gazetteer.js';

const require = createRequire(import.meta.url);
const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json') as {
  subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
};

/**
 * Countries whose ISO 3166-2 codes are all first-level, and for the rest the pattern of their
 * first-level codes (Spain's communities have two letters, its provinces one or two; Italy's regions
 * are numbered, its provinces lettered; France's regions have three letters, its departments digits).
 */
const FIRST_LEVEL: Readonly<Record<string, RegExp>> = {
  ca: /./,
  au: /./,
  in: /./,
  cn: /./,
  de: /./,
  mx: /./,
  br: /./,
  ng: /./,
  za: /./,
  nl: /./,
  pk: /./,
  id: /./,
  ru: /./,
  nz: /./,
  es: /^(?:an|ar|as|cb|cl|cm|cn|ct|ex|ga|ib|mc|md|nc|pv|ri|vc)$/,
  it: /^\d+$/,
  fr: /^[a-z]{3}$/,
  pt: /^(?:20|30)$/,
};

/** Short forms CLDR gives that are a people's name or a word more often than the place. */
const NOT_PLACES = new Set(
  'Jewish Chechen Buryat Chuvash Udmurt Nenets Komi Sakha Tuva Para Imo Tasman Adygea Altai Kalmykia'.split(
    ' ',
  ),
);

const onlyEnglishWords = (name: string): boolean =>
  name.split(/[\s-]+/).every((w) => /^(?:of|and|the)$/i.test(w) || isEnglishWord(w.toLowerCase()));

const rows = new Map<string, string>();
for (const [code, name] of Object.entries(cldr.subdivisions.localeDisplayNames.subdivisions)) {
  const country = code.slice(0, 2);
  const first = FIRST_LEVEL[country];
  if (!first?.test(code.slice(2)) || !/^[\p{Script=Latin} .’'-]+$/u.test(name) || NOT_PLACES.has(name))
    continue;
  const single = !/\s/.test(name);
  if (single ? isGivenName(name) || isEnglishWord(name.toLowerCase()) : onlyEnglishWords(name)) continue;
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  for (const form of new Set([name, plain]))
    if (!COUNTRY_BY_NAME.has(form) && !CITY_COUNTRY.has(form) && !rows.has(form))
      rows.set(form, country.toUpperCase());
}
const lines = [...rows]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, country]) => JSON.stringify([name, country]));
writeFileSync(
  new URL('../src/analyze/data/subdivisions.json', import.meta.url),
  `[\n${lines.join(',\n')}\n]\n`,
);
console.log(`wrote ${lines.length} subdivisions`);
