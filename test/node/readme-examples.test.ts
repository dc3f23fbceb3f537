// The README shows the framework and CMS examples exactly as `npm run test:built` builds and
// drives them (integrations/), so that what a developer copies is what was tested, and the
// checker's output exactly as the command prints it (scripts/check-example.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkExamples } from '../../scripts/check-example.mjs';
import { withBlocks } from '../../scripts/readme-block.mjs';

const read = (path: string) => readFileSync(path, 'utf8');

describe('the README examples', () => {
  for (const file of [
    'integrations/react/main.jsx',
    'integrations/vue/main.js',
    'integrations/wordpress/custom-html-block.html',
  ]) {
    it(`shows ${file} as tested`, () => {
      assert.ok(
        read('README.md').includes(read(file).trim()),
        `README.md must hold ${file} as it is: copy the file into its README section`,
      );
    });
  }

  it('holds no stand-in where an integrity hash goes (npx clinic-notice snippet prints one)', () => {
    // A browser cannot parse a stand-in: it logs an error and loads the script unchecked.
    const readme = read('README.md');
    assert.ok(!readme.includes('sha384-…'), 'README.md holds "sha384-…"');
    const standIns = readme.match(/integrity="sha384-(?![A-Za-z0-9+/]{64}")[^"\n]*/g);
    assert.equal(standIns, null, 'an integrity="sha384-" without 64 base64 characters after it');
  });

  it('names the tarball that npm pack writes, and installs nothing from the registry', () => {
    const readme = read('README.md');
    const { version } = JSON.parse(read('package.json'));
    assert.deepEqual(
      [...new Set(readme.match(/clinic-notice-\d[\w.-]*?\.tgz/g))],
      [`clinic-notice-${version}.tgz`],
    );
    assert.doesNotMatch(readme, /npm pack clinic-notice/, 'npm pack with a name fetches from npm');
  });

  it('shows what clinic-notice check prints (npm run docs:check-example writes it)', async () => {
    const readme = read('README.md');
    assert.equal(
      withBlocks(readme, await checkExamples()),
      readme,
      'README.md is out of date with the checker or demo/notice.json: run npm run docs:check-example',
    );
  });

  it('has a finding in the check example for each of the six changes it lists', async () => {
    const { 'check-example': example } = await checkExamples();
    for (const path of [
      'dates.postedUntil',
      'contact.email',
      'contact.activeUntil',
      'sections.otherImportantInformation',
      'patientRights.securityFreeze',
      'translations.es.sections.whatYouCanDo.steps',
    ]) {
      assert.ok(example.includes(`  ${path}`), `no finding at ${path}`);
    }
  });
});
