import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/**
 * The layers of src/ (ARCHITECTURE.md): each may import only from the layers below it.
 *   model/         the notice file, the checker's rules: no DOM, no Node, no Lit; a leaf
 *   translations/  the elements' own words: model only
 *   internal/      what several elements share: model, translations, events
 *   notice-TAG/    the elements: anything above, never the CLI
 *   render/        `clinic-notice render`'s pages, in Node: the elements, Lit's server renderer
 *   cli/           `clinic-notice check`, `render` and `snippet`, in Node: model, and render/
 *   cdn/           the script-tag files' entries: the elements and Lit's hydration support
 */
const LIBRARIES = {
  regex: '^(lit|@lit/|lit/|node:)',
  message: 'src/model imports no library: it is plain data and logic.',
};
const layer = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const layers = [
  layer(['src/model/*.ts'], LIBRARIES, {
    regex: '^\\.\\./',
    message: 'src/model is a leaf: it imports nothing outside src/model (see ARCHITECTURE.md).',
  }),
  layer(['src/model/*/**/*.ts'], LIBRARIES, {
    regex: '^\\.\\./\\.\\./',
    message: 'src/model is a leaf: it imports nothing outside src/model (see ARCHITECTURE.md).',
  }),
  layer(['src/translations/**/*.ts'], {
    regex: '^\\.\\./(?!model/)',
    message: 'Translations are words: they may import src/model only (see ARCHITECTURE.md).',
  }),
  layer(['src/internal/**/*.ts'], {
    regex: '^\\.\\./(notice-|cli/|index)',
    message: 'src/internal serves the elements and never imports one (see ARCHITECTURE.md).',
  }),
  layer(['src/notice-*/**/*.ts', 'src/index.ts', 'src/events.ts'], {
    regex: '(^|/)cli/|^node:',
    message: 'The elements run in the browser: no CLI, no Node (see ARCHITECTURE.md).',
  }),
  layer(['src/cli/**/*.ts'], {
    regex: '^\\.\\./(?!model/|render/)',
    message: 'The CLI runs in Node on the model and the renderer (see ARCHITECTURE.md).',
  }),
  layer(['src/render/**/*.ts'], {
    regex: '^\\.\\./cli/',
    message: 'The renderer is a library the CLI calls, not the other way (see ARCHITECTURE.md).',
  }),
];

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    extends: [
      lit.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
      litA11y.configs.recommended,
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      // Elements register through NoticeElement.define(), which the rule cannot see.
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '.puppeteerrc.cjs',
      'bin/**/*.js',
      '*.config.{js,mjs,ts}',
      'src/cli/*.ts',
      'src/render/*.ts',
      'test/node/**/*.ts',
      'test/fixtures/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Code passed to page.evaluate() runs in the browser.
    files: ['scripts/bench.mjs', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  ...layers,
);
