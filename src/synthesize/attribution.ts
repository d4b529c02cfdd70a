/**
 * @module synthesize/attribution
 * Who a statement leans on: news agencies credited in a sentence ("according to AP", "Reuters
 * reported", "as per AP", "AFP said"). An outlet repeating an agency's report is not an independent
 * witness of it, so such a statement counts toward the agency's origin.
 */

/** News agencies and the names they go by; the first name is canonical. */
const AGENCIES: readonly (readonly string[])[] = [
  ['Reuters', 'Thomson Reuters'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['AP', 'Associated Press', 'The Associated Press'],
  ['Bloomberg', 'Bloomberg News'],
  ['Tass', 'TASS', 'Itar-Tass'],
  ['Xinhua', 'Xinhua News Agency'],
  ['RIA Novosti', 'RIA'],
  ['Interfax'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap'],
  ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  ['EFE'],
  ['ANSA'],
  ['PTI', 'Press Trust of India'],
  ['ANI', 'Asian News International'],
  ['Bernama'],
  ['UPI', 'United Press International'],
];

const CANONICAL = new Map<string, string>();
for (const family of AGENCIES) for (const name of family) CANONICAL.set(name.toLowerCase(), family[0]!);

const NAMES = AGENCIES.flat()
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Attribution phrasings; the agency name is group 1 or 2. Case-sensitive names avoid "ap" in prose. */
const ATTRIBUTION = new RegExp(
  `(?:according to|as per|cited by|citing|reported by|told)\\s+(?:the\\s+)?(?:news agency |state-run |state news agency )?(${NAMES})\\b|\\b(${NAMES})\\s+(?:news agency\\s+|news service\\s+)?(?:reported|said|noted|quoted|cited|described|added)`,
  'g',
);

/** The canonical name of a news agency, or null when the name is not one. */
export function agencyName(name: string): string | null {
  return CANONICAL.get(name.trim().toLowerCase()) ?? null;
}

/** The agencies a sentence attributes its content to, canonical names, in order of appearance. */
export function attributedAgencies(sentence: string): string[] {
  const found: string[] = [];
  for (const match of sentence.matchAll(ATTRIBUTION)) {
    const name = agencyName(match[1] ?? match[2] ?? '');
    if (name !== null && !found.includes(name)) found.push(name);
  }
  return found;
}
