/**
 * @module bench/quality-real
 * The brief's quality on real news: every annotated giveme5w1h event (bench/truth/) briefed as one story
 * and scored against its truth, the dev events (thresholds and rules were tuned on them) and the held-out
 * test events in separate columns; the seeds (event 0, read by every change) apart; and the NeuS summary
 * benchmark (ROUGE against human neutral summaries, beside the first-sentence baseline, in the same run).
 * Writes the `quality-real` section of docs/benchmarks.md. Run through `npm run bench:quality`.
 */

import { machineLine, markdownTable } from './report.js';
import { corpusAvailable, WIKIREF_FIRST_ID } from './truth/corpus.js';
import { scoreInventedContradictions, scoreInventedSpeakers } from './truth/invented.js';
import {
  loadNeus,
  loadNeusDisagreements,
  neusAvailable,
  scoreNeus,
  scoreNeusNames,
  scoreNeusSpeakers,
} from './truth/neus.js';
import { runEvents, totals } from './truth/run.js';
import { MEASURES, type Scores, type Tally } from './truth/score.js';
import { scoreSentenceShapes } from './truth/shapes.js';
import { scoreJudgedSummaries } from './truth/summaries.js';
import { runWebPages, webPagesAvailable } from './truth/web.js';

/** The issues' targets, beside each measure they set one for. */
const TARGETS: Partial<Record<(typeof MEASURES)[number], string>> = {
  'contradiction precision': '≥ 0.90',
  'contradiction recall': '≥ 0.60',
  'facts: every citation states it': '≥ 0.95',
  'facts: origin count right (top 5)': '≥ 0.90',
  'facts: origin count right (all judged)': '≥ 0.90',
  'quotes found': '≥ 0.90',
  'speakers right (knowable)': '≥ 0.90',
  'names whole and typed right': '≥ 0.95',
  'names not furniture': '1.00',
  'summary bullets without defect': '≥ 0.95',
  'must-know facts covered': '≥ 0.80',
};

/** What the WikiRef articles are annotated for: their quotations and the speakers' names. */
const WIKIREF_MEASURES = new Set<(typeof MEASURES)[number]>([
  'quotes found',
  'speakers right (knowable)',
  'speakers not wrong (all found)',
  'names whole and typed right',
]);

const cell = (s: Scores, m: (typeof MEASURES)[number]): string => {
  const t = s[m];
  return t.trials === 0 ? '–' : `${t.rate().toFixed(3)} (${t.hits}/${t.trials})`;
};

