/**
 * @module test/hostile/inputs
 * Generated hostile inputs, each at any size: what an attacker or a broken crawler sends to make a
 * step's work grow faster than its input (long runs without spaces, glued sentences, deep nesting,
 * megabyte lines, many quotes and numbers, invalid bytes). Shared by the hostile suite in `npm test`
 * and `npm run bench:hostile`. Every input is written here; none is third-party text.
 */
import type { RawDocument } from '../../src/types.js';

export interface HostileInput {
  readonly name: string;
  /** What it attacks, for a person reading a failure. */
  readonly why: string;
  /** The raw document of about `bytes` bytes. */
  readonly make: (bytes: number) => RawDocument;
}

/** `unit` repeated until the text is `bytes` characters long. */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** A deterministic word stream (no Math.random: the same input every run). */
function words(count: number, seed = 7): string[] {
  const syllables = ['ka', 'lo', 'mer', 'dan', 'ti', 'su', 'vor', 'en', 'ba', 'rel', 'os', 'ni'];
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const length = 1 + (state % 3);
    let word = '';
    for (let k = 0; k < length; k++) word += syllables[(state >> (k * 4 + 3)) % syllables.length];
    out.push(word);
  }
  return out;
}

function text(name: string, content: string): RawDocument {
  return { input: `${name}.txt`, id: name, kind: 'text', content };
}

function html(name: string, content: string): RawDocument {
  return { input: `${name}.html`, id: name, kind: 'html', content };
}

function bytesDoc(name: string, content: Uint8Array, kind: RawDocument['kind']): RawDocument {
  return { input: `${name}.${kind === 'html' ? 'html' : 'txt'}`, id: name, kind, content };
}

