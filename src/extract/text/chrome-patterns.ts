/**
 * @module extract/text/chrome-patterns
 * What page chrome looks like once a page is copied as text: logo and badge lines, menus and footer
 * links, legal and copyright lines, sign-in and app prompts, weather and reading-time widgets, link
 * words left at the end of a block, newsletter prompts and the headings of related-content boxes.
 * Each pattern is general (no outlet's wording); long prose never matches, whatever it mentions.
 */

import { COPYRIGHT_MARK_RE } from '../metadata/outlet-name.js';

/** Whole-line menu and footer entries, lower-cased. */
const NAV_ENTRIES = new Set(
  (
    'home|news|world|business|sport|sports|opinion|lifestyle|life|culture|tech|technology|science|health|' +
    'video|videos|photo|photos|pictures|podcast|podcasts|television|tv|radio|live|e-paper|epaper|newsletters|' +
    'newsletter|rss|rss feed|rss feeds|about|about us|contact|contact us|careers|jobs|help|faq|faqs|sitemap|' +
    'site map|menu|search|log in|login|log out|sign in|sign out|sign up|register|subscribe|subscriptions|' +
    'my account|account|share|print|email|comments|comment|advertisement|advertising|advertise|' +
    'advertise with us|sponsored|skip to content|skip to main content|back to top|listen|' +
    'listen to this article|placeholder|subscribe placeholder|download the app|get the app|apps|' +
    'terms|terms of use|terms of service|terms & conditions|terms and conditions|privacy|privacy policy|' +
    'cookie policy|cookies|cookie settings|accessibility|corrections|archive|archives|more|next|previous|' +
    'next article|previous article|top|latest|trending|follow us|share this|share this article|copy link|' +
    'whatsapp|facebook|twitter|x|linkedin|telegram|instagram|youtube|reddit|flipboard|close|open|toggle|' +
    'go to source|read more|read less|see more|show more|load more|view all|view more|all rights reserved'
  ).split('|'),
);

