// The README shows the framework and CMS examples exactly as `npm run test:built` builds and
// drives them (integrations/), so that what a developer copies is what was tested.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

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
});
