/**
 * @module analyze/entities/find-institutions
 * Step `findInstitutions`: a state's institutions named by its demonym and a common noun (`the
 * Nigerian government`, `the U.S. military`, `South Korea's presidential office`, `Moscow's foreign ministry`): organisations of
 * their own, which speak and act apart from the country.
 */
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, COUNTRY_BY_SEAT } from '../gazetteer.js';
import { slug } from '../names.js';
import { builder, type EntityState, inSpans, mention } from './state.js';

/** The institution nouns; the demonym is read in the words right before one. */
const NOUN_RE =
  /\b(?:government|military|army|navy|air force|coast guard|police|(?:foreign|defen[cs]e|interior|health|finance|justice|trade|economy|education|transport|energy|agriculture|environment) ministry|presidential office|embassy|parliament|cabinet|central bank|foreign office|armed forces|state media|state television|federal prosecutor|prosecutor[’']s office|joint chiefs of staff|space agency|weather agency|meteorological agency|election commission|supreme court|constitutional court)\b/gi;
/** A state's own organs, which a capital's name stands for (`Moscow's foreign ministry`); a city's police is its own. */
const STATE_ORGAN_RE = /ministry|office|military|armed forces/i;
const OWNER_RE = /(?:^|[^\p{L}.])((?:U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?)([’']s)? $/u;

export function findInstitutions(state: EntityState): void {
  const { text } = state;
  NOUN_RE.lastIndex = 0;
  for (let m = NOUN_RE.exec(text); m; m = NOUN_RE.exec(text)) {
    const owner = OWNER_RE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (!owner) continue;
    // `The Nigerian government` at a sentence's start: the article is not part of the owner.
    const who = owner[1]!.replace(/^The /, '');
    // `the Nigerian government`, or a country's own (`France's foreign ministry`), never a person's.
    const country = owner[2]
      ? (COUNTRY_BY_NAME.get(who) ?? (STATE_ORGAN_RE.test(m[0]) ? COUNTRY_BY_SEAT.get(who) : undefined))
      : (COUNTRY_BY_DEMONYM.get(who) ?? COUNTRY_BY_NAME.get(who));
    const start = m.index - who.length - (owner[2]?.length ?? 0) - 1;
    if (!country || inSpans(state.furniture, start)) continue;
    const name = text.slice(start, m.index + m[0].length);
    const b = builder(state, `org:${slug(name)}`, name, 'organization', false, country.code);
    mention(state, start, m.index + m[0].length, b);
  }
}
