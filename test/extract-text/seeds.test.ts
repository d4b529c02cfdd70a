/**
 * The shared seed dumps (third-party text, never copied here): each line of a seed is given a role by
 * its line number, and the test checks the cleaner keeps every body line's sentences, in order, and
 * lets no removed line into the body.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cleanText } from '../../src/extract/text/clean-text.js';
import { assertWellFormed, squeeze } from './check-fields.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const skip = existsSync(SEEDS) ? false : 'needs ../shared/seeds (the shared seed dumps) next to the repo';

interface SeedSpec {
  /** Line number (1-based) of the title, or null when the dump has none. */
  readonly title: number | null;
  /** Line numbers whose text is the body, in order. */
  readonly body: readonly number[];
  /** Body lines that are section headings. */
  readonly headings: readonly number[];
  readonly standfirst: number | null;
  readonly captions: number;
  readonly published: string;
  readonly dateline: string | null;
  readonly credits: readonly string[];
  /** Removed reasons that must appear at least once. */
  readonly reasons: readonly string[];
}

const range = (from: number, to: number, step = 2): number[] => {
  const out: number[] = [];
  for (let n = from; n <= to; n += step) out.push(n);
  return out;
};

const SPECS: Readonly<Record<string, SeedSpec>> = {
  '000': {
    title: 3,
    body: range(15, 39),
    headings: [],
    standfirst: null,
    captions: 2,
    published: '2026-02-04',
    dateline: 'BEIJING',
    credits: ['Reuters'],
    reasons: ['chrome', 'caption', 'off-topic'],
  },
  '001': {
    title: null,
    body: range(3, 49),
    headings: [35],
    standfirst: null,
    captions: 1,
    published: '2026-02-04',
    dateline: 'BEIJING',
    // "(AFP pic)" credits the photo, not the text.
    credits: [],
    reasons: ['caption'],
  },
  '002': {
    title: null,
    body: range(1, 33),
    headings: [7, 17, 27],
    standfirst: null,
    captions: 0,
    published: '2026-02-04',
    dateline: null,
    // A digest that cites AP and Reuters sentence by sentence has no credit line of its own.
    credits: [],
    reasons: [],
  },
  '003': {
    title: 5,
    body: range(11, 19),
    headings: [13, 17],
    standfirst: null,
    captions: 1,
    published: '2026-02-04',
    dateline: null,
    // "(Picture credit: AP)" and "according to news agency AP" are no credit line.
    credits: [],
    reasons: ['chrome', 'caption', 'off-topic', 'duplicate'],
  },
  '004': {
    title: 1,
    body: [...range(9, 19), 28, 30],
    headings: [],
    standfirst: 3,
    captions: 1,
    published: '2026-02-05T20:55:00',
    dateline: 'BEIJING',
    credits: ['Bloomberg'],
    reasons: ['chrome', 'caption', 'promo', 'duplicate'],
  },
};

/** The sentences of a line worth checking (a lone credit or link word is not a sentence). */
function sentencesOf(line: string): string[] {
  return line
    .replace(/\u00a0/g, ' ')
    .split(/(?<=[.!?][”’"]?)\s*(?=[\p{Lu}“‘])/u)
    .filter((s) => s.trim().split(/\s+/).length >= 4 || /^\p{Ll}|^\.$/u.test(s.trim()));
}

function seedFiles(): string[] {
  return existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
}

test('every seed has a spec', { skip }, () => {
  for (const file of seedFiles()) assert.ok(SPECS[file.slice(0, 3)], `no spec for ${file}`);
});

for (const [prefix, spec] of Object.entries(SPECS)) {
  test(`seed ${prefix}: body kept in order, chrome gone, metadata read`, { skip }, () => {
    const file = seedFiles().find((f) => f.startsWith(prefix));
    if (!file) return;
    const raw = readFileSync(new URL(file, SEEDS), 'utf8');
    const lines = raw.split('\n');
    const f = cleanText(raw);
    assertWellFormed(f);

    const title = spec.title === null ? null : lines[spec.title - 1]!.trim();
    assert.equal(f.title, title, 'title');
    assert.equal(f.published, spec.published, 'published');
    assert.equal(f.dateline, spec.dateline, 'dateline');
    assert.deepEqual(f.credits, spec.credits, 'credits');
    assert.equal(f.captions.length, spec.captions, 'captions');
    for (const reason of spec.reasons)
      assert.ok(
        f.removed.some((r) => r.reason === reason),
        `a ${reason} removal`,
      );

    const body = squeeze(
      f.paragraphs
        .filter((p) => p.kind !== 'standfirst')
        .map((p) => p.text)
        .join(' '),
    );
    let cursor = 0;
    for (const n of spec.body) {
      for (const sentence of sentencesOf(lines[n - 1]!)) {
        const key = squeeze(sentence);
        const at = body.indexOf(key, cursor);
        assert.ok(at >= 0, `line ${n} kept in order: ${sentence.length} chars`);
        cursor = at;
      }
    }
    const headings = f.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text);
    assert.deepEqual(
      headings,
      spec.headings.map((n) => lines[n - 1]!.trim()),
    );
    if (spec.standfirst !== null) {
      assert.equal(f.paragraphs[0]!.kind, 'standfirst');
      assert.equal(f.paragraphs[0]!.text, lines[spec.standfirst - 1]!.trim());
    }

    const kept = new Set([...spec.body, ...(spec.standfirst ? [spec.standfirst] : [])]);
    const blocks = new Set(f.paragraphs.map((p) => squeeze(p.text)));
    lines.forEach((line, i) => {
      if (kept.has(i + 1) || line.trim() === '') return;
      const key = squeeze(line);
      assert.ok(!blocks.has(key), `line ${i + 1} is not a body block`);
      if (key.length >= 25) assert.ok(!body.includes(key), `line ${i + 1} is not in the body`);
    });
  });
}
