/**
 * @module extract/text/drop-comments
 * Step `drop-comments`: readers' comments are not the article. A line that opens a comment section
 * (`27 Comments`, `View comments (27)`, `Leave a Reply`, `Join the conversation`, a comment form's
 * `Your name *`), once the article has been told, starts the comments: every block after it goes.
 * A comment count next to the byline (a jump link above the story) is not an opening: the story must
 * have run for `TOLD_WORDS` words of prose first.
 */

import { remove, type TextState, unitIsProse, unitWords } from './text-state.js';

/** Words of prose the story has run for before a comment section can open. */
const TOLD_WORDS = 150;
/** A line this long is prose, never the heading of a comment section. */
const MAX_OPENING_WORDS = 8;

/**
 * The headings and form fields that open a comment section, in the languages news is read in most
 * (Chinese, Japanese and Korean among them).
 * Read on a line of its own (lower-cased, closing colon and count in brackets aside).
 */
const OPENING_RE =
  /^# (?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarz[ey]?|reacties|kommentarer|комментари(?:й|я|ев))(?:$| (?:to|on|zu|auf|sur|a) )|^(?:comments|reader comments|kommentare|commentaires|comentarios|comentários|commenti|komentarze|reacties|kommentarer|комментарии)$|^(?:view|show|read|see|load|display) (?:all )?(?:# )?comments?$|^(?:leave|post|add|write|submit) a (?:reply|comment|response)$|^join the (?:conversation|discussion)$|^all (?:replies|comments)$|^[^ ].{0,40}['’]s discussions$|^(?:your )?(?:comment|name|e-?mail) ?\*$|^(?:kommentar (?:schreiben|verfassen|hinterlassen)|(?:schreibe|hinterlasse) einen kommentar|laisser un commentaire|deja un comentario|(?:enviá|envía|dejá|deja|escribí|escribe) (?:tu|un) comentario|lascia un commento|dodaj komentarz)$|^(?:留言|評論|评论|回應|回应|コメント|댓글) ?(?:列表|一覧|목록)$|^(?:發表|发表)(?:留言|評論|评论)$|^コメントを(?:書く|投稿する|残す)$|^댓글 ?(?:쓰기|달기)$/;

/**
 * The line as a heading reads: lower-case, each number as `#`, without a closing colon or a count in
 * brackets (`View comments (27):` reads `view comments`).
 */
function headingOf(text: string): string {
  let line = text.trim().toLowerCase().replace(/\d+/g, '#');
  if (line.endsWith(':')) line = line.slice(0, -1).trimEnd();
  if (line.endsWith('(#)')) line = line.slice(0, -3).trimEnd();
  return line;
}

/** Whether a line (still in the body, or already taken as chrome) opens a comment section. */
export function opensComments(text: string, words: number): boolean {
  return words <= MAX_OPENING_WORDS && OPENING_RE.test(headingOf(text));
}

export function dropComments(state: TextState): void {
  const units = state.units;
  let told = 0;
  let opening = -1;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const live = unit.role === 'body';
    if (
      told >= TOLD_WORDS &&
      (live || unit.reason === 'chrome') &&
      opensComments(unit.text, unitWords(unit))
    ) {
      opening = i;
      break;
    }
    if (live && unitIsProse(unit)) told += unitWords(unit);
  }
  if (opening < 0) return;
  for (let i = opening; i < units.length; i++) if (units[i]!.role === 'body') remove(units[i]!, 'chrome');
}
