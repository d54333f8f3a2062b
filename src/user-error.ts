// An error the user can fix (bad input, missing tool). The CLI prints only its message,
// one line, and exits non-zero; anything else is an internal error and keeps its stack.
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}
