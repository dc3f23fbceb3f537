import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';

/**
 * Storybook for designers: one stories file per element under stories/, docs from
 * custom-elements.json, the accessibility check on every story. The project's vite.config.ts
 * builds the library, so Storybook is pointed at an empty one of its own.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in MDX, so the Introduction's tables render as tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    builder: {
      name: '@storybook/builder-vite',
      options: { viteConfigPath: '.storybook/vite.config.ts' },
    },
    disableTelemetry: true,
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // One copy of Lit for the stories and the elements.
      optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
      // Storybook's own UI and docs bundles are near 1 MB each: that is the tool, not what a
      // patient downloads (scripts/size.mjs budgets that), so their size is no warning here.
      build: { chunkSizeWarningLimit: 1500 },
    }),
};

export default config;