const WHOLE_LINE_PATTERNS: readonly (readonly [RegExp, number])[] = [
  // a logo's alt text left behind: `Example Times header logo`
  [/\blogo\b/i, 8],
  // social and platform badges
  [/\b(?:badge|share (?:this|on|via)|follow us|copy link|add us on|preferred source|on google news)\b/i, 12],
  [
    /\b(?:follow|join|find) (?:us|[\w’' ]{1,40}) on (?:whatsapp|telegram|x|twitter|facebook|instagram|threads|google news|linkedin|youtube|tiktok)\b/i,
    20,
  ],
  // legal and copyright lines
  [COPYRIGHT_MARK_RE, 80],
  [
    /\b(?:privacy (?:policy|notice)|terms (?:of (?:use|service)|(?:&|and) conditions)|cookie (?:policy|settings))\b/i,
    8,
  ],
  // sign-in, paywall, app and help prompts
  [
    /^(?:get unlimited access|already (?:a subscriber|have an account)|subscribe (?:now|today|to|for)|sign (?:in|up) (?:to|for|now)|log ?in to|register (?:now|for|to)|create (?:a )?(?:free )?account|download (?:the|our) app|get the app|advertise with us|need help\b|for subscribers|subscriber[s]? only|unlock (?:this|all|unlimited))/i,
    25,
  ],
  [/\bfeedback on\b.*\b(?:products|services|website|app)\b/i, 20],
  // screen-reader link hints and contributor taglines
  [/\bopens (?:in )?(?:a )?new (?:tab|window)\b/i, 25],
  [/\bcontributed (?:to )?(?:this|the) (?:report|story|article|post)(?:ing)?\.?$/i, 30],
  // an outlet's notes on the article itself: a correction's date, where it first ran
  [/^(?:update:\s*)?this (?:article|story|post) (?:was|has been) (?:amended|updated|corrected)\b/i, 60],
  // a correction's note, with what the earlier version said (`An earlier version of this story misstated …`)
  [/^(?:an earlier|a previous) version of this (?:story|article|report|video|post|graphic)\b/i, 60],
  [
    /^(?:an earlier|a previous) version (?:said|stated|incorrectly|misstated|misidentified|misspelled|gave)\b/i,
    60,
  ],
  [/^editor['’]s note\s*:/i, 60],
  // an outlet's disclaimer about the links it gives
  [/\b(?:external links are provided|not responsible for the content of external)\b/i, 25],
  [/^this (?:article|story|post) (?:originally|first) (?:appeared|ran|was published) (?:on|in)\b/i, 20],
  // inline links to other stories and agency production credits
  [/^(?:read more|also read|read also|see also|related|watch|listen|more)\s*[:|›»>–—-]\s*\S/i, 30],
  // a link to a gallery, a video or a comment piece, labelled so (`In pics: Premier League action`)
  [/^(?:in pics|in pictures|video|videos|gallery|audio|podcast|comment)\s*:\s*\S[^.!?]*$/i, 12],
  [/^read more about\b.*\bhere\.?$/i, 15],
  [/^live updates?\s*(?::|on\b)/i, 10],
  // a box of links to other stories run into one line: `Related stories PLAYER SIGNS … TEAM LOSES …`
  [
    /^(?:Related|RELATED) (?:[Ss]tories|[Aa]rticles|[Nn]ews|[Cc]ontent|[Cc]overage|[Ll]inks|[Pp]osts|STORIES|ARTICLES)\s+['‘"“]?\p{Lu}/u,
    400,
  ],
  // a link to another story set in square brackets between paragraphs (`[Video: Crowds fill the square]`);
  // not a line of dialogue or chat, its speaker's name before a colon and a sentence's end before the
  // bracket (`[Alden: I can't even talk!]`)
  [/^\[(?!\p{Lu}\p{Ll}+:[^\]]*[.!?]\s?\]$)[^[\]]+\]$/u, 40],
  [/^\(?(?:reporting|writing|editing|additional reporting|compiled|production) by\b/i, 50],
  // weather, time and reading widgets
  [/^-?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]$/, 3],
  // a date or place line carrying the weather: `Tuesday 11 March 2031 | Montbrelle 9°C, light rain`
  [/-?\d{1,3}(?:[.,]\d+)?\s*°\s*[CF]?\b/, 14],
  [/^-?\d{1,3}°$/, 1],
  [/^\d+\s*(?:min|mins|minute|minutes)\s+read$/i, 4],
  // an update stamp with a time and no date (`Updated at 9:50 p.m. ET Thursday`; a stamp with a year is
  // the date line the date reader wants)
  [/^(?!.*\d{4})(?:last )?(?:updated|published|posted)(?: at| on)?:?\s+\d{1,2}:\d{2}\b/i, 10],
  [
    /^(?:story continues below|scroll to continue|continue reading below|advertisement|sponsored content)\b/i,
    6,
  ],
  // a picture's or a player's controls left as text, with the caption or title they carry
  // (`Enlarge this image toggle caption Jane Roe/AP`, `Media playback is unsupported on your device …`)
  [/^(?:enlarge this image|toggle caption)\b/i, 24],
  [/^media playback is (?:unsupported|not supported) on (?:your|this) device\b/i, 40],
  [/^(?:jump media player|media player help|out of media player\b|media caption\b)/i, 40],
  [/^(?:just watched|replay|more videos|must watch|\(\d{1,3} videos\))\s*(?:\.{3}|…)?$/i, 3],
  // a prompt to share a link rather than copy the text (`Please share this article with others using
  // the link below …`), and a link to a live blog or another page (`Click here to follow our …`)
  [/\bshare this article with others\b/i, 60],
  [/^click here\b[^.!?]*$/i, 20],
  [/^see related\s*:/i, 40],
  [/^related in \p{Lu}[\p{L} ]{0,30}$/u, 5],
  [/^scroll down for (?:the )?(?:video|videos|more)\b/i, 5],
  // a social post embedded in the page, its platform's footer closing it (`… A post shared by Jane Roe
  // (@janeroe) on Oct 1, 2017 at 10:56pm PDT`)
  [/\bA post shared by\b[^()]{1,80}\(@[\w.]{1,40}\) on\b/, 60],
  // a call for readers' accounts through a form (`… you can fill in the form below`)
  [/\b(?:fill in|fill out|complete|use) the form below\b/i, 40],
  // messaging and subscription prompts
  [/^chat with us\b/i, 20],
  [/\bby subscribing\b/i, 15],
  // image galleries and counters left as text
  [/^(?:\d+\s*(?:of|\/)\s*\d+|image \d+ of \d+)$/i, 5],
  // a blog system's lines around a post, in the languages blogs are written in most (WordPress and
  // its kind print them word for word): filed under, tags, sharing, likes, comment forms, neighbours
  [
    /^(?:this entry was posted|posted in\b|filed under\b|tagged\b|tags?:|categor(?:y|ies):|dieser (?:eintrag|beitrag) wurde\b.{0,40}\b(?:veröffentlicht|geschrieben)|abgelegt unter|kategorien?:|schlagw(?:ö|o)rte?r?:|verschlagwortet mit|publié dans|classé dans|étiquettes?\s?:|publicado en\b|etiquetas?:|archiviato in|pubblicato in)/i,
    30,
  ],
  [
    /^(?:teilen mit|teilen sie dies mit|diesen beitrag teilen|gefällt mir|like this|partager|compartir|condividi)\b/i,
    8,
  ],
  [
    /^(?:leave a (?:reply|comment)|notify me of|benachrichtige mich|(?:es gibt )?noch keine kommentare|kommentar (?:verfassen|schreiben|hinterlassen)|schreibe einen kommentar|hinterlasse einen kommentar|\d+ antworten? (?:zu|auf)|laisser un commentaire|deja un comentario|lascia un commento)/i,
    25,
  ],
  [
    /^(?:gib deine e-mail-adresse ein|um neue beiträge per e-mail|newsletter abonnieren|melde dich (?:für|zu) (?:den|unserem|unseren) newsletter)/i,
    30,
  ],
  [/\bnewsletter\b/i, 6],
  [
    /\b(?:bloggen auf wordpress\.com|erstelle eine kostenlose website|create a free website or blog|blog at wordpress\.com|powered by wordpress|proudly powered by|betrieben mit wordpress)\b/i,
    20,
  ],
  [
    /^(?:(?:vorheriger|nächster|älterer|neuerer) (?:beitrag|artikel|eintrag)|(?:previous|next|older|newer) (?:post|entry|article)s?\b|zurück zur (?:übersicht|startseite)|neueste (?:beiträge|kommentare)|(?:recent|latest) (?:posts|comments)$|article (?:précédent|suivant)|(?:entrada|artículo) (?:anterior|siguiente))/i,
    12,
  ],
  [
    /^(?:aktualisiert|zuletzt (?:aktualisiert|geändert|bearbeitet)|diese seite wurde zuletzt|ultima modifica|dernière mise à jour|mis à jour le|actualizado)\b/i,
    15,
  ],
  [
    /^(?:à lire aussi|lire aussi|lesen sie auch|lies auch|lee también|leggi anche|czytaj (?:też|także))\W*$/i,
    4,
  ],
];

const HAS_WORD_RE = /[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]/;

const COOKIE_RE = /\bcookies?\b/i;
const CONSENT_RE = /\b(?:accept|manage|consent|preferences|partners|privacy|reject)\b/i;

/** Separators of a menu flattened into a line. */
const MENU_SEPARATOR_RE = /\s[|•·▪■◦●]\s/;
/** Any separator character at all: most lines have none, and are not split. */
const MENU_SEPARATOR_CHAR_RE = /[|•·▪■◦●]/;
/** A menu's label before its first entry (`Les rubriques du Monde.fr International ▪ Politique ▪ …`). */
const MAX_LABEL_WORDS = 6;

/** Three or more short segments split by `|`, `•` or a square bullet; the first may carry a label. */
function isPipedMenu(text: string): boolean {
  if (!MENU_SEPARATOR_CHAR_RE.test(text)) return false;
  const parts = text.split(MENU_SEPARATOR_RE);
  return (
    parts.length >= 3 && parts.every((p, i) => p.trim().split(' ').length <= (i === 0 ? MAX_LABEL_WORDS : 4))
  );
}

/** True when a whole line is page chrome. */
export function isChromeLine(text: string, words: number): boolean {
  // Rules and separators (`___`, `* * *`): nothing to read.
  if (!HAS_WORD_RE.test(text)) return true;
  // A menu flattened into one line: `World | Europe | Business | Markets`.
  if (words <= 40 && isPipedMenu(text)) return true;
  // Cookie and consent banners.
  if (words <= 80 && COOKIE_RE.test(text) && CONSENT_RE.test(text)) return true;
  if (words <= 5 && NAV_ENTRIES.has(text.toLowerCase().replace(/[\s:|»›>→]+$/u, ''))) return true;
  if (words >= 2 && words <= MAX_SHARE_BAR_WORDS && isShareBar(text)) return true;
  // A link printed with its picture's alt text and title: `How to Save How to Save How to Save`.
  if (words >= 6 && words <= MAX_REPEATED_LINE_WORDS && repeatsItself(text)) return true;
  for (const [re, maxWords] of WHOLE_LINE_PATTERNS) if (words <= maxWords && re.test(text)) return true;
  return false;
}

/** Words of a share or follow bar: networks, feeds and `share`/`article` in several languages. */
const SHARE_BAR_WORDS = new Set(
  (
    'facebook twitter x whatsapp linkedin telegram instagram youtube reddit pinterest tumblr flipboard ' +
    'messenger viber vk xing pocket threads bluesky mastodon tiktok snapchat weibo wechat google google+ ' +
    'rss mobile email e-mail mail print copy link on via share this story article ' +
    'sdílet článek teilen artikel partager compartir condividi udostępnij delen dela compartilhar поделиться'
  ).split(' '),
);
/** A word opening and closing with a letter or digit: no punctuation to strip from it. */
const WORD_EDGES_RE = /^[\p{L}\d].*[\p{L}\d+]$/u;
/** A share bar is a few words. */
const MAX_SHARE_BAR_WORDS = 8;

/** A line made only of share-bar words (`Facebook Twitter Google+ RSS`, `Sdílet článek`). */
function isShareBar(text: string): boolean {
  // Most lines fail on their first word: read it alone first.
  const space = text.indexOf(' ');
  const head = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  if (!SHARE_BAR_WORDS.has(head) && WORD_EDGES_RE.test(head)) return false;
  for (const word of text.toLowerCase().split(' ')) {
    const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d+]+$/gu, '');
    if (bare !== '' && !SHARE_BAR_WORDS.has(bare)) return false;
  }
  return true;
}

/** A line read for repetition is a few headlines long. */
const MAX_REPEATED_LINE_WORDS = 90;
/** A repeated unit is a headline: three words or more. */
const MIN_REPEATED_WORDS = 3;

/**
 * Whether a line is one phrase of three words or more said twice or more over, space-separated (the
 * last time possibly cut short). Prose never repeats itself within a line. The shortest period comes
 * from the line's prefix function (Knuth-Morris-Pratt): linear in the line's length.
 */
function repeatsItself(text: string): boolean {
  // The line's first two words come again after a space, or it does not repeat itself.
  const second = text.indexOf(' ', text.indexOf(' ') + 1);
  if (second < 0 || text.indexOf(` ${text.slice(0, second)} `, second) < 0) return false;
  const n = text.length;
  const border = new Int32Array(n);
  for (let i = 1, k = 0; i < n; i++) {
    while (k > 0 && text[i] !== text[k]) k = border[k - 1]!;
    if (text[i] === text[k]) k++;
    border[i] = k;
  }
  const period = n - border[n - 1]!;
  if (period * 2 > n + 1 || text[period - 1] !== ' ') return false;
  return text.slice(0, period).trim().split(' ').length >= MIN_REPEATED_WORDS;
}

/** A file name with a picture, video or document extension. */
const MEDIA_FILE_RE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|mov|webm|pdf)$/i;

