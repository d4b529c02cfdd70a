/**
 * @module ingest/read-at-most
 * Reads a byte stream into one buffer, but never more than a limit: past it, reading stops and the
 * stream is cancelled, so a huge or endless body costs at most the limit. Used for fetched pages and
 * for the server's request bodies.
 */

export type ReadAtMost =
  | { readonly ok: true; readonly body: Uint8Array<ArrayBuffer> }
  | { readonly ok: false };

/** The whole stream if it holds at most `maxBytes`, else `{ ok: false }` as soon as it passes them. */
export async function readAtMost(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<ReadAtMost> {
  if (stream === null) return { ok: true, body: new Uint8Array(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, body };
}
