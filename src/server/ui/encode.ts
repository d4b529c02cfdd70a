/**
 * @module server/ui/encode
 * Content negotiation for the pages: brotli, then gzip, then none, by the request's Accept-Encoding.
 * Pages are compressed at a quality that stays within a millisecond or two for a large page; the
 * cache keeps each encoding once made.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (a `q=0` refuses one). */
export function chooseEncoding(accept: string | undefined): Encoding {
  if (!accept) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (name: string): boolean => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** Pages smaller than this go uncompressed: the saving would not pay for the work. */
const MIN_BYTES = 1024;

export function encode(body: Buffer, encoding: Encoding): { body: Buffer; encoding: Encoding } {
  if (encoding === 'identity' || body.length < MIN_BYTES) return { body, encoding: 'identity' };
  if (encoding === 'br') {
    return {
      body: brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      encoding,
    };
  }
  return { body: gzipSync(body, { level: 6 }), encoding };
}
