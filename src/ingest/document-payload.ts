/**
 * @module ingest/document-payload
 * A raw document as plain JSON, so it can wait in a job queue: bytes travel as base64, text as text.
 */

import type { DocumentKind, RawDocument } from '../types.js';

export interface DocumentPayload {
  readonly input: string;
  readonly id: string;
  readonly kind: DocumentKind;
  readonly text?: string;
  readonly base64?: string;
  readonly record?: Readonly<Record<string, unknown>>;
  readonly url?: string;
  readonly contentType?: string;
}

export function toPayload(raw: RawDocument): DocumentPayload {
  return {
    input: raw.input,
    id: raw.id,
    kind: raw.kind,
    ...(typeof raw.content === 'string'
      ? { text: raw.content }
      : {
          base64: Buffer.from(raw.content.buffer, raw.content.byteOffset, raw.content.byteLength).toString(
            'base64',
          ),
        }),
    ...(raw.record ? { record: raw.record } : {}),
    ...(raw.url ? { url: raw.url } : {}),
    ...(raw.contentType ? { contentType: raw.contentType } : {}),
  };
}

export function fromPayload(payload: DocumentPayload): RawDocument {
  const content =
    payload.base64 !== undefined
      ? new Uint8Array(Buffer.from(payload.base64, 'base64'))
      : (payload.text ?? '');
  return {
    input: payload.input,
    id: payload.id,
    kind: payload.kind,
    content,
    ...(payload.record ? { record: payload.record } : {}),
    ...(payload.url ? { url: payload.url } : {}),
    ...(payload.contentType ? { contentType: payload.contentType } : {}),
  };
}
