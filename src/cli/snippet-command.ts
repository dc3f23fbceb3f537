/**
 * `clinic-notice snippet [--script URL] [--dev]`: prints the one line a page needs to load the
 * script-tag file of this same package, with that file's Subresource Integrity hash, so that no
 * one copies a hash by hand. Standard output holds the tag alone, to paste or redirect; which
 * file was hashed and what to upload with it go to standard error.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, scriptUrl } from './args.js';
import type { CliIO } from './cli.js';

/**
 * The package's built script-tag files: dist/cdn/, beside dist/cli/. (A path, not
 * `new URL('…', import.meta.url)`, which the build would inline.) Run from the sources (tests),
 * it is src/cdn/, which holds no built file.
 */
export const BUILT_SCRIPTS = join(dirname(fileURLToPath(import.meta.url)), '../cdn');

/** Subresource Integrity of a file: `sha384-…`. */
export const sri = (content: Buffer) =>
  `sha384-${createHash('sha384').update(content).digest('base64')}`;

/** The tag that loads a script-tag file from `src`, checked against `integrity` when given. */
export function scriptTag(src: string, integrity?: string): string {
  const checked = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${src}"${checked}></script>`;
}

export interface SnippetSettings {
  script: string;
  /** The tag for clinic-notice.dev.js instead of clinic-notice.js. */
  dev: boolean;
}

const fileName = (dev: boolean) => (dev ? 'clinic-notice.dev.js' : 'clinic-notice.js');

/** The settings from the parsed command line; throws a UsageError for anything unusable. */
export function snippetSettings(values: Record<string, unknown>, files: string[]): SnippetSettings {
  if (files.length) throw new UsageError('snippet takes no notice file');
  const other = Object.keys(values).find((name) => name !== 'script' && name !== 'dev');
  if (other) throw new UsageError(`--${other} is not an option of snippet`);
  const dev = !!values.dev;
  return { script: scriptUrl(values.script as string | undefined, fileName(dev)), dev };
}

export async function snippetCommand(settings: SnippetSettings, io: CliIO): Promise<number> {
  const path = join(io.builtScripts ?? BUILT_SCRIPTS, fileName(settings.dev));
  const inside = relative(io.cwd, path);
  const shown = inside.startsWith('..') || isAbsolute(inside) ? path : inside;
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const why = code === 'ENOENT' ? 'no such file; run npm run build first' : code || String(error);
    io.stderr.write(`clinic-notice: cannot read ${shown}: ${why}\n`);
    return 2;
  }
  io.stdout.write(`${scriptTag(settings.script, sri(content))}\n`);
  const lines = [
    `The hash is of ${shown}: serve that file, unchanged, at ${settings.script}.`,
    `Put the other clinic-notice.*.js files of ${dirname(shown)}/ in the same folder: it loads them when a page needs them.`,
    'After an upgrade, print the tag again: a new file has a new hash.',
  ];
  io.stderr.write(`${lines.join('\n')}\n`);
  return 0;
}
