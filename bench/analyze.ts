/**
 * @module bench/analyze
 * Measures the analysis stage and writes the `analyze` section of docs/benchmarks.md:
 * accuracy (precision/recall on the golden fixtures in test/analyze/fixtures), the libraries we compared
 * (compromise and wink-nlp for sentences and names, chrono-node for dates), and speed against the sentence
 * splitter alone as the baseline of the same run. Run: `npm run bench:analyze`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze, findDates, splitSentences } from '../src/analyze/index.js';
import type { Article } from '../src/types.js';
import { seedArticle } from '../test/analyze/article.js';
import {
  addScores,
  type Counts,
  emptyScores,
  type Fixture,
  fixtureArticle,
  loadFixtures,
  precision,
  recall,
  score,
} from '../test/analyze/score.js';

const ROOT = new URL('../', import.meta.url);
const DOCS = new URL('docs/benchmarks.md', ROOT);
const SEEDS = fileURLToPath(new URL('../shared/seeds/', ROOT));
const RUNS = 7;

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const pr = (c: Counts): string => `${pct(precision(c))} | ${pct(recall(c))}`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** CPU milliseconds (user + system) `fn` takes: other load on a shared machine does not count. */
function cpu(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

/** Runs `fn` RUNS times (after one warm-up) and returns the median CPU milliseconds. */
function time(fn: () => void): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push(cpu(fn));
  return median(ms);
}

