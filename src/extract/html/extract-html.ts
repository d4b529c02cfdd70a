/**
 * @module extract/html/extract-html
 * HTML page -> the fields of an `Article`. The steps, in order: decode the bytes, bound the size,
 * refuse binary, parse, read metadata (JSON-LD, meta, `<time>`, lang), find the standfirst, then
 * grab the article with strict settings relaxed one at a time until it is long enough, clean it,
 * split it into blocks and captions, drop promo and duplicate blocks, and read wire credits and the
 * dateline from the text. Never throws on content: a page without an article gives an empty body.
 */
import type { Document, Element } from 'domhandler';
import type { Block, Caption, ExtractedFields, ExtractHints, RemovedBlock } from '../../types.js';
import { decodeHtml } from '../charset/decode.js';
import { readByline, readBylineField, splitByline } from '../metadata/byline.js';
import { readDateLine } from '../metadata/date-line.js';
import { readDateline } from '../metadata/dateline.js';
import { COPYRIGHT_MARK_RE, readOutlet } from '../metadata/outlet-name.js';
import { readPublished } from '../metadata/published.js';
import {
  type CreditMention,
  closingCredit,
  creditedAgencies,
  creditLineAgencies,
  gatherCredits,
} from '../metadata/wire-credit.js';
import { SECTION_MARKER_RE } from '../text/chrome-patterns.js';
import { guessLanguage } from '../text/detect-language.js';
import { type RawBlock, readBlocks } from './blocks.js';
import { cleanArticle } from './clean-article.js';
import {
  ancestorsOf,
  classAndId,
  elementChildren,
  elementsByTag,
  firstByTag,
  indexTags,
  innerText,
  isTag,
  removeNode,
  type TagIndex,
} from './dom.js';
import { FLAG_ATTEMPTS, grabArticle, isHidden, PATTERNS } from './grab-article.js';
import { linkDensity } from './measure.js';
import { type PageMetadata, primaryLanguage, readMetadata } from './metadata.js';
import { parseHtml } from './parse.js';
import { prepareDocument } from './prepare.js';
import { looksBinary } from './sniff.js';

export { isProbablyHtml } from './sniff.js';

export interface ExtractHtmlOptions {
  /** The page's URL (names the outlet when the page does not). */
  readonly url?: string;
  /** The HTTP Content-Type header, whose charset decodes the bytes. */
  readonly contentType?: string;
  /** Metadata the caller already knows; it wins over what the page says. */
  readonly hints?: ExtractHints;
}

/**
 * Pages longer than this (in characters, after scripts and styles are stripped from an oversized
 * page) are cut: articles are far shorter, and the work stays bounded (about a second per 1 MB of
 * dense markup on the project's machine).
 */
export const MAX_HTML_CHARS = 4 * 1024 * 1024;
/** An article shorter than this (in characters) makes the extractor retry with looser settings. */
const MIN_ARTICLE_CHARS = 500;
/** An article shorter than this is compared with the next attempt's... */
const SHORT_ARTICLE_CHARS = 1000;
/** ...which replaces it when longer by this factor. */
const LOOSER_GAIN = 3;
/** Removed blocks are kept for audit, each cut to this many characters... */
const REMOVED_TEXT_CHARS = 300;
/** ...and at most this many of them. */
const MAX_REMOVED = 200;

/** Classes and ids of a standfirst (dek, summary, intro) under the headline. */
const STANDFIRST_CLASS =
  /(?:^|[\s_-])(?:standfirst|dek|deck|sub-?title|subhead(?:ing|line)?|lede|intro|article-?(?:desc|description|summary|lead|teaser)|strapline|kicker-?text)(?:$|[\s_-])/i;
