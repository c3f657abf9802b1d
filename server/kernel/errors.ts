/** Failures a command reports to its caller as data (HTTP status + Chinese message), never as a stack trace. */
export class CommandError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const unauthorized = () => new CommandError(401, "请先登录");
export const notFound = (what: string) => new CommandError(404, `${what}不存在`);
export const conflict = (message: string) => new CommandError(409, message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) => new CommandError(422, message, fieldErrors);
