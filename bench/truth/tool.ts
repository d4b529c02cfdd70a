/**
 * @module bench/truth/tool
 * The annotator's tool for the real truth set (see bench/truth/README.md):
 *
 *   tsx bench/truth/tool.ts list                      events, their split and article counts
 *   tsx bench/truth/tool.ts show EVENT                every article of the event, sentence by sentence
 *   tsx bench/truth/tool.ts compile FILE.json...      authored references -> bench/truth/giveme5w1h/EVENT.json
 *                                                     (a WikiRef article's: bench/truth/wikiref/EVENT.json)
 *   tsx bench/truth/tool.ts render EVENT              a compiled file back to references with their text
 *   tsx bench/truth/tool.ts check                     every compiled file still points at what was annotated
 *
 * The text itself is read from ../shared/data and never written into the repository.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repairC1Controls } from '../../src/extract/decode-text.js';
import {
  type CorpusEvent,
  corpusAvailable,
  fingerprint,
  loadEvents,
  splitOf,
  WIKIREF_FIRST_ID,
} from './corpus.js';
import type { AuthoredTruth, CompiledTruth, TruthBody, TruthSpan } from './format.js';
import { truthSentences } from './sentences.js';

export const TRUTH_DIR = fileURLToPath(new URL('./giveme5w1h/', import.meta.url));
/** Truth about the WikiRef articles (quotes and speakers), one file per article. */
export const WIKIREF_TRUTH_DIR = fileURLToPath(new URL('./wikiref/', import.meta.url));

/** Where an event's compiled truth lives. */
function truthFile(event: number): string {
  return event >= WIKIREF_FIRST_ID
    ? join(WIKIREF_TRUTH_DIR, `${event}.json`)
    : join(TRUTH_DIR, `${String(event).padStart(2, '0')}.json`);
}

/** An error in an authored file, naming the reference. */
class RefError extends Error {}

function eventOf(id: number): CorpusEvent {
  const event = loadEvents().find((e) => e.id === id);
  if (!event) throw new RefError(`no event ${id}`);
  return event;
}

