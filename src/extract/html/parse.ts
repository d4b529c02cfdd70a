/**
 * @module extract/html/parse
 * HTML text -> htmlparser2's DOM, with the nesting depth bounded while parsing. htmlparser2 keeps its
 * open elements in an array it grows at the front, so each level of nesting costs as much as all the
 * levels above it: a page nested 100,000 deep took 33 s. Here a gate between the tokenizer and the
 * parser drops opening tags deeper than `MAX_DEPTH` (and their closing tags), so their text joins the
 * deepest element kept, the parser's stack never grows past the bound, and parsing stays linear. Past
 * `MAX_ELEMENTS` elements every further opening tag is dropped the same way.
 */
import { type Document, Element, isTag, isText, ProcessingInstruction, Text } from 'domhandler';
import {
  DomHandler,
  ElementType,
  Parser,
  type QuoteType,
  Tokenizer,
  type TokenizerCallbacks,
} from 'htmlparser2';
import { relink } from './dom.js';

/** Deeper than this, elements are dropped while parsing (their text is kept): real pages rarely nest past 60. */
export const MAX_DEPTH = 200;

/**
 * More elements than this, and later opening tags are dropped too (their text is kept). The largest of
 * the 2,000-odd real pages we measure on has about 10,000 elements; a page of a million `<br>`s is not a
 * page, and every later step walks the tree several times.
 */
export const MAX_ELEMENTS = 100_000;

/** Elements that never hold children: they add no depth. */
const VOID = new Set(
  'area base basefont br col command embed frame hr img image input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const HEADING_NAME = /^h[1-6]$/;
/** Elements whose content the tokenizer reads as raw text: always kept, so that text never leaks into the page. */
const RAW_TEXT = new Set(
  'script style textarea title xmp iframe noembed noframes plaintext noscript'.split(' '),
);

/**
 * An element as domhandler's `Element` builds it (same prototype: its getters, `instanceof Element`
 * and `isTag` all hold), made by plain assignments. domhandler declares its nodes' properties as class
 * fields over three levels of classes, and defining them was a third of parsing a page: built this way
 * the tree is the same and parsing takes half the time (`npm run bench:extract`).
 */
class BuiltElement {
  declare parent: null;
  declare prev: null;
  declare next: null;
  declare startIndex: null;
  declare endIndex: null;
  declare children: unknown[];
  declare name: string;
  declare attribs: Record<string, string>;
  declare type: string;
  constructor(name: string, attribs: Record<string, string>) {
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.startIndex = null;
    this.endIndex = null;
    this.children = [];
    this.name = name;
    this.attribs = attribs;
    this.type =
      name === 'script' ? ElementType.Script : name === 'style' ? ElementType.Style : ElementType.Tag;
  }
}
Object.setPrototypeOf(BuiltElement.prototype, Element.prototype);

/** A text node as domhandler's `Text` builds it, by plain assignments (see `BuiltElement`). */
class BuiltText {
  declare parent: null;
  declare prev: null;
  declare next: null;
  declare startIndex: null;
  declare endIndex: null;
  declare data: string;
  declare type: string;
  constructor(data: string) {
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.startIndex = null;
    this.endIndex = null;
    this.data = data;
    this.type = ElementType.Text;
  }
}
Object.setPrototypeOf(BuiltText.prototype, Text.prototype);

/** The DOM builder, telling how deep the element being built is. */
class DepthHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    const element = new BuiltElement(name, attribs) as unknown as Element;
    this.addNode(element);
    this.tagStack.push(element);
  }
  override ontext(data: string): void {
    const last = this.lastNode;
    if (last !== null && last.type === ElementType.Text) {
      last.data += data;
      return;
    }
    const text = new BuiltText(data) as unknown as Text;
    this.addNode(text);
    this.lastNode = text;
  }
  get depth(): number {
    return this.tagStack.length - 1;
  }
  /** True when an element named `name` is open (a bounded scan: the stack never exceeds `MAX_DEPTH`). */
  isOpen(name: string): boolean {
    for (let index = this.tagStack.length - 1; index > 0; index -= 1) {
      const node = this.tagStack[index]!;
      if ('name' in node && node.name === name) return true;
    }
    return false;
  }
}

/** Sits between the tokenizer and the parser; forwards every event except tags past the depth bound. */
class DepthGate implements TokenizerCallbacks {
  /** Names of the dropped elements still open, innermost last, and how many of each. */
  private readonly dropped: string[] = [];
  private readonly droppedCount = new Map<string, number>();
  /** True between a dropped opening tag's name and its end (its attributes are dropped too). */
  private skipping = false;
  /** Opening tags passed on to the parser. */
  private kept = 0;
  /** Where the name of each heading passed on and maybe still open stands in the page, innermost last. */
  private readonly headings: { start: number; end: number; name: string }[] = [];