const STANDFIRST_TAGS = new Set(['p', 'div', 'h2', 'h3', 'span', 'section']);
/** Short blocks that advertise rather than report, in the languages pages come in most. */
const PROMO =
  /^[\s–—-]*(?:read more|read also|also read|see also|related(?: articles| stories| coverage| posts)?:?$|more from|recommended|sign up|subscribe|newsletter|follow us|share this|share on|advertisement|advertising|anzeige|werbung|publicité|click here|download (?:the|our) app|get the latest|watch:|listen:|continue reading(?: the main story)?$|most read|trending now|you may also like|don't miss|lesen sie auch|lies auch|mehr zum thema|auch interessant|das könnte (?:dich|sie) auch interessieren|lade weitere|weiterlesen|à lire aussi|lire aussi|lee también|leer más|lea también|vea también|ver también|(?:le|te) puede interesar|mira:|leia também|veja também|читайте также|pour lire la suite|czytaj (?:też|także|więcej)|dowiedz się więcej|reklama|publicidad|gesponsert|sponsored(?: content)?$|(?:zurück|weiter)$)/i;
/** Phrases that mark a short block as a call to action wherever they stand in it. */
const PROMO_ANYWHERE =
  /newsletter|abonniere|abonnieren sie|subscribe to|könnte (?:dich|sie|euch) auch interessieren|you (?:may|might) also like|artikel teilen|share this (?:article|story|post)|kommentare (?:geschlossen|schreiben)|^kommentieren$|comments? (?:are )?closed|leave a comment|weiterführende[rn]? links?|lesen sie (?:hier )?(?:auch|einen weiteren)|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)|(?:artikel|beitrag) bewerten|keine bewertungen|was this (?:article|page|post) (?:helpful|useful)|wie (?:bewerten|gefällt) (?:sie|dir|euch) (?:diesen|dieser|dieses|den) (?:artikel|beitrag)|vergiss nicht zu teilen|(?:artikel|beitrag) gefallen\?|bitte geben sie die zahlenfolge|verraten sie (?:uns )?(?:gerne )?in den kommentaren|\bmehr\s*(?:•+|»|›)$|^aufrufe:|^kommentare insgesamt|this entry was posted|bookmark the permalink|wszelkie prawa zastrzeżone|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|unter der lizenz|licensed under (?:a )?creative commons|suggested citation|zitiervorschlag|consider supporting|gibt die meinung (?:des autors|der autorin) wieder|zapraszamy (?:też )?do subskrypcji|^(?:drukuj|impressum|imprimer|drucken)$|hier geht es zu|zurück zur (?:listenansicht|übersicht|startseite)|als pdf herunterladen|bild anzeigen|quellen (?:ausblenden|einblenden|anzeigen)|^permali(?:nk|en)\b|canal de youtube|youtube-kanal|werden sie mitglied|weitere infos unter|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|tekst przeczytasz|nichts mehr versäumen|sign up here|rate this (?:article|post)|must be logged in|(?:müssen|musst) (?:sie |du )?(?:sich |dich )?(?:eingeloggt|angemeldet|einloggen|anmelden)|um (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen)/i;
/** Blocks shorter than this are tested against `PROMO_ANYWHERE`. */
const PROMO_ANYWHERE_CHARS = 120;
const COOKIE =
  /\b(?:we use cookies|cookie (?:policy|settings)|accept (?:all )?cookies|verwendet cookies|akismet|utilise des cookies)\b/i;