/** `a3.s12`, `a3.s12-s14`, `a3.s12:exact words`, `a3.s12-s14:words`, each optionally ending in `@VIA`. */
export function resolveRef(event: CorpusEvent, ref: string): TruthSpan {
  // `@VIA` is a name at the very end (letters, spaces, `&`, `.`, `'`, `-`): an `@handle` inside the words is words.
  const m = /^(a\d+)\.s(\d+)(?:-s?(\d+))?(?::([\s\S]*?))?(?:@([A-Za-z][\w &.'-]{0,39}))?$/.exec(ref.trim());
  if (!m) throw new RefError(`bad reference "${ref}" (write a3.s12, a3.s12-s14 or a3.s12:exact words)`);
  const [, alias, from, to, words, via] = m;
  const article = event.articles.find((a) => a.alias === alias);
  if (!article) throw new RefError(`"${ref}": event ${event.id} has no article ${alias}`);
  const sentences = truthSentences(article.text);
  const first = sentences[Number(from)];
  const last = sentences[Number(to ?? from)];
  if (!first || !last || last.index < first.index)
    throw new RefError(`"${ref}": no such sentence in ${alias}`);
  let start = first.start;
  let end = last.end;
  if (words !== undefined && words.trim() !== '') {
    // A WikiRef dump read as Latin-1 shows its quotes as C1 controls: words match in either form (one
    // character each, so offsets do not move).
    const region = repairC1Controls(article.text.slice(start, end));
    const where = `${alias}.s${from}${to ? `-s${to}` : ''}`;
    // `first words ... last words` names a long span by its two ends.
    const [head, tail] = repairC1Controls(words.trim()).split(' ... ') as [string, string | undefined];
    const at = region.indexOf(head);
    if (at === -1) throw new RefError(`"${ref}": the words "${head}" are not in ${where}`);
    let stop = at + head.length;
    if (tail !== undefined) {
      const tailAt = region.indexOf(tail, stop);
      if (tailAt === -1)
        throw new RefError(`"${ref}": the words "${tail}" are not in ${where} after "${head}"`);
      stop = tailAt + tail.length;
    }
    start = first.start + at;
    end = first.start + stop;
  }
  const span: TruthSpan = { a: alias!, start, end, fp: fingerprint(article.text.slice(start, end)) };
  return via ? { ...span, via: via.trim() } : span;
}

/** The reference an annotator would write for a compiled span (with its words when it is not whole sentences). */
export function refOf(event: CorpusEvent, span: TruthSpan): string {
  const article = event.articles.find((a) => a.alias === span.a);
  if (!article) return `${span.a}:?`;
  const sentences = truthSentences(article.text);
  const first = sentences.find((s) => s.end > span.start) ?? sentences[sentences.length - 1];
  const last = [...sentences].reverse().find((s) => s.start < span.end) ?? first;
  const whole = first && last && first.start === span.start && last.end === span.end;
  const range = first && last && last.index !== first.index ? `-s${last.index}` : '';
  const words = whole ? '' : `:${repairC1Controls(article.text.slice(span.start, span.end))}`;
  return `${span.a}.s${first?.index ?? '?'}${range}${words}${span.via ? `@${span.via}` : ''}`;
}

/** Maps every reference of a truth body through `f`, keeping the shape. */
export function mapBody<A, B>(body: TruthBody<A>, f: (ref: A) => B): TruthBody<B> {
  const all = (refs: readonly A[] | undefined) => refs?.map(f);
  const out: Record<string, unknown> = { ...body };
  if (body.claims) out.claims = body.claims.map((c) => ({ ...c, in: all(c.in) }));
  if (body.disagreements)
    out.disagreements = body.disagreements.map((d) => ({
      ...d,
      sides: d.sides.map((s) => ({ ...s, in: all(s.in) })),
    }));
  if (body.lookalikes) out.lookalikes = body.lookalikes.map((l) => ({ ...l, in: all(l.in) }));
  if (body.quotes) out.quotes = body.quotes.map((q) => ({ ...q, in: f(q.in) }));
  if (body.furniture) out.furniture = all(body.furniture);
  if (body.defects) out.defects = body.defects.map((d) => ({ ...d, in: f(d.in) }));
  if (body.mustKnow) out.mustKnow = body.mustKnow.map((m) => ({ ...m, ...(m.in ? { in: all(m.in) } : {}) }));
  return out as TruthBody<B>;
}

/** Checks what references cannot: aliases exist, claim ids are unique and known, sides differ. */
function checkBody(event: CorpusEvent, body: TruthBody<TruthSpan>): string[] {
  const problems: string[] = [];
  const aliases = new Set(event.articles.map((a) => a.alias));
  const known = (a: string, where: string) => {
    if (!aliases.has(a)) problems.push(`${where}: unknown article ${a}`);
  };
  for (const s of body.stories ?? []) for (const a of s.articles) known(a, 'stories');
  for (const a of body.offTopic ?? []) known(a, 'offTopic');
  for (const c of body.copies ?? []) {
    for (const a of c.articles) known(a, 'copies');
    if (c.articles.length < 2) problems.push(`copies: a group needs two articles (${c.articles.join(',')})`);
  }
  const ids = new Set<string>();
  for (const c of body.claims ?? []) {
    if (ids.has(c.id)) problems.push(`claims: id ${c.id} twice`);
    ids.add(c.id);
    if (new Set(c.in.map((s) => s.a)).size < 2)
      problems.push(`claims: ${c.id} is stated by one article only`);
  }
  for (const m of body.mustKnow ?? [])
    for (const id of m.claims ?? []) if (!ids.has(id)) problems.push(`mustKnow: unknown claim ${id}`);
  for (const d of body.disagreements ?? []) {
    if (d.sides.length < 2) problems.push(`disagreements: "${d.about}" needs two sides`);
    if (new Set(d.sides.map((s) => s.value)).size < d.sides.length)
      problems.push(`disagreements: "${d.about}" has two sides with one value`);
  }
  return problems;
}

export function compile(authored: AuthoredTruth): CompiledTruth {
  const event = eventOf(authored.event);
  const errors: string[] = [];
  const body = mapBody<string, TruthSpan>(authored, (ref) => {
    try {
      return resolveRef(event, ref);
    } catch (error) {
      errors.push((error as Error).message);
      return { a: '?', start: 0, end: 0, fp: '' };
    }
  });
  errors.push(...checkBody(event, body));
  if (errors.length > 0) throw new RefError(`event ${event.id}:\n  ${errors.join('\n  ')}`);
  const { event: _id, ...rest } = body as TruthBody<TruthSpan> & { event?: number };
  void _id;
  return {
    event: event.id,
    name: event.name,
    split: splitOf(event.name),
    articles: Object.fromEntries(event.articles.map((a) => [a.alias, a.id])),
    ...rest,
  };
}

/** A compiled file as JSON, one span per line so diffs stay readable. */
export function formatTruth(truth: CompiledTruth): string {
  return JSON.stringify(truth, null, 1).replace(
    /\{\s*("a": [^{}]*?)\s*\}/g,
    (_, inner: string) => `{${inner.replace(/\s*\n\s*/g, ' ')}}`,
  );
}

/** Reads every compiled truth file. */
export function loadTruth(): CompiledTruth[] {
  return [TRUTH_DIR, WIKIREF_TRUTH_DIR].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CompiledTruth)
      : [],
  );
}

/** Problems with a compiled file against the text it was annotated on (moved offsets, changed ids). */
export function checkCompiled(truth: CompiledTruth): string[] {
  const event = eventOf(truth.event);
  const problems: string[] = [];
  for (const [alias, id] of Object.entries(truth.articles)) {
    if (event.articles.find((a) => a.alias === alias)?.id !== id)
      problems.push(`${alias} is no longer ${id}`);
  }
  mapBody(truth, (span: TruthSpan) => {
    const article = event.articles.find((a) => a.alias === span.a);
    const text = article?.text.slice(span.start, span.end) ?? '';
    if (fingerprint(text) !== span.fp) problems.push(`${span.a} ${span.start}-${span.end} no longer matches`);
    return span;
  });
  return [...problems, ...checkBody(event, truth)];
}

function show(id: number): void {
  const event = eventOf(id);
  console.log(
    `# event ${event.id} ${event.name} (${splitOf(event.name)}), ${event.articles.length} articles\n`,
  );
  for (const a of event.articles) {
    console.log(`## ${a.alias} ${a.outlet} ${a.published ?? '(no date)'} ${a.id.slice(0, 12)}`);
    console.log(`title: ${a.title}`);
    for (const s of truthSentences(a.text)) console.log(`${a.alias}.s${s.index} ${repairC1Controls(s.text)}`);
    console.log();
  }
}

function render(id: number): void {
  const truth = loadTruth().find((t) => t.event === id);
  if (!truth) throw new RefError(`no compiled truth for event ${id}`);
  const event = eventOf(id);
  const withText = (span: TruthSpan) => {
    const article = event.articles.find((a) => a.alias === span.a);
    return `${refOf(event, span)}  «${article?.text.slice(span.start, span.end) ?? '?'}»`;
  };
  const { articles: _a, name: _n, split: _s, ...rest } = truth;
  void _a;
  void _n;
  void _s;
  console.log(JSON.stringify(mapBody(rest as CompiledTruth, withText), null, 1));
}

function main(argv: readonly string[]): number {
  const [command, ...args] = argv;
  if (!corpusAvailable()) {
    console.error('truth: ../shared/data is not beside the repository; nothing to annotate');
    return 1;
  }
  try {
    if (command === 'list') {
      for (const e of loadTruthEvents()) console.log(e);
    } else if (command === 'show') {
      for (const id of args) show(Number(id));
    } else if (command === 'render') {
      for (const id of args) render(Number(id));
    } else if (command === 'compile') {
      for (const file of args) {
        const compiled = compile(JSON.parse(readFileSync(file, 'utf8')) as AuthoredTruth);
        const out = truthFile(compiled.event);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, `${formatTruth(compiled)}\n`);
        console.log(`${file} -> ${out}`);
      }
    } else if (command === 'check') {
      let bad = 0;
      for (const t of loadTruth()) {
        const problems = checkCompiled(t);
        bad += problems.length;
        for (const p of problems) console.log(`event ${t.event}: ${p}`);
      }
      console.log(bad === 0 ? 'truth: every file checks' : `truth: ${bad} problems`);
      return bad === 0 ? 0 : 1;
    } else {
      console.error(
        'usage: tsx bench/truth/tool.ts list | show EVENT... | compile FILE... | render EVENT... | check',
      );
      return 2;
    }
  } catch (error) {
    if (!(error instanceof RefError)) throw error;
    console.error(error.message);
    return 1;
  }
  return 0;
}

function loadTruthEvents(): string[] {
  const done = new Set(loadTruth().map((t) => t.event));
  return loadEvents().map(
    (e) =>
      `${e.id}\t${splitOf(e.name)}\t${e.articles.length} articles\t${done.has(e.id) ? 'annotated' : '-'}\t${e.name}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
