// What the Node tests of the `clinic-notice` commands share: the command run in-process with its
// output collected, and the cases it must refuse.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { main, type CliIO } from '../../src/cli/cli.js';

export interface RunOptions {
  /** The folder a relative file name is read from. */
  cwd: string;
  /** Whether stdout is a terminal (colour). */
  tty?: boolean;
  env?: CliIO['env'];
  builtScripts?: string;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command; returns the exit status and everything written. */
export async function runCli(argv: string[], options: RunOptions): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd,
    env: options.env ?? {},
    builtScripts: options.builtScripts,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A test per case `[what, argv, line]`: exit status 2, nothing on stdout, the line on stderr. */
export function refuses(
  cases: [string, string[], string][],
  run: (argv: string[]) => Promise<Run>,
) {
  for (const [what, argv, line] of cases) {
    it(`for ${what}`, async () => {
      const { code, stdout, stderr } = await run(argv);
      assert.equal(code, 2);
      assert.equal(stderr, `${line}\n`);
      assert.equal(stdout, '');
    });
  }
}
