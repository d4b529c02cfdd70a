/**
 * @module synthesize/polarity
 * One outlet says something did not happen, another that it did: "made no mention of Ukraine" against
 * "also discussed the war in Ukraine". A negated statement is matched to affirmative statements of
 * other sources that use a verb of the same family about the same named thing, in the same setting.
 */
import type { Contradiction } from '../types.js';
import { citationOf, type StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

/** Verb families whose negation and affirmation contradict each other. */
const FAMILIES: readonly { readonly name: string; readonly negated: RegExp; readonly affirmed: RegExp }[] = [
  {
    name: 'mentioned',
    negated:
      /\b(?:made no (?:mention|reference) (?:of|to)|(?:did not|didn't|never|failed to) (?:mention|discuss|raise|address|refer to|bring up|touch on)|(?:was|were) not (?:mentioned|discussed|raised|addressed)|no reference to|without (?:mentioning|referring to))\s+(.{3,80})/i,
    affirmed:
      /\b(?:discussed|mentioned|raised|addressed|referred to|brought up|touched on|talked about|spoke about|focused on|covered)\b\s+(.{3,120})/i,
  },
  {
    name: 'attended',
    negated:
      /\b(?:did not|didn't|will not|won't|would not) (?:attend|visit|travel to|take part in)\s+(.{3,80})/i,
    affirmed:
      /\b(?:attended|visited|travelled to|traveled to|took part in|will attend|is ready to attend|would attend)\s+(.{3,80})/i,
  },
];

/** Named things a statement is about: capitalised words not at the sentence start. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\s(“"'‘-])([A-Z][\p{L}]+)/gu)) names.add(m[1]!.toLowerCase());
  return names;
}

/** Setting words two statements must share to speak of the same occasion (the call, the meeting). */
function settingShared(a: string, b: string): boolean {
  const ta = new Set(termsOf(a));
  return termsOf(b).some(
    (t) => ta.has(t) && ['call', 'talk', 'meet', 'summit', 'visit', 'confer', 'speech'].includes(t),
  );
}

export function findPolarityConflicts(context: StoryContext): Contradiction[] {
  const found: Contradiction[] = [];
  const { statements } = context;
  for (const family of FAMILIES) {
    const negatives = statements
      .map((s, i) => ({ i, m: family.negated.exec(s.sentence.text) }))
      .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null);
    if (negatives.length === 0) continue;
    const affirmatives = statements
      .map((s, i) => ({
        i,
        m: family.negated.test(s.sentence.text) ? null : family.affirmed.exec(s.sentence.text),
      }))
      .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null);
    // Group negatives by what they deny, so two outlets saying "no mention of X" stand on one side.
    const byObject = new Map<string, number[]>();
    for (const neg of negatives) {
      const object = [...namesIn(` ${neg.m[1]!}`)][0];
      if (object === undefined) continue;
      let list = byObject.get(object);
      if (list === undefined) byObject.set(object, (list = []));
      list.push(neg.i);
    }
    for (const [object, negIndices] of byObject) {
      const negSources = new Set(negIndices.map((i) => statements[i]!.source));
      const against = affirmatives.filter(
        (a) =>
          !negSources.has(statements[a.i]!.source) &&
          namesIn(` ${a.m[1]!}`).has(object) &&
          negIndices.some((n) => settingShared(statements[n]!.sentence.text, statements[a.i]!.sentence.text)),
      );
      if (against.length === 0) continue;
      const name = object.charAt(0).toUpperCase() + object.slice(1);
      found.push({
        kind: 'polarity',
        summary: `Sources disagree on whether ${name} was ${family.name}: ${negIndices.length} say it was not, ${against.length} that it was.`,
        sides: [...negIndices, ...against.map((a) => a.i)].map((i) => citationOf(context, i)),
      });
    }
  }
  return found;
}
