/**
 * `clinic-notice check <notice.json>`: reads the file, runs checkNotice() and prints the findings
 * for a person or, with --json, for a program. Exit status 0 when there is no error, 1 when there
 * is, 2 when the command or the file cannot be used (one line on stderr says why).
 *
 * `clinic-notice render <notice.json> --out DIR`: checks the file the same way, then writes the
 * pre-rendered notice page and banner fragment for each language (src/render/).
 *
 * `clinic-notice snippet`: prints the script tag, with its integrity hash (snippet-command.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, plainParseError, scriptUrl } from './args.js';
import { snippetCommand, snippetSettings, type SnippetSettings } from './snippet-command.js';
import { RULES, checkNotice, parseStates, STATES, type Finding } from '../model/check/index.js';
import { isCalendarDate } from '../model/dates.js';
import type { Notice } from '../model/notice.types.js';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** The directory a relative file name is read from. */
  cwd: string;
  /** Read for `NO_COLOR` and `TERM`; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** The folder of the built script-tag files; by default the package's dist/cdn/. */
  builtScripts?: string;
}

export const USAGE = `Usage: clinic-notice check <notice.json> [--json] [--state CA,MA] [--today YYYY-MM-DD]
       clinic-notice render <notice.json> --out DIR [--script URL] [--base-url URL] [--strict]
       clinic-notice snippet [--script URL] [--dev]

check    Checks a notice file against notice.schema.json and the rules of HIPAA (45 CFR 164.404),
         and of each state named with --state. Names every missing or inconsistent element.
render   Checks the file, then writes the notice as HTML that reads complete before any script
         runs: DIR/notice.html (a whole page) and DIR/banner.html (to paste into the home page),
         and the same under DIR/<lang>/ for each translation.
snippet  Prints the <script> tag that loads this package's clinic-notice.js from --script URL,
         with the file's integrity hash: the line to paste into a page.

Options:
  --state CA,MA        also check these states' rules (${Object.keys(STATES).join(', ')})
  --today YYYY-MM-DD   the day to check the posting dates against (default: today)
  --json               check: print one JSON document instead of text
  --out DIR            render: the folder to write (created if missing)
  --script URL         render, snippet: the script tag's src (default: /clinic-notice.js)
  --base-url URL       render: where DIR is served from (default: /)
  --strict             render: write nothing when the checker finds an error
  --dev                snippet: for clinic-notice.dev.js, which says in the console what a page
                       wrote that an element cannot use (default src: /clinic-notice.dev.js)
  -h, --help           print this help

Exit status: 0 no errors (warnings and notes allowed), 1 errors, 2 the command or file cannot be used.
`;

export async function main(
  argv: string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
): Promise<number> {
  try {
    const args = parseCommand(argv);
    if (!args) {
      io.stdout.write(USAGE);
      return 0;
    }
    if ('snippet' in args) return await snippetCommand(args.snippet, io);
    const notice = await readNotice(resolve(io.cwd, args.file), args.file);
    const findings = checkNotice(notice, { states: args.states, today: args.today });
    const count = (severity: Finding['severity']) =>
      findings.filter((finding) => finding.severity === severity).length;
    const errors = count('error');
    const known = parseStates(args.states).known;
    const report = {
      ...args,
      states: known,
      errors,
      warnings: count('warning'),
      notes: count('note'),
      findings,
    };
    const env = io.env ?? process.env;
    const color = !!io.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
    if (args.render) {
      // The render command's own output is the list of files: errors and warnings go to stderr
      // (the notes are `check`'s, the reminders of notices besides this one).
      const problems = findings.filter((finding) => finding.severity !== 'note');
      if (problems.length) {
        io.stderr.write(toText({ ...report, notes: 0, findings: problems }, color));
      }
      const schemaFailed = findings.some((finding) => finding.rule === RULES.schema.citation);
      if (schemaFailed) {
        io.stderr.write(`clinic-notice: ${args.file} does not match the schema; nothing written\n`);
        return 2;
      }
      if (errors && args.render.strict) {
        io.stderr.write('clinic-notice: --strict and the checker found errors; nothing written\n');
        return 1;
      }
      const { renderCommand } = await import('./render-command.js');
      return await renderCommand(notice as Notice, args.render, { ...args, cwd: io.cwd }, io);
    }
    io.stdout.write(args.json ? toJson(report) : toText(report, color));
    return errors ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`clinic-notice: ${error.message}\n`);
    return 2;
  }
}

interface Command {
  file: string;
  json: boolean;
  states: string[];
  today: string;
  /** The render command's settings; `undefined` for check. */
  render?: RenderSettings;
}

