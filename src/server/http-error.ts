/**
 * @module server/http-error
 * Errors that carry their HTTP status; one handler in the app maps them to JSON responses.
 */

export class HttpError extends Error {
  readonly status: 400 | 404 | 409 | 413 | 422 | 500 | 502 | 503;
  readonly code: string;
  readonly details: unknown;
  constructor(status: HttpError['status'], code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string, id: string): HttpError =>
  new HttpError(404, 'not-found', `no ${what} with id ${JSON.stringify(id)}`);
