/**
 * @module bench/truth/shapes
 * The summary's sentence filters against every annotated sentence of the giveme events: a sentence the
 * truth marks as a defect (`defects`: dangling, bare quotation, caption, subhead, question, promo) should
 * be refused as a bullet by the shape checks the summary applies (`refusedShape`: a caption block,
 * `refusedAsBullet`, a sentence inside a quotation that opened before it), and a sentence without one
 * (not furniture) kept. Only the story's statements are read: headings and sentences `isStandalone`
 * refuses never reach the summary, nor this. This reads thousands of sentences where the summary
 * figures read the few the briefs chose.
 */
import { refusedShape } from '../../src/synthesize/summary.js';
import { loadEvents, WIKIREF_FIRST_ID } from './corpus.js';
import { covers } from './offsets.js';
import { placedStatements } from './run.js';
import { Tally } from './score.js';
import { loadTruth } from './tool.js';

export interface ShapeScores {
  /** Sentences annotated as defects that the filters refuse. */
  readonly 'defective sentences refused': Tally;
  /** Sentences annotated without defect that the filters keep. */
  readonly 'sound sentences kept': Tally;
}

/** Scores the filters on the events of one split. */
export function scoreSentenceShapes(split: 'dev' | 'test'): ShapeScores {
  const scores: ShapeScores = {
    'defective sentences refused': new Tally(),
    'sound sentences kept': new Tally(),
  };
  const events = new Map(loadEvents().map((e) => [e.id, e]));
  for (const truth of loadTruth().filter(
    (t) => t.split === split && t.event !== 0 && t.event < WIKIREF_FIRST_ID,
  )) {
    const event = events.get(truth.event);
    if (!event) continue;
    const { context, placed: spans } = placedStatements(event);
    for (const [k, s] of context.statements.entries()) {
      const where = spans[k];
      if (!where) continue;
      const { alias, span: placed } = where;
      if ((truth.furniture ?? []).some((f) => f.a === alias && covers(placed, f))) continue;
      const defect = (truth.defects ?? []).find((d) => d.in.a === alias && covers(placed, d.in))?.kind;
      const t = s.sentence.text;
      // (The summary's own test; the statements are those already past `isStandalone`.)
      const refused = refusedShape(context, k);
      const why = () => `${event.name} ${alias}: ${defect ?? 'sound'}: ${t.slice(0, 100)}`;
      if (defect) scores['defective sentences refused'].add(refused, why);
      else scores['sound sentences kept'].add(!refused, why);
    }
  }
  return scores;
}