export interface RenderSettings {
  out: string;
  script: string;
  baseUrl: string;
  strict: boolean;
}

/** The command line, or `undefined` for --help. Throws a UsageError for anything unusable. */
function parseCommand(argv: string[]): Command | { snippet: SnippetSettings } | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        state: { type: 'string', multiple: true },
        out: { type: 'string' },
        script: { type: 'string' },
        'base-url': { type: 'string' },
        strict: { type: 'boolean' },
        today: { type: 'string' },
        dev: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw plainParseError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  const [command, ...files] = positionals;
  if (!command) throw new UsageError('no command given; try clinic-notice --help');
  if (command === 'snippet') return { snippet: snippetSettings(values, files) };
  if (command !== 'check' && command !== 'render') {
    throw new UsageError(`unknown command "${command}"; try "check", "render" or "snippet"`);
  }
  if (values.dev) throw new UsageError('--dev is an option of snippet');
  if (files.length !== 1) {
    throw new UsageError(
      files.length
        ? `${command} takes one notice file`
        : `${command} needs a notice file: ${command} notice.json`,
    );
  }
  const renderOnly = (['out', 'script', 'base-url', 'strict'] as const).find(
    (name) => values[name] !== undefined,
  );
  if (command === 'check' && renderOnly) {
    throw new UsageError(`--${renderOnly} is an option of render, not check`);
  }
  if (command === 'render' && values.json) throw new UsageError('--json is an option of check');
  let render: RenderSettings | undefined;
  if (command === 'render') {
    if (!values.out?.trim()) throw new UsageError('render needs --out DIR, the folder to write');
    const baseUrl = values['base-url'] ?? '/';
    if (!/^(https?:\/\/[^/\s]+)?\/\S*$/.test(baseUrl)) {
      throw new UsageError(
        `--base-url should be a path from the site's root (/breach/) or an https:// address, not "${baseUrl}"`,
      );
    }
    render = {
      out: values.out,
      script: scriptUrl(values.script, 'clinic-notice.js'),
      baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
      strict: !!values.strict,
    };
  }
  // A state the checker does not know is a note in the findings; the rest is still checked.
  const states = (values.state ?? []).flatMap((list) => list.split(','));
  const today = values.today ?? localToday();
  if (!isCalendarDate(today)) {
    throw new UsageError(`--today should be a date written YYYY-MM-DD, not "${today}"`);
  }
  return { file: files[0], json: !!values.json, states, today, render };
}

function localToday(now = new Date()): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function readNotice(path: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw new UsageError(`cannot read ${name}: ${REASONS[code] ?? (code || String(error))}`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UsageError(`${name} is not JSON: the file is empty`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ');
    const at = /at position (\d+)/.exec(reason);
    const where = at && !/line/.test(reason) ? ` (${lineAndColumn(text, Number(at[1]))})` : '';
    throw new UsageError(`${name} is not JSON: ${reason}${where}`);
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length} column ${before.at(-1)!.length + 1}`;
}

interface Report extends Command {
  errors: number;
  warnings: number;
  notes: number;
  findings: Finding[];
}

/** The --json document; its keys are always in this order. */
function toJson(report: Report): string {
  const { file, errors, warnings, notes, states, today, findings } = report;
  const document = {
    file,
    ok: errors === 0,
    errors,
    warnings,
    notes,
    states,
    today,
    findings: findings.map(({ severity, path, message, rule, id }) => ({
      severity,
      path,
      message,
      rule,
      id,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function toText(report: Report, color: boolean): string {
  const { file, errors, warnings, notes, states, findings } = report;
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const checked = `checked: ${['HIPAA', ...states].join(', ')}`;
  const noted = notes ? `, ${count(notes, 'note')}` : '';
  const lines = [
    errors || warnings
      ? `${file}: ${count(errors, 'error')}, ${count(warnings, 'warning')}${noted}`
      : `${file}: ready to publish (${checked})${noted ? `, with ${count(notes, 'note')}` : ''}`,
  ];
  if (!findings.length) return `${lines[0]}\n`;
  const LABELS = {
    error: paint('1;31', 'error  '),
    warning: paint('1;33', 'warning'),
    note: paint('1;36', 'note   '),
  };
  for (const finding of findings) {
    const severity = LABELS[finding.severity];
    lines.push('', `${severity}  ${finding.path}`, `  ${finding.message}`);
    lines.push(`  ${paint('2', `[${finding.rule}]`)}`);
  }
  if (findings.some((finding) => finding.rule === RULES.schema.citation)) {
    lines.push('', 'The legal rules are checked once the file matches notice.schema.json.');
  }
  return `${lines.join('\n')}\n`;
}
