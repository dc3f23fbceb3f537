// The README's example of what `clinic-notice check` prints, as text and with --json, written
// between <!-- check-example:start --> and <!-- check-example:end --> (and check-json-example)
// from the command itself, run on demo/notice.json with the six changes "What it prints" lists:
// the example follows the sample and the checker instead of being pasted once.
// `npm run docs:check-example` rewrites it; test/node/readme-examples.test.ts fails when it is
// stale. Runs under tsx (node --import tsx), which reads the TypeScript CLI. Also the strict
// Content-Security-Policy a pre-rendered site needs (<!-- csp-example -->), with the real hashes
// of the elements' inline styles as `clinic-notice render` prints them for the sample: a copied
// placeholder hash would leave the pages unstyled.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/cli.ts';
import { policyFor } from '../src/cli/render-command.ts';
import { renderSite } from '../src/render/render.ts';
import { markdown, rewriteReadme } from './readme-block.mjs';

const SAMPLE = fileURLToPath(new URL('../demo/notice.json', import.meta.url));
const COMMAND = ['check', 'notice.json', '--state', 'CA,MA', '--today', '2026-12-01'];

/**
 * Sets `object[key]` to `to(value)`, or deletes it without `to`; throws when the sample has no
 * such field, so that the README's list of changes stays true.
 */
function change(object, key, to) {
  if (object?.[key] === undefined) throw new Error(`demo/notice.json has no "${key}" to change`);
  if (to) object[key] = to(object[key]);
  else delete object[key];
}

/** demo/notice.json with the six changes the README lists, in its order. */
async function changedSample() {
  const notice = JSON.parse(await readFile(SAMPLE, 'utf8'));
  const link = 'You can also tell us with [our form](file:///C:/Forms/misuse.pdf).';
  change(notice.dates, 'postedUntil', () => '2027-01-19');
  change(notice.contact, 'email', (email) => `mailto:${email}`);
  change(notice.contact, 'activeUntil');
  change(notice.sections, 'otherImportantInformation', (text) => `${text}\n\n${link}`);
  change(notice.patientRights, 'securityFreeze');
  const spanish = notice.translations?.es?.sections?.whatYouCanDo?.steps;
  const step = notice.sections.whatYouCanDo.steps
    .map(({ id }) => id)
    .findLast((id) => spanish?.[id]);
  change(spanish, step ?? 'Spanish step');
  return notice;
}

/** What the command prints on stdout for `argv` in a folder holding `notice` as notice.json. */
async function printed(notice, argv) {
  const dir = await mkdtemp(join(tmpdir(), 'clinic-notice-example-'));
  let stdout = '';
  let stderr = '';
  try {
    await writeFile(join(dir, 'notice.json'), `${JSON.stringify(notice, null, 2)}\n`);
    await main(argv, {
      stdout: { write: (text) => (stdout += text), isTTY: false },
      stderr: { write: (text) => (stderr += text) },
      cwd: dir,
      env: { NO_COLOR: '1' },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (stderr) throw new Error(`clinic-notice ${argv.join(' ')} said on stderr: ${stderr}`);
  return stdout;
}

/** The policy `clinic-notice render` gives for the sample, one directive a line. */
async function samplePolicy() {
  const notice = JSON.parse(await readFile(SAMPLE, 'utf8'));
  const site = await renderSite(notice, {
    script: '/clinic-notice.js',
    baseUrl: '/',
    today: '2026-12-01',
  });
  return policyFor(site.styleHashes).split('; ').join(';\n  ');
}

/** The README blocks, Markdown, by name. */
export async function checkExamples() {
  const notice = await changedSample();
  const text = await printed(notice, COMMAND);
  const document = JSON.parse(await printed(notice, [...COMMAND, '--json']));
  const count = document.findings.length;
  const cut = { ...document, findings: document.findings.slice(0, 1) };
  return {
    'check-example': await markdown(
      `Here is the real output of \`clinic-notice ${COMMAND.join(' ')}\`:\n\n\`\`\`\n${text}\`\`\`\n`,
    ),
    'csp-example': await markdown(
      `\`\`\`\nContent-Security-Policy: ${await samplePolicy()}\n\`\`\`\n`,
    ),
    'check-json-example': await markdown(
      `\`\`\`json\n${JSON.stringify(cut, null, 2)}\n\`\`\`\n\n` +
        `The \`findings\` list above is cut to its first entry; the real document lists all ${count}.\n`,
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await rewriteReadme(await checkExamples(), 'clinic-notice check on demo/notice.json');
}
