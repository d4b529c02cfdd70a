/**
 * @module build-gazetteer
 * Dev-time script: builds `src/analyze/data/countries.json` (names, alternative names, demonyms and
 * capitals of every country) from the `world-countries` npm package (ODbL, mledoze/countries).
 * Run: `npm i --no-save world-countries@5.1.0 && tsx scripts/build-gazetteer.ts && npx biome format --write
 * src/analyze/data/countries.json`.
 * Nothing reads the package at run time; the generated file is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WorldCountry {
  readonly cca2: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  readonly independent?: boolean;
}

/** Row: [code, name, alternative names, demonyms, capitals]. */
type Row = [string, string, string[], string[], string[]];

const require = createRequire(import.meta.url);
const source = require.resolve('world-countries/countries.json');
const countries = JSON.parse(readFileSync(source, 'utf8')) as WorldCountry[];

/** Alternative spellings worth matching in English prose: Latin letters, longer than a code. */
const isUsefulAlt = (s: string): boolean => /^[A-Z][A-Za-z' .-]+$/.test(s) && s.length > 3 && !/\./.test(s);

const rows: Row[] = countries.map((c) => {
  const alts = new Set<string>([c.name.official, ...c.altSpellings.filter(isUsefulAlt)]);
  alts.delete(c.name.common);
  const demonyms = new Set<string>();
  if (c.demonyms?.eng) {
    demonyms.add(c.demonyms.eng.m);
    demonyms.add(c.demonyms.eng.f);
  }
  return [c.cca2, c.name.common, [...alts], [...demonyms].filter(Boolean), [...(c.capital ?? [])]];
});
rows.sort((a, b) => a[0].localeCompare(b[0]));
const out = new URL('../src/analyze/data/countries.json', import.meta.url);
writeFileSync(out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`wrote ${rows.length} countries to ${out.pathname}`);