/** A picture's credit standing as a block of its own: `Photo: Jane Roe`, `Titelbild: dpa`, `Bild via X`. */
const CREDIT_LINE =
  /^\(?(?:fotos?|bild(?:er)?|titelbild|beitragsbild|bildquelle|bildnachweis|photos?|photo credits?|images?|crédits? photos?|credits?|créditos?)\s*(?::|\bvia\b)/i;
/** A credit line is shorter than this; a longer block opening so is a caption or prose. */
const CREDIT_LINE_CHARS = 100;
/** A date line is no longer than this. */
const DATE_LINE_CHARS = 120;
/** A block this short that names a copyright is the site's footer line, not the article. */
const COPYRIGHT_LINE_CHARS = 160;
/** A heading that opens a list of other articles: it and the short blocks under it go. */
const RELATED_HEADING =
  /^(?:related|more (?:stories|news|on this|from)|you (?:may|might) also like|recommended|read next|popular|most read|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|weitere artikel|mehr zum thema|das könnte|auch interessant|weiterführende links?|articles? (?:similaires|connexes)|à lire aussi|artículos relacionados|noticias relacionadas|похожие|читайте также)/i;
/**
 * A heading that opens the comments: everything after it goes. A singular (`Comment`, `Response`) only
 * with its count (`1 Response`): alone, it is as often a section of the article (`Response`, on an API).
 */
const COMMENTS_HEADING =
  /^(?:\d+\s+(?:comment|response|reply)\b|(?:\d+\s+)?(?:comments|kommentare?|responses|replies|leave a (?:reply|comment)|post a comment|kommentar (?:schreiben|verfassen)|schreibe einen kommentar|diskussion|discussion|commentaires?|comentarios?|комментари)\b)/i;
/** Blocks under a related-list heading are dropped while shorter than this (link titles). */
const RELATED_ITEM_CHARS = 160;

function emptyFields(removed: RemovedBlock[]): ExtractedFields {
  return {
    title: null,
    published: null,
    outlet: null,
    byline: null,
    credits: [],
    dateline: null,
    language: null,
    paragraphs: [],
    captions: [],
    removed,
    text: '',
  };
}

/**
 * Scripts, styles and comments of an oversized page, removed in one linear scan before the cut
 * (an unclosed one runs to the end, as it would for the parser).
 */
function stripBulk(text: string): string {
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let position = 0;
  const opener = /<script\b|<style\b|<!--/g;
  while (position < text.length) {
    opener.lastIndex = position;
    const open = opener.exec(lower);
    if (!open) break;
    parts.push(text.slice(position, open.index));
    const closer = open[0] === '<!--' ? '-->' : open[0] === '<style' ? '</style' : '</script';
    const close = lower.indexOf(closer, open.index + open[0].length);
    if (close < 0) return parts.join('');
    const end = lower.indexOf('>', close);
    position = end < 0 ? text.length : end + 1;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** Step 1: the page as text, and a note when it had to be cut. */
function readInput(
  input: string | Uint8Array,
  contentType: string | undefined,
  removed: RemovedBlock[],
): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const bytes = input.length > MAX_HTML_CHARS * 8 ? input.subarray(0, MAX_HTML_CHARS * 8) : input;
    text = decodeHtml(bytes, contentType).text;
  }
  if (text.length > MAX_HTML_CHARS) text = stripBulk(text);
  if (text.length > MAX_HTML_CHARS) {
    removed.push({
      text: `[page cut: ${text.length} characters, only the first ${MAX_HTML_CHARS} read]`,
      reason: 'off-topic',
    });
    text = text.slice(0, MAX_HTML_CHARS);
  }
  return text.includes('\u0000') ? text.replace(/\u0000/g, '') : text;
}

function parse(text: string): Document {
  return parseHtml(text);
}

/** A sidebar, related list, nav or footer: a dek-like paragraph inside one is a teaser. */
function isChromeContainer(element: Element): boolean {
  if (element.name === 'aside' || element.name === 'nav' || element.name === 'footer') return true;
  const match = classAndId(element);
  return PATTERNS.unlikely.test(match) && !PATTERNS.maybeCandidate.test(match);
}

/** Tags a standfirst never contains: it is one short run of prose, not a list or a header. */
const NOT_IN_STANDFIRST = new Set(['li', 'h1', 'h2', 'h3', 'h4', 'table', 'figure', 'img', 'time']);

/** Step 2: a standfirst under the headline, found by its class, before the body is cleaned. */
function findStandfirst(document: Document, title: string | null, tags: TagIndex): string | null {
  const body = tags.first('body') ?? document;
  for (const element of elementsByTag(body, STANDFIRST_TAGS)) {
    if (!STANDFIRST_CLASS.test(classAndId(element)) || isHidden(element)) continue;
    if (elementsByTag(element, NOT_IN_STANDFIRST).length > 0 || linkDensity(element) > 0.2) continue;
    const text = innerText(element);
    if (text.length < 30 || text.length > 600 || elementsByTag(element, new Set(['p'])).length > 2) continue;
    // A byline in an intro box (`von Anna Roe, Tom Doe`) is no standfirst.
    if ((title && text.includes(title)) || readByline(text) !== null) continue;
    if (ancestorsOf(element).some((ancestor) => isTag(ancestor) && isChromeContainer(ancestor))) continue;
    return text;
  }
  return null;
}

interface Attempt {
  readonly blocks: RawBlock[];
  readonly captions: Caption[];
  readonly chrome: string[];
  readonly byline: string | null;
  readonly length: number;
}

/** Step 3: grab, clean and split the article with one set of flags, on a fresh parse. */
function attempt(document: Document, flags: (typeof FLAG_ATTEMPTS)[number], meta: PageMetadata): Attempt {
  prepareDocument(document);
  const html = firstByTag(document, 'html') ?? elementChildren(document)[0];
  if (!html) return { blocks: [], captions: [], chrome: [], byline: null, length: 0 };
  const head = firstByTag(html, 'head');
  if (head) removeNode(head);
  const grabbed = grabArticle(html as Element, flags, {
    title: meta.title,
    knownByline: meta.bylines.some((byline) => splitByline(byline).byline !== null),
  });
  const dropped = cleanArticle(grabbed.content, flags);
  const { blocks, captions } = readBlocks(grabbed.content);
  const length = blocks.reduce((sum, block) => sum + block.text.length, 0);
  return { blocks, captions, chrome: [...grabbed.removed, ...dropped], byline: grabbed.byline, length };
}

/** Characters of an attempt's blocks that step 5 keeps (a cookie notice or a promo is no article). */
function keptLength(result: Attempt): number {
  return sortBlocks(result.blocks, null, []).reduce((sum, block) => sum + block.text.length, 0);
}

/**
 * Step 4: the first attempt long enough, else the one that keeps the most text. A short first find (an
 * advertiser's disclosure, one forum reply) is checked against the next, looser attempt, which wins when
 * it finds several times as much: the strict settings had stripped the article's own container. A
 * looser attempt that finds the very same block says nothing yet, and the one after it is asked.
 */
function bestAttempt(text: string, firstDocument: Document, meta: PageMetadata): Attempt {
  return pickAttempt(
    FLAG_ATTEMPTS.length,
    (index) => attempt(index === 0 ? firstDocument : parse(text), FLAG_ATTEMPTS[index]!, meta),
    keptLength,
  );
}

/**
 * Step 4's choice among `count` attempts, run in order by `run` and only as far as needed (each costs a
 * parse); `kept` measures what a short attempt keeps.
 */
export function pickAttempt<T extends { readonly length: number }>(
  count: number,
  run: (index: number) => T,
  kept: (result: T) => number,
): T {
  const short: { result: T; kept: number }[] = [];
  let accepted: T | null = null;
  for (let index = 0; index < count; index++) {
    const result = run(index);
    if (accepted) {
      if (result.length > accepted.length * LOOSER_GAIN) return result;
      if (result.length === accepted.length) continue;
      return accepted;
    }
    if (result.length >= MIN_ARTICLE_CHARS) {
      if (result.length >= SHORT_ARTICLE_CHARS) return result;
      accepted = result;
      continue;
    }
    short.push({ result, kept: kept(result) });
  }
  if (accepted) return accepted;
  return short.sort((a, b) => b.kept - a.kept)[0]!.result;
}

/** Step 5: drops promo, cookie and repeated blocks, and marks the standfirst. */
function sortBlocks(
  raw: readonly RawBlock[],
  standfirst: string | null,
  removed: RemovedBlock[],
): { kind: Block['kind']; text: string }[] {
  const kept: { kind: Block['kind']; text: string }[] = [];
  const seen = new Set<string>();
  let inRelated = false;
  for (const [index, block] of raw.entries()) {
    if (block.kind === 'heading' && COMMENTS_HEADING.test(block.text) && index > 0) {
      for (const rest of raw.slice(index)) removed.push({ text: rest.text, reason: 'chrome' });
      break;
    }
    // A related-content heading, or a line that is nothing but one (`Verwandte Artikel`, `Read more:`).
    const marker = block.text.length < 80 && SECTION_MARKER_RE.test(block.text);
    if (block.kind === 'heading')
      inRelated = marker || (RELATED_HEADING.test(block.text) && block.text.length < 80);
    else if (marker && index > 0) inRelated = true;
    if (inRelated && (block.kind === 'heading' || block.text.length < RELATED_ITEM_CHARS)) {
      removed.push({ text: block.text, reason: 'promo' });
      continue;
    }
    inRelated = false;
    if (
      (block.text.length < 200 && PROMO.test(block.text)) ||
      (block.text.length < PROMO_ANYWHERE_CHARS && PROMO_ANYWHERE.test(block.text))
    ) {
      removed.push({ text: block.text, reason: 'promo' });
      continue;
    }
    // A line that is only a date (`Veröffentlicht: 2. Februar 2022`) is the page's metadata, not its text.
    if (block.text.length <= DATE_LINE_CHARS && readDateLine(block.text) !== null) {
      removed.push({ text: block.text, reason: 'chrome' });
      continue;
    }
    if (block.text.length < CREDIT_LINE_CHARS && CREDIT_LINE.test(block.text)) {
      removed.push({ text: block.text, reason: 'chrome' });
      continue;
    }
    if (block.text.length < COPYRIGHT_LINE_CHARS && COPYRIGHT_MARK_RE.test(block.text)) {
      removed.push({ text: block.text, reason: 'chrome' });
      continue;
    }
    if (block.text.length < 400 && COOKIE.test(block.text)) {
      removed.push({ text: block.text, reason: 'chrome' });
      continue;
    }
    if (block.text === standfirst && seen.has(block.text)) {
      removed.push({ text: block.text, reason: 'duplicate' });
      continue;
    }
    seen.add(block.text);
    const isStandfirst =
      kept.length < 2 &&
      block.kind === 'paragraph' &&
      (block.text === standfirst || (STANDFIRST_CLASS.test(block.hint) && block.text.length <= 600));
    kept.push({ kind: isStandfirst ? 'standfirst' : block.kind, text: block.text });
  }
  if (
    standfirst &&
    !kept.some((block) => block.kind === 'standfirst' || block.text === standfirst) &&
    kept.length > 0
  ) {
    kept.unshift({ kind: 'standfirst', text: standfirst });
  }
  return kept;
}

/** The page's JSON-LD `articleBody` replaces what the page shows when it is this many times longer... */
const JSON_LD_GAIN = 2;

/**
 * Step 5b: a page whose article a script renders (the HTML holds a shell, the text sits in the page's
 * JSON-LD) is read from its JSON-LD `articleBody`, one paragraph a line, when that is an article's
 * length and several times what the page's own blocks hold.
 */
function orJsonLdBody(
  blocks: { kind: Block['kind']; text: string }[],
  articleBody: string | null,
): { kind: Block['kind']; text: string }[] {
  if (articleBody === null || articleBody.length < MIN_ARTICLE_CHARS) return blocks;
  const shown = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (articleBody.length < shown * JSON_LD_GAIN) return blocks;
  return articleBody
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((text) => ({ kind: 'paragraph' as const, text }));
}

/** Step 6: joins the blocks into the text, with each block's offsets. */
function assemble(blocks: readonly { kind: Block['kind']; text: string }[]): {
  paragraphs: Block[];
  text: string;
} {
  const paragraphs: Block[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (paragraphs.length > 0) offset += 2;
    paragraphs.push({ kind: block.kind, text: block.text, start: offset, end: offset + block.text.length });
    offset += block.text.length;
  }
  return { paragraphs, text: blocks.map((block) => block.text).join('\n\n') };
}

/** How many paragraphs after the first are read to confirm a bare upper-case dateline. */
const DATELINE_CONTEXT_PARAGRAPHS = 12;

/**
 * Step 7: a closing credit leaves the last paragraph (`... said. REUTERS`) or, on a line of its own
 * (`- AFP`), the body; both become closing credits.
 */
function cutClosingCredit(
  blocks: { kind: Block['kind']; text: string }[],
  removed: RemovedBlock[],
): CreditMention[] {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== 'paragraph') return [];
  const line = creditLineAgencies(last.text);
  if (line.length > 0) {
    blocks.pop();
    removed.push({ text: last.text, reason: 'chrome' });
    return line.map((agency) => ({ agency, source: 'closing', text: last.text }));
  }
  const found = closingCredit(last.text);
  if (!found) return [];
  blocks[blocks.length - 1] = { kind: last.kind, text: last.text.slice(0, found.index).trimEnd() };
  removed.push({ text: found.text, reason: 'chrome' });
  return found.agencies.map((agency) => ({ agency, source: 'closing', text: found.text }));
}

