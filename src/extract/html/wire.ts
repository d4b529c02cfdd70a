/**
 * @module extract/html/wire
 * Finds the wire agencies an article credits and its dateline: `BEIJING (Reuters) -`,
 * `[BEIJING]`, `BEIJING :`, `WASHINGTON, Feb 4 (AP) —`, agency names in the byline, a closing
 * "Reporting by" line, photo credits.
 */

/** Canonical agency names and the ways pages write them. */
const AGENCIES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Reuters', pattern: /\bReuters\b|\bREUTERS\b|\bThomson Reuters\b/ },
  { name: 'AFP', pattern: /\bAFP\b|Agence France[- ]Presse/i },
  { name: 'AP', pattern: /\bAP\b|\bAssociated Press\b/ },
  { name: 'Bloomberg', pattern: /\bBloomberg\b/ },
  { name: 'Xinhua', pattern: /\bXinhua\b|\bXINHUA\b/ },
  { name: 'TASS', pattern: /\bTASS\b|\bTass\b/ },
  { name: 'RIA Novosti', pattern: /\bRIA Novosti\b/i },
  { name: 'Interfax', pattern: /\bInterfax\b/i },
  { name: 'dpa', pattern: /\bdpa\b|\bDPA\b|Deutsche Presse-Agentur/ },
  { name: 'Kyodo', pattern: /\bKyodo\b/i },
  { name: 'Yonhap', pattern: /\bYonhap\b/i },
  { name: 'PTI', pattern: /\bPTI\b|Press Trust of India/ },
  { name: 'ANI', pattern: /\bANI\b|Asian News International/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'UPI', pattern: /\bUPI\b|United Press International/ },
  { name: 'Anadolu', pattern: /\bAnadolu\b/i },
  { name: 'Bernama', pattern: /\bBernama\b/i },
  { name: 'CNA', pattern: /\bCNA\b/ },
];

/** Agencies named in a text, canonical names in the order of `AGENCIES`. */
function agenciesIn(text: string): string[] {
  return AGENCIES.filter((agency) => agency.pattern.test(text)).map((agency) => agency.name);
}

/** A lead's opening like `CITY (Agency) -` or `CITY, Feb 4 (Agency) —`: the part in parentheses. */
const LEAD_CREDIT = /^[^\n]{0,80}?\(([^)]{2,60})\)\s*[-–—:]/;
/** A closing line crediting the wire: `Reporting by ...; Editing by ...`, `— Associated Press`. */
const CLOSING_CREDIT =
  /(?:\((?:reporting|writing|additional reporting)\b[^)]*\)|^(?:reporting|writing) by\b.*|^[-–—]\s*\w.{0,60}$)/i;

export interface WireInput {
  readonly paragraphs: readonly string[];
  readonly byline: string | null;
  readonly captionCredits: readonly (string | null)[];
}

/** Wire agencies credited by an article (canonical names, deduplicated, in order found). */
export function findCredits(input: WireInput): string[] {
  const found: string[] = [];
  const add = (names: readonly string[]) => {
    for (const name of names) if (!found.includes(name)) found.push(name);
  };
  const lead = input.paragraphs.slice(0, 2).join(' ');
  const leadCredit = LEAD_CREDIT.exec(lead);
  if (leadCredit) add(agenciesIn(leadCredit[1]!));
  if (input.byline) add(agenciesIn(input.byline));
  for (const paragraph of input.paragraphs.slice(-3)) {
    if (paragraph.length < 300 && CLOSING_CREDIT.test(paragraph.trim())) add(agenciesIn(paragraph));
    if (/^\(?(?:reporting|writing) by\b/i.test(paragraph.trim()) && /editing by/i.test(paragraph))
      add(['Reuters']);
  }
  for (const credit of input.captionCredits) if (credit) add(agenciesIn(credit));
  return found;
}

const PLACE = "[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3}";
const DATELINES: readonly RegExp[] = [
  new RegExp(`^\\[(${PLACE}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\\]`),
  new RegExp(`^(${PLACE})(?:\\s*,\\s*[^()\\n:–—]{1,40}?)?\\s*\\([^)]{2,60}\\)\\s*[-–—:]\\s`),
  new RegExp(`^(${PLACE})(?:\\s*,\\s*[A-Z][A-Za-z.]*(?: \\d{1,2})?(?:,? \\d{4})?)?\\s*(?:[-–—:])\\s`),
];

/** The dateline place of a lead paragraph (`BEIJING`), or null. */
export function findDateline(lead: string | undefined): string | null {
  if (!lead) return null;
  for (const pattern of DATELINES) {
    const match = pattern.exec(lead);
    const place = match?.[1]?.trim();
    if (place && place.length >= 2 && /[A-Za-z]/.test(place) && place.replace(/[^A-Z]/g, '').length >= 2) {
      if (/^(?:UPDATE|BREAKING|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|FILE|PHOTO)\b/.test(place)) continue;
      return place;
    }
  }
  return null;
}