  constructor(
    private readonly parser: TokenizerCallbacks,
    private readonly text: string,
    private readonly handler: DepthHandler,
  ) {}

  private name(start: number, end: number): string {
    return this.text.slice(start, end).toLowerCase();
  }

  onopentagname(start: number, end: number): void {
    const tooMany = this.kept >= MAX_ELEMENTS;
    if (tooMany || this.handler.depth >= MAX_DEPTH) {
      const name = this.name(start, end);
      if (!RAW_TEXT.has(name) && (tooMany || !VOID.has(name))) {
        this.skipping = true;
        if (VOID.has(name)) return;
        this.dropped.push(name);
        this.droppedCount.set(name, (this.droppedCount.get(name) ?? 0) + 1);
        return;
      }
    }
    this.kept += 1;
    if (end - start === 2) {
      const name = this.name(start, end);
      if (HEADING_NAME.test(name)) this.headings.push({ start, end, name });
    }
    this.parser.onopentagname(start, end);
  }

  onclosetag(start: number, end: number): void {
    if (this.dropped.length > 0) {
      const name = this.name(start, end);
      if ((this.droppedCount.get(name) ?? 0) > 0) {
        // Closes the innermost dropped element of that name, and every dropped one inside it.
        for (;;) {
          const top = this.dropped.pop()!;
          this.droppedCount.set(top, this.droppedCount.get(top)! - 1);
          if (top === name) return;
        }
      }
      // Closing an element kept below them closes every dropped element too.
      if (this.handler.isOpen(name)) {
        this.dropped.length = 0;
        this.droppedCount.clear();
      }
    }
    if (end - start === 2 && HEADING_NAME.test(this.name(start, end))) {
      this.closeHeading(start, end);
      return;
    }
    this.parser.onclosetag(start, end);
  }

  /**
   * `<h2>…</h3>`: as in a browser, any heading's end tag closes the open heading (htmlparser2 would
   * leave the `h2` open, and the rest of the page would read as one heading). The parser is handed the
   * open heading's own name, read where its opening tag stands in the page.
   */
  private closeHeading(start: number, end: number): void {
    const name = this.name(start, end);
    while (this.headings.length > 0 && !this.handler.isOpen(this.headings[this.headings.length - 1]!.name))
      this.headings.pop();
    const open = this.headings[this.headings.length - 1];
    if (open === undefined || this.handler.isOpen(name)) {
      if (open?.name === name) this.headings.pop();
      this.parser.onclosetag(start, end);
      return;
    }
    this.headings.pop();
    this.parser.onclosetag(open.start, open.end);
  }

  onopentagend(end: number): void {
    if (this.skipping) this.skipping = false;
    else this.parser.onopentagend(end);
  }

  onselfclosingtag(end: number): void {
    if (this.skipping) this.skipping = false;
    else this.parser.onselfclosingtag(end);
  }

  onattribname(start: number, end: number): void {
    if (!this.skipping) this.parser.onattribname(start, end);
  }
  onattribdata(start: number, end: number): void {
    if (!this.skipping) this.parser.onattribdata(start, end);
  }
  onattribentity(codepoint: number): void {
    if (!this.skipping) this.parser.onattribentity(codepoint);
  }
  onattribend(quote: QuoteType, end: number): void {
    if (!this.skipping) this.parser.onattribend(quote, end);
  }
  oncdata(start: number, end: number, offset: number): void {
    this.parser.oncdata(start, end, offset);
  }
  oncomment(start: number, end: number, offset: number): void {
    this.parser.oncomment(start, end, offset);
  }
  ondeclaration(start: number, end: number): void {
    this.parser.ondeclaration(start, end);
  }
  onprocessinginstruction(start: number, end: number): void {
    this.parser.onprocessinginstruction(start, end);
  }
  ontext(start: number, end: number): void {
    this.parser.ontext(start, end);
  }
  ontextentity(codepoint: number, end: number): void {
    this.parser.ontextentity(codepoint, end);
  }
  onend(): void {
    this.parser.onend();
  }
  isInForeignContext(): boolean {
    return this.parser.isInForeignContext?.() ?? false;
  }
}

/** The tokenizer's fields and steps that `skipNatively` replaces (plain properties at run time). */
interface ScanningTokenizer {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
}

