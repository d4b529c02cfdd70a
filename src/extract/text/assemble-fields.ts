/**
 * @module extract/text/assemble-fields
 * Turns the cleaner's final state into `ExtractedFields`: the body blocks joined by a blank line, each
 * with its offsets in `text`; captions and removed blocks in page order.
 */

import type { Block, Caption, ExtractedFields, RemovedBlock } from '../../types.js';
import { creditList } from './read-dateline-and-credits.js';
import type { TextState } from './text-state.js';

export const BLOCK_SEPARATOR = '\n\n';

export function assembleFields(state: TextState): ExtractedFields {
  const paragraphs: Block[] = [];
  const captions: Caption[] = [];
  const removed: RemovedBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const u of state.units) {
    if (u.role === 'body' && u.text !== '') {
      if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
      paragraphs.push({ kind: u.kind, text: u.text, start: offset, end: offset + u.text.length });
      parts.push(u.text);
      offset += u.text.length;
    } else if (u.role === 'removed' && u.reason) {
      removed.push({ text: u.text, reason: u.reason });
      if (u.reason === 'caption' && u.caption !== null) captions.push({ text: u.caption, credit: u.credit });
    }
    for (const cut of u.cut) removed.push({ text: cut, reason: 'chrome' });
  }
  return {
    title: state.title,
    published: state.published,
    outlet: state.outlet,
    byline: state.byline,
    credits: creditList(state),
    dateline: state.dateline,
    language: state.language,
    paragraphs,
    captions,
    removed,
    text: parts.join(BLOCK_SEPARATOR),
  };
}
