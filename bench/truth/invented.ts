/**
 * @module bench/truth/invented
 * Invented challenge articles (`bench/invented/`), written for the purpose by helpers on 2026-12-02 in
 * the shapes of real wire copy, local news, features, sport and business reporting, with a gold answer
 * for each: every quotation's speaker and every name's type (`speakers/`), and for stories told by three
 * to five invented outlets, every planted disagreement and every planted look-alike that is none
 * (`contradictions/`). Rules were written from their misses, so they are regression figures, never the
 * judge: real text is (`quality-real`). The text is ours, so it lives in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { briefStory } from '../../src/synthesize/index.js';
import { bareName } from '../../src/synthesize/quotes.js';
import { makeArticle } from '../../test/analyze/article.js';
import { Tally, wholeEntity } from './score.js';

const INVENTED_DIR = fileURLToPath(new URL('../invented/', import.meta.url));

interface InventedArticle {
  readonly id: string;
  readonly paragraphs: readonly string[];
  /** Each quotation by its first words (up to six), with its speaker (null: no one named) and its shape. */
  readonly quotes: readonly {
    readonly starts: string;
    readonly speaker: string | null;
    readonly shape: string;
  }[];
  readonly entities: readonly {
    readonly name: string;
    readonly type: 'person' | 'organization' | 'place' | 'other';
  }[];
}

interface Side {
  readonly outlet: number;
  /** The words of that outlet's report stating its value, verbatim. */
  readonly text: string;
}

interface InventedStory {
  readonly id: string;
  readonly outlets: readonly {
    readonly name: string;
    readonly published: string;
    readonly title: string;
    readonly paragraphs: readonly string[];
  }[];
  readonly disagreements: readonly {
    readonly about: string;
    readonly kind: string;
    readonly sides: readonly Side[];
  }[];
  readonly lookalikes: readonly {
    readonly about: string;
    readonly why: string;
    readonly sides: readonly Side[];
  }[];
}

function read<T>(folder: string, key: string): T[] {
  const dir = join(INVENTED_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, T[]>)[key] ?? []);
}

const folded = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘']/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Whether the product's speaker is the gold one: one name holds the other whole, at word boundaries
 * (`Samsung` for `Samsung Electronics`), and a person's name of two words or more is never matched by
 * one word alone (`Reeve` is not `Austin Reeve`).
 */
function sameSpeaker(system: string | null, gold: string, person: boolean): boolean {
  if (system === null) return false;
  const [a, b] = [folded(system), folded(gold)];
  if (a === b) return true;
  if (!` ${a} `.includes(` ${b} `) && !` ${b} `.includes(` ${a} `)) return false;
  return !person || a.includes(' ') === b.includes(' ') || (a.includes(' ') && b.includes(' '));
}

export interface InventedSpeakerScores {
  readonly articles: number;
  readonly 'quotes found': Tally;
  readonly 'speakers right (knowable)': Tally;
  readonly 'speakers not wrong (all found)': Tally;
  readonly 'names whole and typed right': Tally;
}

/** Each invented article analysed alone, its quotations and names scored against the gold. */
export function scoreInventedSpeakers(): InventedSpeakerScores {
  const scores: InventedSpeakerScores = {
    articles: 0,
    'quotes found': new Tally(),
    'speakers right (knowable)': new Tally(),
    'speakers not wrong (all found)': new Tally(),
    'names whole and typed right': new Tally(),
  };
  const articles = read<InventedArticle>('speakers', 'articles');
  for (const art of articles) {
    const analysis = analyze(makeArticle(art.paragraphs, '2026-03-01', art.id));
    const byId = new Map(analysis.entities.map((e) => [e.id, e]));
    const quotes = analysis.quotes
      .filter((q) => q.kind !== 'reported')
      .map((q) => ({ q, words: folded(q.text) }));
    for (const gold of art.quotes) {
      const starts = folded(gold.starts).replace(/[.,;:!?]+$/, '');
      const found =
        quotes.find((x) => x.words.startsWith(starts)) ?? quotes.find((x) => x.words.includes(starts));
      scores['quotes found'].add(found !== undefined, () => `${art.id}: "${gold.starts}" not found`);
      if (!found) continue;
      const entity = found.q.speaker === null ? undefined : byId.get(found.q.speaker);
      const speaker =
        entity === undefined ? null : entity.type === 'person' ? bareName(entity.name) : entity.name;
      const why = () =>
        `${art.id} [${gold.shape}]: "${gold.starts}" is ${gold.speaker ?? 'no one named'}, says ${speaker}`;
      const person = entity?.type === 'person';
      if (gold.speaker !== null)
        scores['speakers right (knowable)'].add(sameSpeaker(speaker, gold.speaker, person), why);
      scores['speakers not wrong (all found)'].add(
        speaker === null || (gold.speaker !== null && sameSpeaker(speaker, gold.speaker, person)),
        why,
      );
    }
    for (const e of art.entities) {
      const whole = wholeEntity(
        analysis.entities.map((x) => ({ ...x, aliases: x.aliases ?? [] })),
        e,
      );
      scores['names whole and typed right'].add(whole !== undefined && whole.type === e.type, () =>
        whole
          ? `${art.id}: ${e.name}: typed ${whole.type}, gold ${e.type}`
          : `${art.id}: ${e.name} (${e.type}) missing`,
      );
    }
  }
  return { ...scores, articles: articles.length };
}

export interface InventedContradictionScores {
  readonly stories: number;
  /** Reported disagreements that are planted ones, of all reported. */
  readonly precision: Tally;
  /** Planted disagreements reported. */
  readonly recall: Tally;
  /** Reported disagreements that are planted look-alikes: false alarms of a kind the issue names. */
  readonly lookalikes: number;
}

/** Each invented story briefed from its outlets' reports, its reported disagreements scored against the gold. */
export function scoreInventedContradictions(): InventedContradictionScores {
  const precision = new Tally();
  const recall = new Tally();
  let lookalikes = 0;
  const stories = read<InventedStory>('contradictions', 'stories');
  for (const story of stories) {
    const brief = briefStory(
      story.outlets.map((o, i) => ({
        ...makeArticle(o.paragraphs, o.published, `${story.id}-${i}`),
        outlet: o.name,
        title: o.title,
        url: `https://outlet-${i}.example/${story.id}`,
      })),
    );
    const outletOf = (source: string): number => brief.sources.findIndex((s) => s.id === source);
    /** How many outlets of `sides` the citations cite on their words. */
    const outletsHeld = (
      sides: readonly Side[],
      cited: readonly { source: string; text: string }[],
    ): number => {
      const held = new Set<number>();
      for (const c of cited)
        for (const s of sides)
          if (outletOf(c.source) === s.outlet && (c.text.includes(s.text) || s.text.includes(c.text)))
            held.add(s.outlet);
      return held.size;
    };
    const found = new Set<number>();
    for (const c of brief.contradictions) {
      const planted = story.disagreements.findIndex((d) => outletsHeld(d.sides, c.sides) >= 2);
      precision.add(planted >= 0, () => `${story.id}: ${c.summary}`);
      if (planted >= 0) found.add(planted);
      else if (story.lookalikes.some((l) => outletsHeld(l.sides, c.sides) >= 2)) lookalikes++;
    }
    story.disagreements.forEach((d, i) =>
      recall.add(
        found.has(i),
        () => `${story.id} [${d.kind}: ${d.about}] ${d.sides.map((s) => s.text).join(' | ')}`,
      ),
    );
  }
  return { stories: stories.length, precision, recall, lookalikes };
}