export function qualityReal(): string {
  if (!corpusAvailable()) return '';
  const giveme = (event: number) => event !== 0 && event < WIKIREF_FIRST_ID;
  const dev = runEvents((t) => t.split === 'dev' && giveme(t.event));
  const test = runEvents((t) => t.split === 'test' && giveme(t.event));
  const seeds = runEvents((t) => t.event === 0);
  const wikiDev = runEvents((t) => t.split === 'dev' && t.event >= WIKIREF_FIRST_ID);
  const wikiTest = runEvents((t) => t.split === 'test' && t.event >= WIKIREF_FIRST_ID);
  const [d, e, s, wd, we] = [totals(dev), totals(test), totals(seeds), totals(wikiDev), totals(wikiTest)];
  const rows = MEASURES.map((m) => [
    m,
    TARGETS[m] ?? '',
    cell(e, m),
    cell(d, m),
    cell(s, m),
    WIKIREF_MEASURES.has(m) ? cell(we, m) : '',
    WIKIREF_MEASURES.has(m) ? cell(wd, m) : '',
  ]);
  const table = markdownTable(
    [
      'measure',
      'target',
      `held-out test (${test.length} events)`,
      `dev (${dev.length} events, tuned on)`,
      'seeds',
      `WikiRef quotes, held-out (${wikiTest.length} articles)`,
      `WikiRef quotes, dev (${wikiDev.length})`,
    ],
    rows,
  );
  let neus = '';
  if (neusAvailable()) {
    const all = loadNeus();
    const fmt = (v: readonly number[]) => v.map((x) => x.toFixed(2)).join(' / ');
    const ratio = (hits: number, trials: number) =>
      trials === 0 ? '– (0/0)' : `${(hits / trials).toFixed(3)} (${hits}/${trials})`;
    const rel = (a: readonly number[], b: readonly number[]) =>
      a.map((x, k) => `${((x / b[k]! - 1) * 100).toFixed(1)}%`).join(' / ');
    const disagreements = loadNeusDisagreements();
    const half = (parity: number) =>
      scoreNeus(
        all.filter((story) => story.index % 2 === parity),
        disagreements,
      );
    const [nd, nt] = [half(0), half(1)];
    neus = `\n\n**Summaries on NeuS** (three outlets' leads per story; ROUGE-1 / -2 / -L F1 against the human neutral summary; the summary was tuned on the even-numbered stories, the odd ones are held out):\n\n${markdownTable(
      [
        'stories',
        'brief summary',
        '"first sentence of each article"',
        'brief vs baseline',
        'words (brief / baseline)',
      ],
      [
        [
          `held-out (${nt.stories})`,
          fmt(nt.brief),
          fmt(nt.firstSentences),
          rel(nt.brief, nt.firstSentences),
          `${nt.briefWords.toFixed(0)} / ${nt.baselineWords.toFixed(0)}`,
        ],
        [
          `dev (${nd.stories})`,
          fmt(nd.brief),
          fmt(nd.firstSentences),
          rel(nd.brief, nd.firstSentences),
          `${nd.briefWords.toFixed(0)} / ${nd.baselineWords.toFixed(0)}`,
        ],
      ],
    )}\n\nTarget: each ROUGE figure ≥ 5% above the baseline.\n\n**Contradictions on NeuS** (the same briefs; every disagreement between two outlets of a story annotated by reading its three leads, in \`bench/truth/neus-disagreements.json\`: ${disagreements.length} in all, a few in titles, which no brief reads; the even-numbered stories were read while writing rules, the odd ones are held out):\n\n${markdownTable(
      ['stories', 'precision (reported that are annotated)', 'recall (annotated that are reported)'],
      [nt, nd].map((x, k) => [
        `${k === 0 ? 'held-out' : 'dev'} (${x.stories})`,
        ratio(x.contradictions.right, x.contradictions.reported),
        ratio(x.contradictions.found, x.contradictions.disagreements),
      ]),
    )}\n\n**Off-topic on NeuS** (the same briefs: every lead of a NeuS story is about that story, so a lead the brief names off-topic, and leaves out of its facts, is a false alarm): held-out ${ratio(nt.offTopic.named, nt.offTopic.leads)} of leads, dev ${ratio(nd.offTopic.named, nd.offTopic.leads)}.`;
    const dev = all.filter((story) => story.index % 2 === 0);
    const heldOut = all.filter((story) => story.index % 2 === 1);
    const [speakers, heldSpeakers] = [scoreNeusSpeakers(dev), scoreNeusSpeakers(heldOut)];
    const [named, heldNamed] = [scoreNeusNames(dev), scoreNeusNames(heldOut)];
    const spoken = (t: Tally) => ratio(t.hits, t.trials);
    neus += `\n\n**Speakers and names in NeuS leads** (the quotations the product found in the leads, reported speech included, and the names it found, each judged by helpers from the product's output, in \`bench/truth/neus-speakers.json\` and \`neus-names.json\`: the even-numbered stories' ${speakers.leads} and ${named.leads} leads are dev, rules were written from their verdicts; the odd-numbered stories' ${heldSpeakers.leads} and ${heldNamed.leads} leads were judged on 2026-12-02 from the product's output of that day and are held out):\n\n${markdownTable(
      ['measure', 'held-out', 'dev'],
      [
        ...(['quotes located', 'speakers right (knowable)', 'speakers not wrong (all found)'] as const).map(
          (m) => [m, spoken(heldSpeakers[m]), spoken(speakers[m])],
        ),
        ['names whole and typed right', spoken(heldNamed.names), spoken(named.names)],
      ],
    )}`;
  }
  let web = '';
  if (webPagesAvailable()) {
    const [wt, wd] = [runWebPages('test'), runWebPages('dev')];
    const rate = (t: Tally) => (t.trials === 0 ? '–' : `${t.rate().toFixed(3)} (${t.hits}/${t.trials})`);
    const measures = Object.keys(wt.scores) as (keyof typeof wt.scores)[];
    web = `\n\n**Speakers and names on web pages** (news pages of trafilatura-eval and of Mozilla Readability's test cases, each extracted from its HTML by the product and analysed alone; annotated in \`bench/truth/web/\`; a quotation is located by a fingerprint of its words; the 33 pages of the second round, the 96 of the third and the 35 of the fourth (not only news), judged from the product's output with rules then written from the verdicts, are dev only):\n\n${markdownTable(
      ['measure', 'target', `held-out (${wt.pages} pages)`, `dev (${wd.pages} pages, tuned on)`],
      measures.map((m) => [
        m,
        TARGETS[m as (typeof MEASURES)[number]] ?? '',
        rate(wt.scores[m]),
        rate(wd.scores[m]),
      ]),
    )}`;
  }
  const [shapesTest, shapesDev] = [scoreSentenceShapes('test'), scoreSentenceShapes('dev')];
  const shapeRate = (t: Tally) => (t.trials === 0 ? '–' : `${t.rate().toFixed(3)} (${t.hits}/${t.trials})`);
  const shapes = `\n\n**The summary's sentence filters on every annotated sentence** (the giveme events' sentences, each marked by the truth as a defect — dangling, bare quotation, caption, subhead, question, promo — or not, furniture aside; a bullet comes only from a sentence the filters keep):\n\n${markdownTable(
    ['measure', `held-out (${test.length} events)`, `dev (${dev.length} events, tuned on)`],
    (['defective sentences refused', 'sound sentences kept'] as const).map((m) => [
      m,
      shapeRate(shapesTest[m]),
      shapeRate(shapesDev[m]),
    ]),
  )}`;
  const judged = scoreJudgedSummaries();
  const judgedTally = judged['judged bullets without defect'];
  const summaries = `\n\n**Summary bullets judged on more real news** (dev: the product's briefs of the WikiRef220 articles, each alone, and of the even-numbered NeuS stories, ${judged.stories} briefs; every bullet of the briefs of 2026-12-02 judged by helpers for what keeps it from standing alone, in \`bench/truth/summary-judged.json\`, and rules then written from the verdicts): bullets without defect ${judgedTally.trials === 0 ? '–' : `${judgedTally.rate().toFixed(3)} (${judgedTally.hits}/${judgedTally.trials})`} of the judged bullets the briefs still give, ${judged.unjudged} bullets chosen since and not judged.`;
  const invented = scoreInventedSpeakers();
  const inventedCx = scoreInventedContradictions();
  const share = (t: Tally) => (t.trials === 0 ? '–' : `${t.rate().toFixed(3)} (${t.hits}/${t.trials})`);
  const regression = `\n\n**Invented challenge articles** (regression figures, not the judge: \`bench/invented/\`, ${invented.articles} articles and ${inventedCx.stories} multi-outlet stories written for the purpose in the shapes of wire copy, local news, features, sport and business reporting, each with a gold answer; rules were written from their misses, so all of it is dev):\n\n${markdownTable(
    ['measure', 'invented'],
    [
      ...(
        [
          'quotes found',
          'speakers right (knowable)',
          'speakers not wrong (all found)',
          'names whole and typed right',
        ] as const
      ).map((m) => [m, share(invented[m])]),
      ['contradiction precision', share(inventedCx.precision)],
      ['contradiction recall (planted disagreements)', share(inventedCx.recall)],
      ['false alarms on planted look-alikes', String(inventedCx.lookalikes)],
    ],
  )}`;
  return `### Quality on real news (the annotated truth set)\n\n${machineLine()} Reproduce: \`npm run bench:quality\`. The giveme5w1h-dev events annotated in \`bench/truth/\` (how: bench/truth/README.md), each briefed as one story and scored against its truth: a reported contradiction is right when its sides cite two sides of an annotated disagreement; a multi-citation fact when one annotated claim holds every citation; a fact's origin count when it counts its cited sources' origins as the truth does (copies once, digests as their agencies, a sentence crediting another outlet as that outlet), and its support complete when it cites every origin of the claim; quotes and speakers against every annotated quotation; page furniture (every span annotated as a promo, caption, video module, link box and the like) left out of the body when no line of it is left in the extracted text; summary bullets against annotated defects and must-know facts. The WikiRef columns are single articles of WikiRef220 (plain-text news pages) annotated for their quotations and speakers only, split by name the same way. Thresholds and rules were tuned on the dev events only; the held-out columns are the figures to quote.\n\n${table}${shapes}${web}${neus}${summaries}${regression}`;
}
