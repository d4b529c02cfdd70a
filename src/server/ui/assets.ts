/**
 * @module server/ui/assets
 * The pages' CSS and JavaScript, served as files under `/assets/` with their content's hash in the
 * name (`ui.3f2a9c1b0d.css`), so they can be cached for a year: a new version has a new name. Read and
 * compressed (brotli, gzip) once, when the server starts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Asset {
  /** The hashed path it is served at. */
  readonly path: string;
  readonly type: string;
  readonly body: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

const TYPES: Readonly<Record<string, string>> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

function loadAsset(file: string): Asset {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = file.lastIndexOf('.');
  const ext = file.slice(dot + 1);
  return {
    path: `/assets/${file.slice(0, dot)}.${hash}.${ext}`,
    type: TYPES[ext] ?? 'application/octet-stream',
    body,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(body, { level: 9 }),
  };
}

export interface Assets {
  readonly css: Asset;
  readonly js: Asset;
  readonly icon: Asset;
  readonly byPath: ReadonlyMap<string, Asset>;
}

let loaded: Assets | null = null;

/** The assets, loaded on first use. */
export function assets(): Assets {
  if (loaded === null) {
    const css = loadAsset('ui.css');
    const js = loadAsset('ui.js');
    const icon = loadAsset('icon.svg');
    loaded = { css, js, icon, byPath: new Map([css, js, icon].map((a) => [a.path, a])) };
  }
  return loaded;
}
