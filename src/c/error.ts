// A located, one-line diagnostic for header text a user pasted: callers print the message
// as is, so it carries the position in the familiar `file:line:col: ...` form, and any
// piece of the header it quotes is kept short and on one line.

const EXCERPT_CHARS = 60;

export class CParseError extends Error {
  /** The message without the position prefix. */
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    reason: string,
  ) {
    const oneLine = reason.replace(/[\0-\x08\n-\x1f\x7f\u2028\u2029]/g, escape);
    super(`${file}:${line}:${col}: ${oneLine}`);
    this.name = 'CParseError';
    this.reason = oneLine;
  }
}

/** Header text as a message quotes it: at most a line's worth. */
export function excerpt(text: string): string {
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS)}…`;
}

// A damaged header can hold any control character, even inside a quoted directive.
function escape(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
