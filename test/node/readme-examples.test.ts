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