/** Step 8: the metadata fields, each by its shared reader, from the page's evidence and the body. */
function readFields(
  meta: PageMetadata,
  best: Attempt,
  paragraphs: readonly Block[],
  closing: readonly CreditMention[],
  hints: ExtractHints,
  url: string | undefined,
  dropped: readonly RemovedBlock[],
): Pick<ExtractedFields, 'published' | 'outlet' | 'byline' | 'credits' | 'dateline'> {
  const body = paragraphs.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  // What the page showed and steps 5 and 7 dropped (a date line among them) is read for metadata too.
  const chrome = [...best.chrome, ...dropped.map((block) => block.text)].filter((text) => text.length <= 300);
  const { byline, agencies } = readBylineField({
    hint: hints.byline,
    declared: [...meta.bylines, best.byline],
  });
  const credits = gatherCredits({
    paragraphs: body,
    closing,
    byline,
    bylineAgencies: agencies,
    captionCredits: best.captions.map((caption) => caption.credit),
  });
  return {
    published: readPublished({
      hint: hints.published,
      declared: meta.published,
      lines: chrome.flatMap((text) => {
        const date = readDateLine(text);
        return date ? [date] : [];
      }),
      opening: body.slice(0, 2),
    }),
    outlet: readOutlet({
      hint: hints.outlet,
      // A title's site suffix names the site only when it is written as a name (`| Daily Ledger`, not `| an essay`).
      declared: [
        ...meta.outlets,
        meta.titleSite !== null && /^[\p{Lu}\d]/u.test(meta.titleSite) ? meta.titleSite : null,
      ],
      lines: chrome,
      url: hints.url ?? url,
    }),
    byline,
    credits: creditedAgencies(credits),
    dateline:
      body[0] === undefined
        ? null
        : (readDateline(body[0], body.slice(1, DATELINE_CONTEXT_PARAGRAPHS).join(' '))?.place ?? null),
  };
}

