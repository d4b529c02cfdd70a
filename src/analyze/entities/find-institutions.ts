/**
 * @module analyze/entities/find-institutions
 * Step `findInstitutions`: a state's institutions named by its demonym and a common noun (`the
 * Nigerian government`, `the U.S. military`, `South Korea's presidential office` is left to the
 * possessive): organisations of their own, which speak and act apart from the country.
 */
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../gazetteer.js';
import { slug } from '../names.js';
import { builder, type EntityState, inSpans, mention } from './state.js';

const INSTITUTION_RE =
  /\b((?:U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?) (government|military|army|navy|air force|coast guard|police|foreign ministry|defen[cs]e ministry|interior ministry|presidential office|embassy|parliament|cabinet|central bank|foreign office|armed forces|state media|state television)\b/gu;

export function findInstitutions(state: EntityState): void {
  const { text } = state;
  INSTITUTION_RE.lastIndex = 0;
  for (let m = INSTITUTION_RE.exec(text); m; m = INSTITUTION_RE.exec(text)) {
    const who = m[1]!;
    const country = COUNTRY_BY_DEMONYM.get(who) ?? COUNTRY_BY_NAME.get(who);
    if (!country || inSpans(state.furniture, m.index)) continue;
    const name = m[0];
    const b = builder(state, `org:${slug(name)}`, name, 'organization', false, country.code);
    mention(state, m.index, m.index + name.length, b);
  }
}