const LT = 0x3c;
const AMP = 0x26;
const TEXT_STOP = /[<&]/g;
const DOUBLE_QUOTED_STOP = /["&]/g;
const SINGLE_QUOTED_STOP = /['&]/g;

/**
 * Moves the tokenizer to one character before the next match of `stop` after its position (the parse
 * loop steps onto it), or to the end of its buffer. What it passes over are characters its state reads
 * one at a time and does nothing with.
 */
function skipTo(tokenizer: ScanningTokenizer, stop: RegExp): void {
  stop.lastIndex = tokenizer.index - tokenizer.offset + 1;
  const found = stop.exec(tokenizer.buffer);
  tokenizer.index = (found ? found.index : tokenizer.buffer.length) + tokenizer.offset - 1;
}

/**
 * Lets the tokenizer pass over the long runs it would read a character at a time (text between tags,
 * attribute values, script and style bodies, comments) with the engine's own string search: the same
 * states are entered at the same characters, so the events and the tree are the same. Tokenizing was
 * four fifths of extracting a page.
 */
function skipNatively(proto: ScanningTokenizer): void {
  const stateText = proto.stateText;
  const doubleQuoted = proto.stateInAttributeValueDoubleQuotes;
  const singleQuoted = proto.stateInAttributeValueSingleQuotes;
  proto.fastForwardTo = function (this: ScanningTokenizer, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    // Found: on the character. Not found: on the buffer's last character (the parse loop steps past it).
    this.index = at < 0 ? this.buffer.length + this.offset - 1 : at + this.offset;
    return at >= 0;
  };
  proto.stateText = function (this: ScanningTokenizer, c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) stateText.call(this, c);
    else skipTo(this, TEXT_STOP);
  };
  proto.stateInAttributeValueDoubleQuotes = function (this: ScanningTokenizer, c: number): void {
    if (c === 0x22 || c === AMP || !this.decodeEntities) doubleQuoted.call(this, c);
    else skipTo(this, DOUBLE_QUOTED_STOP);
  };
  proto.stateInAttributeValueSingleQuotes = function (this: ScanningTokenizer, c: number): void {
    if (c === 0x27 || c === AMP || !this.decodeEntities) singleQuoted.call(this, c);
    else skipTo(this, SINGLE_QUOTED_STOP);
  };
}

/** htmlparser2's tokenizer, passing over long runs natively (`skipNatively`). */
class SkippingTokenizer extends Tokenizer {}
skipNatively(SkippingTokenizer.prototype as unknown as ScanningTokenizer);

/**
 * Parses an HTML page into a DOM no deeper than `MAX_DEPTH` and no larger than `MAX_ELEMENTS`, in time
 * linear in its length.
 * @example parseHtml('<p>One<p>Two').children
 */
export function parseHtml(text: string): Document {
  const handler = new DepthHandler();
  // The parser builds its tokenizer in its constructor, synchronously: the gate's page and handler
  // are handed over through `nextGate` for that one call.
  nextGate = { text, handler };
  const parser = new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    Tokenizer: GatedTokenizer,
  });
  nextGate = null;
  parser.end(text);
  return asBrowserBuilds(handler.root);
}

/** The page and handler of the tokenizer the parser is about to build (see `parseHtml`). */
let nextGate: { readonly text: string; readonly handler: DepthHandler } | null = null;

/**
 * The skipping tokenizer behind a depth gate. One class for every parse: a class made per call gave
 * each page's tokenizer a shape of its own, and the tokenizer's hot loop, seeing a new shape on every
 * page, read its own fields the slow way.
 */
class GatedTokenizer extends SkippingTokenizer {
  constructor(options: ConstructorParameters<typeof Tokenizer>[0], parser: TokenizerCallbacks) {
    const gate = nextGate;
    if (!gate) throw new Error('GatedTokenizer is built by parseHtml only');
    super(options, new DepthGate(parser, gate.text, gate.handler));
  }
}

/** What a page's head holds; any other element (or text) starts the body, as in a browser. */
const HEAD_CONTENT = new Set(
  'base basefont bgsound link meta title noscript noframes style script template'.split(' '),
);

/**
 * The tree a browser builds where the page leaves tags out: one `<html>` element holding the page (a
 * page without the tag would have its head, body and stray text side by side at the top), and a head
 * that ends at the first element a head cannot hold (a page that never closes its `<head>` would have
 * the whole article inside it, where readers of the body never look).
 */
export function asBrowserBuilds(document: Document): Document {
  let html = document.children.find((child) => isTag(child) && child.name === 'html') as Element | undefined;
  if (!html) {
    const rest = document.children.filter((child) => !(child instanceof ProcessingInstruction));
    if (rest.length === 0) return document;
    html = new Element('html', {}, rest);
    relink(html);
    document.children = [
      ...document.children.filter((child) => child instanceof ProcessingInstruction),
      html,
    ];
    relink(document);
  }
  const headIndex = html.children.findIndex((child) => isTag(child) && child.name === 'head');
  const head = html.children[headIndex] as Element | undefined;
  if (!head) return document;
  const cut = head.children.findIndex((child) =>
    isTag(child) ? !HEAD_CONTENT.has(child.name) : isText(child) && child.data.trim() !== '',
  );
  if (cut < 0) return document;
  const moved = head.children.slice(cut);
  head.children = head.children.slice(0, cut);
  relink(head);
  html.children.splice(headIndex + 1, 0, ...moved);
  relink(html);
  return document;
}
