/**
 * @module cli/errors
 * Errors a command throws: misuse (exit 2, usage is printed) and failure (exit 1).
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** `usage` for misuse (exit 2), `failure` for a run that could not do its job (exit 1). */
    readonly code: 'usage' | 'failure',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(message, 'usage');
export const failure = (message: string): CliError => new CliError(message, 'failure');