/**
 * One token that is a file name or an image's slug, never a word of prose: a media file name, a token
 * with an underscore, or one of four or more hyphen-joined parts, one of them a number.
 */
export function isFileName(token: string): boolean {
  if (token.length < 5 || token.includes(' ')) return false;
  // Every file name or slug has a dot, an underscore or hyphens.
  if (!token.includes('.') && !token.includes('_') && !token.includes('-')) return false;
  if (MEDIA_FILE_RE.test(token) && /^[\p{L}\d_.\-()]+$/u.test(token)) return true;
  if (!/^[\p{L}\d_-]+$/u.test(token) || !/\p{L}/u.test(token)) return false;
  if (token.includes('_')) return true;
  const parts = token.split('-');
  return parts.length >= 4 && parts.every((part) => part !== '') && parts.some((part) => /^\d+$/.test(part));
}

/**
 * Link words left at the end of a block (`... Go to Source Author: Example Read More`). The spaces
 * between two links belong to the second (two optional runs of spaces side by side would backtrack
 * exponentially through every split of them).
 */
export const TAIL_LINKS_RE =
  /(?:\s*(?:\bGo to Source\b|\bRead (?:More|more|the full (?:story|article)|full (?:story|article))\b|\bContinue [Rr]eading\b|\bView (?:More|more)\b|\b(?:Mehr|Weiterlesen|Lire la suite|Leer más|Seguir leyendo|Leggi tutto|Continua a leggere|Czytaj dalej|Lees meer|Läs mer)\b|\bAuthor:\s*[\p{L}\d.-]+(?:\s(?!Read|Go )[\p{L}\d.-]+)?)(?:\s*[»›>→…])?)+\s*$/u;

