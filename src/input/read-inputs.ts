/**
 * @module input/read-inputs
 * Turns what a user names on the command line (files, folders, `-` for standard input) into raw
 * documents, one per file or per JSON record, reporting each unreadable item and going on with the rest.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DocumentKind, RawDocument } from '../types.js';

/** One item read from the inputs: a raw document, or why an input could not be read. */
export type InputItem =
  | { readonly ok: true; readonly doc: RawDocument }
  | { readonly ok: false; readonly input: string; readonly reason: string };

export interface ReadInputsOptions {
  /** Reads standard input for `-` (injected so tests need no process). Defaults to `process.stdin`. */
  readonly stdin?: () => Promise<Uint8Array>;
  /** Files larger than this are reported, not read: a guard against mistaken inputs (default 64 MiB). */
  readonly maxBytes?: number;
}

/**
 * File endings read when walking a folder; a file named explicitly is read whatever its ending.
 * Markdown is left out of walks: in a folder of pages it is a README, not a report.
 */
const KNOWN_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson']);

/** Why 64 MiB: larger than any real page (the extractor bounds its own work), small enough to stay safe. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads every input in order. Folders are walked recursively in name order, so output is stable.
 * @example for await (const item of readInputs(['examples/harbour-accord'])) if (item.ok) use(item.doc);
 */
export async function* readInputs(
  inputs: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await (options.stdin ?? readStdin)();
      yield* documentsFromBytes('-', bytes, sniffKind(bytes));
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      yield { ok: false, input, reason: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) {
      yield* readFolder(input, options);
    } else {
      yield* readOneFile(input, options);
    }
  }
}

async function* readFolder(folder: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { ok: false, input: folder, reason: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* readFolder(path, options);
    else if (entry.isFile() && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      yield* readOneFile(path, options);
  }
}

async function* readOneFile(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      yield { ok: false, input: path, reason: `file is ${info.size} bytes, over the ${maxBytes}-byte limit` };
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield { ok: false, input: path, reason: describeFsError(error) };
    return;
  }
  const ending = extname(path).toLowerCase();
  const kind: DocumentKind | 'json' | 'jsonl' =
    ending === '.json'
      ? 'json'
      : ending === '.jsonl' || ending === '.ndjson'
        ? 'jsonl'
        : ending === '.html' || ending === '.htm' || ending === '.xhtml'
          ? 'html'
          : ending === '.txt' || ending === '.text' || ending === '.md'
            ? 'text'
            : sniffKind(bytes);
  yield* documentsFromBytes(path, bytes, kind);
}

function* documentsFromBytes(
  input: string,
  bytes: Uint8Array,
  kind: DocumentKind | 'json' | 'jsonl',
): Generator<InputItem> {
  if (kind === 'json') {
    const text = decodeUtf8(bytes);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { ok: false, input, reason: `invalid JSON: ${(error as Error).message}` };
      return;
    }
    const records = Array.isArray(value) ? value : [value];
    let n = 0;
    for (const record of records) {
      n += 1;
      const where = Array.isArray(value) ? `${input}#${n}` : input;
      yield recordItem(where, record);
    }
    return;
  }
  if (kind === 'jsonl') {
    const lines = decodeUtf8(bytes).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      const where = `${input}#${i + 1}`;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        yield {
          ok: false,
          input: where,
          reason: `invalid JSON on line ${i + 1}: ${(error as Error).message}`,
        };
        continue;
      }
      yield recordItem(where, record);
    }
    return;
  }
  yield { ok: true, doc: { input, id: input, kind, content: bytes } };
}

function recordItem(input: string, record: unknown): InputItem {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, input, reason: 'a JSON record must be an object' };
  }
  const fields = record as Record<string, unknown>;
  const ownId = [fields.id, fields.dId, fields.url].find(
    (v): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
  );
  const id = ownId === undefined ? input : String(ownId);
  const url = typeof fields.url === 'string' ? fields.url : undefined;
  return {
    ok: true,
    doc: { input, id, kind: 'record', content: '', record: fields, ...(url === undefined ? {} : { url }) },
  };
}

/** Guesses a document's shape from its first bytes, for standard input and unknown endings. */
export function sniffKind(bytes: Uint8Array): DocumentKind | 'json' | 'jsonl' {
  const head = decodeUtf8(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    if (head.startsWith('{') && firstLine.endsWith('}') && head.length > firstLine.length + 1) return 'jsonl';
    return 'json';
  }
  if (/^<(!doctype html|html|head|body|meta|title|article|div|p)\b/i.test(head)) return 'html';
  return 'text';
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}
