/**
 * What the commands' parsers share: the error that makes main() print one line and exit 2, the
 * words for what Node's parseArgs refuses, and the check of a script URL (render and snippet).
 */

/** A command line or file the CLI cannot use: main() prints its message and exits 2. */
export class UsageError extends Error {}

/** parseArgs's error said plainly (`unknown option --fix`), or the error itself. */
export function plainParseError(error: unknown): unknown {
  const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const takesNone = /does not take/.test((error as Error).message);
    return new UsageError(`${option} ${takesNone ? 'takes no value' : 'needs a value'}`);
  }
  return error;
}

/** The `--script` URL that serves `file` (`/file` without one); throws for one a tag cannot hold. */
export function scriptUrl(value: string | undefined, file: string): string {
  const script = value ?? `/${file}`;
  if (!script.trim() || /[\s"<>]/.test(script)) {
    throw new UsageError(`--script should be the URL of ${file}, not "${script}"`);
  }
  return script;
}