/** A newsletter or sign-up prompt (`Get the insights delivered to your inbox.`, `Sign up now: ...`). */
export const PROMPT_RE =
  /\b(?:delivered to your inbox|to your inbox|sign up (?:now|here|today|for|to)|sign up\b|subscribe (?:now|here|today|to our|for)|newsletters?\b.*\b(?:sign up|subscribe|inbox|free)|get (?:the|our) [\w ]{0,30}(?:newsletter|insights|briefing|updates)|join (?:our|the) [\w ]{0,20}(?:newsletter|mailing list|channel|community))\b/i;

/** The heading of a related-content box: what follows it is other stories, not this one. */
export const SECTION_MARKER_RE =
  /^(?:(?:more|explore more|read more|find more) on (?:this|these) (?:topics?|stor(?:y|ies)|subjects?)|(?:suggested|related|popular|trending|more|explore|recommended) (?:topics|tags|stories|articles|reads|videos|news|content)|related(?: (?:articles?|stories|news|topics|content|coverage|reading|links|posts))?|hot this week|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)(?: in [\w ]{1,20})?|see more on|more (?:from|in|on|stories|news|to read)\b.{0,30}|read (?:more|also|next)|also read|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading)?|popular(?: now| stories| today)?|top stories|latest (?:news|stories|articles)|don['’]t miss|editor['’]?s (?:picks|choice)|topics|tags|what to read next|further reading|in other news|other news|more headlines|also on [\w.]+|from around the web|around the web|keep reading|catch up|explore more|articles? (?:similaires|connexes|liés)|sur le même sujet|dans la même rubrique|(?:ähnliche|verwandte|weitere|empfohlene|neueste) (?:beiträge|artikel|themen)|mehr zum thema|mehr themen|siehe auch|schon gelesen\?|zum weiterlesen|auch lesen|themen im artikel|meist(?:gelesene|diskutierte|kommentierte) (?:artikel|beiträge)|(?:weitere )?beiträge zum thema|über (?:den autor|die autorin)|heute empfehlen wir|das könnte (?:sie|dich) auch interessieren|aktuelle berichte aus dieser kategorie|auch interessant|(?:artículos|noticias) relacionad[oa]s|(?:tópicos|notícias|matérias|artigos) relacionad[oa]s|leia (?:também|mais)|veja também|mais lidas|(?:las |lo |los )?más (?:leíd[oa]s?|vist[oa]s?|populares|comentad[oa]s?)|más sobre\b.{0,40}|te puede interesar|(?:articoli|notizie) correlat[ie]|potrebbe interessarti|gerelateerd|relaterade artiklar|похожие (?:статьи|новости)|【?関連記事】?|相关(?:阅读|文章|新闻)|(?:à )?lire aussi|lesen sie auch|leggi anche|(?:czytaj|zobacz) (?:też|także)|lees ook|читайте также)\s*[:»›>→]?$/i;
