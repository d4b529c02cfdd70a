/**
 * @module synthesize/verify
 * Checks that every citation of a brief is text its source really carries: the cited span of the
 * source's cleaned text equals the citation's text, and that every fact's, summary claim's and timeline
 * entry's text is one of its own citations (a summary disagreement cites two sources or more).
 */
import type { Article, Brief, Citation } from '../types.js';

export interface VerifyProblem {
  /** Where in the brief: `facts[3].citations[1]`. */
  readonly where: string;
  readonly problem: string;
}

/**
 * Verifies a brief against the articles it was made from (matched by document id).
 * @example const problems = verifyBrief(brief, articles); if (problems.length) ...
 */
export function verifyBrief(brief: Brief, articles: readonly Article[]): VerifyProblem[] {
  const byDocument = new Map(articles.map((a) => [a.id, a]));
  const textOf = new Map<string, string>();
  const problems: VerifyProblem[] = [];
  for (const s of brief.sources) {
    const article = byDocument.get(s.document);
    if (article === undefined)
      problems.push({ where: `sources.${s.id}`, problem: `no article with id ${s.document}` });
    else textOf.set(s.id, article.text);
  }
  const check = (c: Citation, where: string): void => {
    const text = textOf.get(c.source);
    if (text === undefined) problems.push({ where, problem: `cites unknown source ${c.source}` });
    else if (text.slice(c.start, c.end) !== c.text)
      problems.push({ where, problem: `text at ${c.start}-${c.end} of ${c.source} is not the cited text` });
  };
  const mustBeCited = (text: string, citations: readonly Citation[], where: string): void => {
    if (!citations.some((c) => c.text === text || c.text.includes(text)))
      problems.push({ where, problem: 'its text is not one of its citations' });
  };
  brief.summary.forEach((s, i) => {
    s.citations.forEach((c, j) => check(c, `summary[${i}].citations[${j}]`));
    // A disagreement is said in the brief's words; it must cite at least two sources, every side.
    if (s.kind === 'disagreement') {
      if (new Set(s.citations.map((c) => c.source)).size < 2)
        problems.push({ where: `summary[${i}]`, problem: 'a disagreement cites fewer than two sources' });
    } else mustBeCited(s.text, s.citations, `summary[${i}]`);
  });
  brief.facts.forEach((f, i) => {
    f.citations.forEach((c, j) => check(c, `facts[${i}].citations[${j}]`));
    mustBeCited(f.text, f.citations, `facts[${i}]`);
  });
  brief.quotes.forEach((q, i) => q.variants.forEach((c, j) => check(c, `quotes[${i}].variants[${j}]`)));
  brief.quantities.forEach((q, i) =>
    q.values.forEach((v, j) => check(v.citation, `quantities[${i}].values[${j}]`)),
  );
  brief.contradictions.forEach((c, i) =>
    c.sides.forEach((s, j) => check(s, `contradictions[${i}].sides[${j}]`)),
  );
  brief.timeline.forEach((t, i) => {
    t.citations.forEach((c, j) => check(c, `timeline[${i}].citations[${j}]`));
    mustBeCited(t.text, t.citations, `timeline[${i}]`);
  });
  return problems;
}
