/**
 * @module analyze
 * Article -> analysis. First slice: sentences with offsets.
 */
import type { Analysis, Article, Block, Sentence } from '../types.js';

export interface AnalyzeOptions {
  readonly published?: string | null;
}

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      sentences.push({
        index: sentences.length,
        text: block.text,
        start: block.start,
        end: block.end,
        block: blockIndex,
        heading: true,
      });
      return;
    }
    const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let from = 0;
    const body = text.slice(block.start, block.end);
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const end = m.index + m[0].length;
      if (ABBREVIATIONS.test(body.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(from, end);
      from = end;
      while (from < body.length && /\s/.test(body[from]!)) from++;
    }
    push(from, body.length);
    function push(a: number, b: number): void {
      const slice = body.slice(a, b).trim();
      if (slice === '') return;
      const start = block.start + a + (body.slice(a, b).length - body.slice(a, b).trimStart().length);
      sentences.push({
        index: sentences.length,
        text: slice,
        start,
        end: start + slice.length,
        block: blockIndex,
        heading: false,
      });
    }
  });
  return sentences;
}

export function analyze(article: Article, _options: AnalyzeOptions = {}): Analysis {
  return {
    sentences: splitSentences(article.text, article.paragraphs),
    entities: [],
    mentions: [],
    quotes: [],
    quantities: [],
    dates: [],
  };
}