/**
 * Extracts an article's fields from an HTML page (bytes or text).
 * @example extractHtml('<html><body><article><p>...</p></article></body></html>').paragraphs
 */
export function extractHtml(input: string | Uint8Array, options: ExtractHtmlOptions = {}): ExtractedFields {
  const removed: RemovedBlock[] = [];
  const hints = options.hints ?? {};
  const text = readInput(input, options.contentType, removed);
  if (text.trim() === '') return emptyFields(removed);
  if (looksBinary(text)) {
    removed.push({ text: '[binary content: not an HTML page]', reason: 'off-topic' });
    return emptyFields(removed);
  }
  const document = parse(text);
  // One walk for every reader of the page as it was parsed (the attempts below change it).
  const tags = indexTags(document);
  const meta = readMetadata(document, tags);
  const standfirst = findStandfirst(document, meta.title, tags);
  const heading = tags.first('h1');
  const headingTitle = heading ? innerText(heading) || null : null;
  const best = bestAttempt(text, document, meta);
  for (const chrome of best.chrome) {
    if (removed.length >= MAX_REMOVED) break;
    removed.push({ text: chrome.slice(0, REMOVED_TEXT_CHARS), reason: 'chrome' });
  }
  const dropFrom = removed.length;
  const blocks = orJsonLdBody(sortBlocks(best.blocks, standfirst, removed), meta.articleBody);
  const closing = cutClosingCredit(blocks, removed);
  const { paragraphs, text: body } = assemble(blocks);
  const title = hints.title ?? meta.title ?? headingTitle;
  return {
    title: title && title.length <= 500 ? title : null,
    ...readFields(meta, best, paragraphs, closing, hints, options.url, removed.slice(dropFrom)),
    // (A page's declared language is often its template's: the body's own words outweigh it.)
    language: primaryLanguage(hints.language) ?? guessLanguage([body]) ?? meta.language,
    paragraphs,
    captions: best.captions,
    removed,
    text: body,
  };
}
