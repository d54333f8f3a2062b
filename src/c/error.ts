// A located, one-line diagnostic for header text a user pasted: callers print the message
// as is, so it carries the position in the familiar `file:line:col: ...` form.

export class CParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    /** The message without the position prefix. */
    readonly reason: string,
  ) {
    super(`${file}:${line}:${col}: ${reason}`);
    this.name = 'CParseError';
  }
}