const OPENING = 'The Orsk council met on Monday. The mayor said the plan would pass.\n\n';

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    name: 'no-spaces',
    why: 'one word as long as the input',
    make: (n) => text('no-spaces', OPENING + fill('abcdefghij', n - OPENING.length)),
  },
  {
    name: 'capitals-no-spaces',
    why: 'one upper-case word as long as the input',
    make: (n) => text('capitals-no-spaces', OPENING + fill('ABCDEFGHIJ', n - OPENING.length)),
  },
  {
    name: 'long-words-in-sentences',
    why: 'a sentence around a word as long as half the input, in lower case and in capitals (phrases read before a name or a verb)',
    make: (n) => {
      const half = Math.floor((n - OPENING.length) / 2);
      return text(
        'long-words-in-sentences',
        `${OPENING}The minister spoke of ${fill('abcdefghij', half)} on Monday. ` +
          `The mayor named ${fill('ABCDEFGHIJ', half)} on Monday.`,
      );
    },
  },
  {
    name: 'long-word-read-more',
    why: 'a line of one long word closing on a "Read more" link (the link-line check reads the words before it)',
    make: (n) =>
      text('long-word-read-more', `${OPENING}${fill('abcdefghij', n - OPENING.length - 10)} Read more`),
  },
  {
    name: 'glued-then-run',
    why: 'a glued stop followed by letters without a space (the quadratic sentence repair)',
    make: (n) => text('glued-then-run', `The minister spoke.Then he left. ${fill('a', n - 33)}`),
  },
  {
    name: 'glued-sentences',
    why: 'sentences glued without spaces, one line',
    make: (n) => text('glued-sentences', fill('The minister spoke.Then he left.Orsk agreed.', n)),
  },
  {
    name: 'stops-and-capitals',
    why: 'a long word of stops and capitals (`A.B.C.D...`)',
    make: (n) => text('stops-and-capitals', OPENING + fill('Ab.Cd.', n - OPENING.length)),
  },
  {
    name: 'megabyte-line',
    why: 'ordinary prose on one line without a break',
    make: (n) => {
      const sentence = `${words(14).join(' ')}. `;
      return text('megabyte-line', fill(`The Orsk council said ${sentence}`, n));
    },
  },
  {
    name: 'many-lines',
    why: 'tens of thousands of short lines (menus, lists)',
    make: (n) => text('many-lines', OPENING + fill('Home\nWorld News\nThe council met.\n\n', n)),
  },
  {
    name: 'many-quotes',
    why: 'quotation marks everywhere, balanced and not',
    make: (n) =>
      text(
        'many-quotes',
        OPENING +
          fill('“We will,” she said. "No," he said "yes" and “maybe ‘so’ ” ” “ " ', n - OPENING.length),
      ),
  },
  {
    name: 'many-numbers',
    why: 'numbers, money, percentages and dates without end',
    make: (n) =>
      text(
        'many-numbers',
        OPENING +
          fill(
            '1,200 people, $3.5 million, 12% of 4,000,000 on 3 March 2031, 2.5 km, 7 to 9 years, nearly 90 minutes. ',
            n - OPENING.length,
          ),
      ),
  },
  {
    name: 'capitalised-names',
    why: 'a run of capitalised words (name and entity finders)',
    make: (n) => text('capitalised-names', OPENING + fill('Orsk Valley Harbour Council Mayor Anna ', n)),
  },
  {
    name: 'deep-nesting',
    why: 'HTML nested as deep as the input allows',
    make: (n) => {
      const open = '<div>'.repeat(Math.floor((n - 200) / 11));
      return html('deep-nesting', `<html><body>${open}<p>${OPENING}</p>${'</div>'.repeat(0)}</body></html>`);
    },
  },
  {
    name: 'deep-inline-nesting',
    why: 'inline tags nested without end (`<b><i><span>`...)',
    make: (n) => {
      const open = '<b><i><span>'.repeat(Math.floor((n - 200) / 12));
      return html(
        'deep-inline-nesting',
        `<html><body><article><p>${OPENING}${open}x</p></article></body></html>`,
      );
    },
  },
  {
    name: 'unclosed-tags',
    why: 'paragraphs and list items never closed',
    make: (n) =>
      html('unclosed-tags', `<html><body>${fill(`<p>${OPENING}<li>item <td>cell `, n)}</body></html>`),
  },
  {
    name: 'many-brs',
    why: 'line breaks by the hundred thousand',
    make: (n) => html('many-brs', `<html><body><div>${fill('word<br><br>', n)}</div></body></html>`),
  },
  {
    name: 'huge-attribute',
    why: 'one attribute value as long as the page',
    make: (n) =>
      html(
        'huge-attribute',
        `<html><body><div class="${fill('x ', n)}"><p>${OPENING}</p></div></body></html>`,
      ),
  },
  {
    name: 'invalid-utf8-text',
    why: 'bytes that are not UTF-8, in a text dump',
    make: (n) => {
      const bytes = new Uint8Array(n);
      const base = Buffer.from(`${OPENING}caf\u00e9 `, 'utf8');
      for (let i = 0; i < n; i++)
        bytes[i] = i % 97 === 50 ? 0xc3 : i % 131 === 7 ? 0xff : base[i % base.length]!;
      return bytesDoc('invalid-utf8-text', bytes, 'text');
    },
  },
  {
    name: 'invalid-utf8-html',
    why: 'a page declaring UTF-8 with invalid bytes throughout',
    make: (n) => {
      const head = Buffer.from('<html><head><meta charset="utf-8"></head><body><p>', 'utf8');
      const bytes = new Uint8Array(n);
      bytes.set(head);
      const body = Buffer.from(`${OPENING} `, 'utf8');
      for (let i = head.length; i < n; i++) bytes[i] = i % 89 === 0 ? 0xe9 : body[i % body.length]!;
      return bytesDoc('invalid-utf8-html', bytes, 'html');
    },
  },
  {
    name: 'record-long-text',
    why: 'a crawler record whose text is one long glued run',
    make: (n) => ({
      input: 'record-long-text.jsonl#1',
      id: 'record-long-text',
      kind: 'record',
      content: '',
      record: { title: 'Orsk council', maintext: `The minister spoke.Then he left. ${fill('Ab.c', n - 33)}` },
    }),
  },
];
