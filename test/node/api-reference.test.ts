// The README's API reference is custom-elements.json's (scripts/api-reference.mjs writes it), and
// it names every attribute the elements observe: a hand edit of a block, a manifest not written
// again after a change to the elements, or an element without a block fails here.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  apiReference,
  elementsOf,
  withApiReference,
  type Manifest,
} from '../../scripts/api-reference.mjs';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
// After the DOM shim: the elements register themselves on import.
const exported: Record<string, unknown> = await import('../../src/index.js');

/** The element classes the package exports, by tag: the class name in kebab case. */
const elements = Object.entries(exported)
  .filter(([, value]) => typeof value === 'function' && value.prototype instanceof HTMLElement)
  .map(([name, value]) => ({
    tag: name.replace(/(?<=.)[A-Z]/g, (letter) => `-${letter}`).toLowerCase(),
    element: value as { observedAttributes: string[] },
  }));

/** The README's block for `tag`, from its start marker to its end marker; empty without one. */
function blockOf(tag: string): string {
  const start = readme.indexOf(`<!-- api:${tag}:start -->`);
  const end = readme.indexOf(`<!-- api:${tag}:end -->`, start);
  return start < 0 || end < 0 ? '' : readme.slice(start, end);
}

describe('the README API reference', () => {
  it('is what npm run docs:api writes from custom-elements.json', async () => {
    assert.equal(
      await withApiReference(readme, manifest),
      readme,
      'README.md differs from custom-elements.json: run npm run analyze, then npm run docs:api',
    );
  });

  it('has a row for every attribute each exported element observes', () => {
    assert.deepEqual(
      elements.map(({ tag }) => tag).sort(),
      elementsOf(manifest)
        .map((element) => element.tagName)
        .sort(),
      'the package exports the elements custom-elements.json declares',
    );
    for (const { tag, element } of elements) {
      assert.equal(customElements.get(tag), element, `${tag} is the tag of its class`);
      const block = blockOf(tag);
      assert.ok(block, `README.md has no <!-- api:${tag}:start --> block`);
      for (const attribute of element.observedAttributes) {
        assert.match(
          block,
          new RegExp(`^\\| \`${attribute}\` +\\|`, 'm'),
          `<${tag} ${attribute}> is not in the README: run npm run analyze, then npm run docs:api`,
        );
      }
    }
  });

  it('writes one row per public property, and says when one has no attribute', () => {
    const [item] = elementsOf(manifest).filter((e) => e.tagName === 'notice-checklist-item');
    const [properties] = apiReference(item).split('\n\n').slice(1);
    const rows = properties.split('\n').slice(2);
    assert.deepEqual(
      rows.map((row) => row.split(' | ').slice(0, 2).join(' ')),
      [
        '| `checked` `checked`',
        '| `href` `href`',
        '| `link-text` `linkText`',
        '| `phone` `phone`',
        '| (property only) `defaultChecked`',
      ],
    );
    assert.match(rows[0], /^\| `checked` \| `checked` \| `boolean` \| `false` \| Whether/);
  });

  it('keeps a table to one line a row: `|` escaped, line breaks as spaces', () => {
    const reference = apiReference({
      tagName: 'notice-x',
      members: [
        {
          kind: 'field',
          name: 'tone',
          attribute: 'tone',
          type: { text: "'calm' | 'loud' | undefined" },
          description: 'How it sounds:\n`calm` | `loud`. Default: `calm`.',
        },
      ],
      cssStates: [{ name: 'loud', description: 'Loud.' }],
    });
    assert.ok(
      reference.includes(
        "| `tone` | `tone` | `'calm' \\| 'loud'` | `calm` | How it sounds: `calm` \\| `loud`. |",
      ),
      reference,
    );
    assert.match(reference, /^\| custom state \| description \|$/m);
    assert.doesNotMatch(reference, /\| (slot|event|CSS part|custom property) \|/);
  });
});