/** Precision/recall of surface strings against gold strings, by containment either way. */
function surfaceScore(predicted: readonly string[], gold: readonly string[]): Counts {
  const norm = (s: string): string => s.trim().replace(/[’']s$/, '');
  const p = predicted.map(norm).filter(Boolean);
  const g = gold.map(norm);
  const hit = (a: string, b: string): boolean =>
    a === b || (a.includes(b) && b.length > 2) || (b.includes(a) && a.length > 2);
  return { tp: g.filter((x) => p.some((y) => hit(y, x))).length, predicted: p.length, gold: g.length };
}

const add = (a: Counts, b: Counts): void => {
  a.tp += b.tp;
  a.predicted += b.predicted;
  a.gold += b.gold;
};
const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

function blockTexts(f: Fixture): { text: string; heading: boolean }[] {
  return f.blocks.map((b) =>
    typeof b === 'string' ? { text: b, heading: false } : { text: b.text, heading: b.kind === 'heading' },
  );
}

// Step 1: accuracy of our analysis on the fixtures.
const fixtures = loadFixtures();
// Fixtures named `heldout-*` were written after the code was tuned and never tuned against.
const ours = emptyScores();
const heldOut = emptyScores();
for (const f of fixtures)
  addScores(f.name.startsWith('heldout-') ? heldOut : ours, score(f, analyze(fixtureArticle(f))));
const tunedCount = fixtures.filter((f) => !f.name.startsWith('heldout-')).length;

// Step 2: the libraries on the same fixtures.
const wink = winkNLP(winkModel);
const its = wink.its;
const sentences = { ours: zero(), compromise: zero(), wink: zero() };
const names = { ours: zero(), compromise: zero(), wink: zero() };
const dates = { ours: zero(), chrono: zero() };
for (const f of fixtures) {
  const goldSentences = f.gold.sentences;
  const article = fixtureArticle(f);
  const predOurs = splitSentences(article.text, article.paragraphs).map((s) => s.text);
  const predCompromise: string[] = [];
  const predWink: string[] = [];
  for (const b of blockTexts(f)) {
    if (b.heading) {
      predCompromise.push(b.text);
      predWink.push(b.text);
      continue;
    }
    predCompromise.push(...(nlp(b.text).sentences().out('array') as string[]).map((s) => s.trim()));
    predWink.push(...(wink.readDoc(b.text).sentences().out() as string[]).map((s) => s.trim()));
  }
  const exact = (pred: string[]): Counts => ({
    tp: goldSentences.filter((g) => pred.includes(g)).length,
    predicted: pred.length,
    gold: goldSentences.length,
  });
  add(sentences.ours, exact(predOurs));
  add(sentences.compromise, exact(predCompromise));
  add(sentences.wink, exact(predWink));

  const goldForms = f.gold.entities.flatMap((e) =>
    e.forms.filter((x) => /^\p{Lu}/u.test(x) && !/^The /.test(x)),
  );
  const a = analyze(article);
  add(
    names.ours,
    surfaceScore(
      a.mentions
        .filter((m) => /^\p{Lu}/u.test(m.text) && !/^The /.test(m.text))
        .map((m) => m.text.replace(/^(?:Mr|Ms|Dr)\.? /, '')),
      goldForms.map((x) => x.replace(/^(?:Mr|Ms|Dr)\.? /, '')),
    ),
  );
  const doc = nlp(article.text);
  const comp = [
    ...(doc.people().out('array') as string[]),
    ...(doc.places().out('array') as string[]),
    ...(doc.organizations().out('array') as string[]),
  ].map((s) => s.replace(/[,.;:“”"]+$/g, '').replace(/^(?:Mr|Ms|Dr)\.? /, ''));
  add(
    names.compromise,
    surfaceScore(
      comp,
      goldForms.map((x) => x.replace(/^(?:Mr|Ms|Dr)\.? /, '')),
    ),
  );
  const wdoc = wink.readDoc(article.text);
  // wink's lite model has no people/place NER: proper nouns (PROPN runs) are the closest it offers.
  const propn: string[] = [];
  let run: string[] = [];
  wdoc.tokens().each((t: { out: (f: unknown) => string }) => {
    if (t.out(its.pos) === 'PROPN') run.push(t.out(its.value));
    else if (run.length > 0) {
      propn.push(run.join(' '));
      run = [];
    }
  });
  add(names.wink, surfaceScore(propn, goldForms));

  const ref = f.published ? new Date(`${f.published.slice(0, 10)}T12:00:00Z`) : new Date();
  const ourDates = findDates(article.text, splitSentences(article.text, article.paragraphs), f.published);
  const chronoDates = chrono.parse(article.text, ref).map((r) => {
    const c = r.start;
    const iso = c.isCertain('day')
      ? `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`
      : c.isCertain('month')
        ? `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}`
        : String(c.get('year'));
    const day = `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    return { text: r.text, date: iso, day };
  });
  for (const g of f.gold.dates) {
    const hit = (t: string): boolean => t.includes(g.text) || g.text.includes(t);
    if (ourDates.some((d) => hit(d.text) && d.date === g.date)) dates.ours.tp++;
    if (
      chronoDates.some(
        (d) => hit(d.text) && (d.date === g.date || (g.date?.length === 10 && d.day === g.date)),
      )
    )
      dates.chrono.tp++;
  }
  dates.ours.gold += f.gold.dates.length;
  dates.chrono.gold += f.gold.dates.length;
  dates.ours.predicted += ourDates.length;
  dates.chrono.predicted += chronoDates.length;
}

// Step 3: speed. A corpus of the fixtures (and seeds, when present) repeated to about 2 MB.
const base: Article[] = fixtures.map(fixtureArticle);
const seedArticles: Article[] = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => seedArticle(readFileSync(SEEDS + f, 'utf8'), f))
  : [];
base.push(...seedArticles);
const corpus: Article[] = [];
let bytes = 0;
while (bytes < 2_000_000) {
  for (const a of base) {
    corpus.push(a);
    bytes += Buffer.byteLength(a.text);
  }
}
const mb = bytes / 1e6;
const tSplit = time(() => {
  for (const a of corpus) splitSentences(a.text, a.paragraphs);
});
const tAnalyze = time(() => {
  for (const a of corpus) analyze(a);
});
const slice = corpus.slice(0, Math.max(1, Math.floor(corpus.length / 10)));
const sliceMb = slice.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
const tChrono = time(() => {
  for (const a of slice) chrono.parse(a.text, new Date('2026-02-04T12:00:00Z'));
});
const tDates = time(() => {
  for (const a of slice) findDates(a.text, splitSentences(a.text, a.paragraphs), '2026-02-04');
});
const tCompromise = time(() => {
  for (const a of slice) nlp(a.text).sentences().out('array');
});
const tWink = time(() => {
  for (const a of slice) wink.readDoc(a.text).sentences().out();
});
let seedCold = Number.NaN;
let seedWarm = Number.NaN;
let seedBytes = 0;
if (seedArticles.length > 0) {
  seedBytes = seedArticles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const fresh = seedArticles.map((a) => ({ ...a }));
  seedCold = cpu(() => {
    for (const a of fresh) analyze(a);
  });
  seedWarm = time(() => {
    for (const a of seedArticles) analyze(a);
  });
}
// A 5 MB single paragraph: stays linear.
const huge =
  'Mr Lin said “trade grew 5 per cent on Sunday, ” according to Tass, and the talks lasted nearly two hours. '.repeat(
    48_000,
  );
const tHuge = (() => {
  const a = fixtureArticle({
    name: 'huge',
    published: '2026-02-04',
    blocks: [huge],
    gold: fixtures[0]!.gold,
  });
  return cpu(() => analyze(a));
})();

// Step 4: the table.
const rate = (m: number, ms: number): string => `${(m / (ms / 1000)).toFixed(2)} MB/s`;
const lines = [
  `Command: \`npm run bench:analyze\` (bench/analyze.ts). Node ${process.version}, medians of ${RUNS} runs of CPU time (user + system of this process, so other load on the shared machine is not counted; GC threads count, so figures are conservative).`,
  `Fixtures: ${fixtures.length} invented articles with hand annotations in test/analyze/fixtures/ (${fixtures.map((f) => f.name).join(', ')}).`,
  '',
  '**Accuracy of `analyze()` on the golden fixtures**',
  '',
  `Development fixtures (${tunedCount}, the code was tuned on them) and held-out fixtures (${fixtures.length - tunedCount}, \`heldout-*\`, written afterwards and not tuned on).`,
  '',
  '| what | dev precision | dev recall | dev items | held-out precision | held-out recall | held-out items |',
  '|---|---|---|---|---|---|---|',
  ...(
    [
      ['sentences (exact text)', 'sentences'],
      ['entities (name and type)', 'entities'],
      ['alias resolution (each surface form -> right entity)', 'aliases'],
      ['quotes with the right speaker (direct, partial, reported)', 'quotes'],
      ['quantities (value, unit, hedge interval)', 'quantities'],
      ['dates (text and resolved date)', 'dates'],
    ] as const
  ).map(
    ([label, k]) =>
      `| ${label} | ${pr(ours[k])} | ${ours[k].gold} | ${pr(heldOut[k])} | ${heldOut[k].gold} |`,
  ),
  '',
  '**Libraries compared on the same fixtures** (why the stage is hand-written)',
  '',
  '| task | tool | precision | recall | speed |',
  '|---|---|---|---|---|',
  `| sentences | ours (splitSentences) | ${pr(sentences.ours)} | ${rate(mb, tSplit)} |`,
  `| sentences | compromise 14 | ${pr(sentences.compromise)} | ${rate(sliceMb, tCompromise)} |`,
  `| sentences | wink-nlp 2 + eng-lite-web-model | ${pr(sentences.wink)} | ${rate(sliceMb, tWink)} |`,
  `| names (people, places, orgs; surface forms) | ours (mentions) | ${pr(names.ours)} | see full analysis |`,
  `| names | compromise people/places/organizations | ${pr(names.compromise)} | |`,
  `| names | wink-nlp PROPN runs (the lite model has no person/place NER) | ${pr(names.wink)} | |`,
  `| dates (text and resolution) | ours (findDates) | ${pr(dates.ours)} | ${rate(sliceMb, tDates)} |`,
  `| dates | chrono-node 2 (casual, ref = publication) | ${pr(dates.chrono)} | ${rate(sliceMb, tChrono)} |`,
  '',
  '**Speed** (baseline: the sentence splitter alone, same run, same corpus)',
  '',
  '| what | corpus | median | throughput | ratio to baseline |',
  '|---|---|---|---|---|',
  `| splitSentences (baseline) | ${mb.toFixed(2)} MB, ${corpus.length} articles | ${tSplit.toFixed(0)} ms | ${rate(mb, tSplit)} | 1.0x |`,
  `| analyze (everything) | same | ${tAnalyze.toFixed(0)} ms | ${rate(mb, tAnalyze)} | ${(tAnalyze / tSplit).toFixed(1)}x |`,
  `| analyze, one 5 MB paragraph (bad input) | ${(Buffer.byteLength(huge) / 1e6).toFixed(1)} MB | ${tHuge.toFixed(0)} ms | ${rate(Buffer.byteLength(huge) / 1e6, tHuge)} | |`,
  seedArticles.length > 0
    ? `| the ${seedArticles.length} seeds (../shared/seeds), after start-up | ${(seedBytes / 1000).toFixed(1)} kB | first call ${seedCold.toFixed(1)} ms, then ${seedWarm.toFixed(1)} ms | | |`
    : '| the seeds | _skipped: ../shared/seeds not present_ | | | |',
  '',
  'History of the held-out set (first runs, before the fixes each prompted; precision/recall): the first pair (now',
  '`port`, `election`) scored entities 77%/77%, aliases 93%/93%, quotes 100%/100%, quantities 91%/91%, dates 78%/78%;',
  'the second (now `mine`) entities 50%/40%, aliases 57%/57%, quotes 75%/60%, quantities and dates 100%/100%. Each',
  'then joined the development set and a new held-out article was written.',
  '',
  'Choices: sentences, names and dates are hand-written. wink-nlp splits sentences as well but far slower, compromise',
  'is slower still and misses names; neither resolves aliases, roles or metonymy. chrono-node finds fewer of the dates',
  'and resolves weekdays and bare months without the news rules (most recent day on or before publication unless the',
  'sentence is future; month after publication in past tense -> last year), so it is not used (it stays a dependency',
  'for other stages). compromise and wink-nlp are dev dependencies for this benchmark only.',
  '',
  'Hedge intervals: `nearly`/`almost` X -> [8/9 X, X] (so `nearly 90 minutes` -> [80, 90]); `about`/`some`/`roughly` -> ±10%;',
  '`more than`/`over`/`at least`/`exceeded`/`by a solid margin` -> [X, 1.5 X]; `less than`/`up to` -> [X/2, X]; vague counts',
  '(`tens of thousands`) -> fixed ranges ([20 000, 99 999]). Durations are in minutes.',
];
const section = lines.join('\n');
const doc = readFileSync(DOCS, 'utf8');
const start = '<!-- section:analyze:start -->';
const end = '<!-- section:analyze:end -->';
const i = doc.indexOf(start);
const j = doc.indexOf(end);
if (i < 0 || j < 0) throw new Error('docs/benchmarks.md has no analyze section markers');
writeFileSync(DOCS, `${doc.slice(0, i + start.length)}\n${section}\n${doc.slice(j)}`);
console.log(section);
