/**
 * @module bench/story-generator
 * Generates a large synthetic story for scale benchmarks: N invented outlets reporting one invented
 * event, each article drawing sentences from a shared pool of event facts (reworded per outlet) plus
 * background sentences of its own, with quotes, figures and dates. Deterministic for a seed.
 */
import type { Article } from '../src/types.js';
import { makeArticle } from '../test/analyze/article.js';

const PLACES = [
  'Orraville',
  'Tarn',
  'Keswin',
  'Balmora',
  'Lystra',
  'Corvale',
  'Denmoor',
  'Hollin',
  'Varka',
  'Ostrel',
];
const PEOPLE = [
  'Lena Markovic',
  'Tomas Weil',
  'Ada Brennan',
  'Ivo Sarkis',
  'Mira Olsen',
  'Jonas Pell',
  'Rhea Tamm',
  'Otto Vane',
];
const NOUNS = [
  'dam',
  'bridge',
  'harbour',
  'pipeline',
  'rail link',
  'power plant',
  'reservoir',
  'canal',
  'tunnel',
  'depot',
];
const VERBS = ['opened', 'inspected', 'approved', 'funded', 'criticised', 'praised', 'delayed', 'expanded'];
const ADJ = ['regional', 'national', 'northern', 'coastal', 'rural', 'urban', 'federal', 'local'];
const SYN: Record<string, string[]> = {
  said: ['said', 'told reporters', 'stated'],
  about: ['about', 'some', 'nearly'],
  will: ['will', 'is set to', 'is expected to'],
};

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateStory(articles: number, seed = 7): Article[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const factCount = Math.max(20, Math.round(articles * 1.5));
  const facts = Array.from({ length: factCount }, (_, i) => ({
    who: pick(PEOPLE),
    verb: pick(VERBS),
    what: `${pick(ADJ)} ${pick(NOUNS)}`,
    where: pick(PLACES),
    number: 10 + Math.floor(rand() * 990),
    day: 1 + (i % 27),
  }));
  const out: Article[] = [];
  for (let a = 0; a < articles; a++) {
    const paragraphs: string[] = [];
    for (let k = 0; k < 24; k++) {
      const f = facts[Math.floor(rand() * rand() * factCount)]!;
      const said = pick(SYN.said!);
      const about = pick(SYN.about!);
      const will = pick(SYN.will!);
      const kind = Math.floor(rand() * 4);
      if (kind === 0)
        paragraphs.push(
          `${f.who} ${said} the ${f.what} in ${f.where} was ${f.verb} on March ${f.day}, 2031.`,
        );
      else if (kind === 1)
        paragraphs.push(
          `The ${f.what} near ${f.where} ${will} serve ${about} ${f.number},000 homes, officials ${said}.`,
        );
      else if (kind === 2)
        paragraphs.push(`"We have ${f.verb} the ${f.what} for the people of ${f.where}," ${f.who} ${said}.`);
      else
        paragraphs.push(
          `Outlet ${a} reported that residents of ${pick(PLACES)} discussed the ${pick(NOUNS)} at a meeting number ${Math.floor(rand() * 1e6)}.`,
        );
    }
    out.push({
      ...makeArticle(paragraphs, '2031-03-28', `outlet-${a}`),
      input: `outlet-${a}.txt`,
      title: `Report ${a} on the ${facts[0]!.what}`,
      outlet: `Outlet ${a}`,
    });
  }
  return out;
}
