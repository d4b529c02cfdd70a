/**
 * @module analyze/names
 * Name normalisation shared by entity recognition and story-level alias resolution: folding of
 * transliteration variants (`Sergei`/`Sergey`, `Yuri`/`Yury`, `Zelensky`/`Zelenskyy`), slugs for ids,
 * and the title words stripped from person names (`Mr`, `President`).
 */

/** Titles' abbreviations (`Lieut.`, `Msgr.`, `Sens.`): a title before a name, and no sentence's end after their stop. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cpl',
  'maj',
  'adm',
  'cmdr',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'lieut',
  'brig',
  'pvt',
  'pfc',
  'spc',
  'atty',
  'fr',
  'msgr',
  'rt',
  'sens',
  'reps',
  'asst',
  'ch',
  'con',
  'messrs',
  'mme',
]);

/** A minister's portfolio, a word of a title (`Finance Minister`) that names a ministry's field too. */
export const PORTFOLIOS = ['foreign', 'defence', 'defense', 'finance', 'interior', 'trade'] as const;

/** Title words that precede a person's name and are not part of it. */
export const TITLES = new Set([
  ...TITLE_ABBREVIATIONS,
  'miss',
  'professor',
  'senator',
  'senators',
  'representative',
  'governor',
  'general',
  'colonel',
  'captain',
  'major',
  'admiral',
  'president',
  'vice',
  'prime',
  'minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheikh',
  'emir',
  'sultan',
  'secretary',
  ...PORTFOLIOS,
  'deputy',
  'acting',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'mayor',
  'judge',
  'justice',
  'lord',
  'lady',
  'sir',
  'dame',
  'commissioner',
  'administrator',
  'solicitor',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'envoy',
  'aide',
  'adviser',
  'advisor',
  'leader',
  'state',
  'councillor',
  'general-secretary',
  'attorney-general',
  'solicitor-general',
  'governor-general',
  'auditor-general',
  'inspector-general',
  'surgeon-general',
  'homeland',
  'security',
  'economy',
  'energy',
  'health',
  'justice',
  'attorney',
  'speaker',
  'coach',
  'ceo',
  'chief executive',
  'executive',
  'managing',
  'pm',
  'mp',
  'mep',
  'msp',
  'mla',
  'director-general',
  'deputy-director',
  'founder',
  'co-founder',
  'cofounder',
  'congressman',
  'congresswoman',
  'councilman',
  'councilwoman',
  'councilmember',
  'assemblyman',
  'assemblywoman',
  'alderman',
  'acting',
  'interim',
  'majority',
  'minority',
  'whip',
  'mrs.',
  'mr.',
  'dr.',
  'officer',
  'inspector',
  'superintendent',
  'sheriff',
  'prosecutor',
  'commander',
  'secretary-general',
  'vp',
  'svp',
  'evp',
  'cfo',
  'coo',
  'cto',
  'mvp',
  'manager',
  'constable',
  'sergeant',
  'sgt.',
  'lieutenant',
  'corporal',
  'detective',
  'archbishop',
  'bishop',
  'reverend',
  'imam',
  'rabbi',
  'principal',
  'chancellor',
  'president-elect',
  'vice-president',
  // Honorifics and national offices that precede a name (`Honourable Natalio Wheatley`, `Taoiseach Micheál Martin`).
  'honourable',
  'honorable',
  'excellency',
  'taoiseach',
  'tanaiste',
  'tánaiste',
  'first lady',
  // Local and state offices (`said Supervisor Ana Roe of Napa County`), courts, churches and forces.
  'supervisor',
  'alderwoman',
  'assemblymember',
  'councilor',
  'legislator',
  'selectman',
  'selectwoman',
  'freeholder',
  'delegate',
  'comptroller',
  'treasurer',
  'auditor',
  'coroner',
  'ombudsman',
  'magistrate',
  'provost',
  'pastor',
  'deacon',
  'trooper',
  'brigadier',
  'commodore',
  'governor-elect',
  'mayor-elect',
  // Rulers and nobility (`Kaiser Wilhelm II`, `Tsar Nicholas II`, `Duke of …` stays a name).
  'kaiser',
  'tsar',
  'czar',
  'emperor',
  'empress',
  'shah',
  'duchess',
  'earl',
  'baron',
  'baroness',
]);

/** Folds a name for comparison: case, diacritics and common transliteration variants. */
export function foldName(name: string): string {
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    folded = fold(name);
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(name, folded);
  }
  return folded;
}

/** Folded names, cached: the same names recur across articles (bounded, cleared when full). */
const FOLDED = new Map<string, string>();

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/sch/g, 'sh')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A lowercase ASCII slug for ids (`Vladimir Putin` -> `vladimir-putin`). */
export function slug(name: string): string {
  let out = SLUGS.get(name);
  if (out === undefined) {
    out = makeSlug(name);
    if (SLUGS.size > 50_000) SLUGS.clear();
    SLUGS.set(name, out);
  }
  return out;
}

/** Slugs, cached like folded names. */
const SLUGS = new Map<string, string>();

function makeSlug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
