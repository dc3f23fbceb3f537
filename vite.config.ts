import { defineConfig } from 'vite';
import { minifyCss } from './scripts/minify-css.mjs';

/**
 * Two builds of the same source:
 * - `vite build`: the npm build, one ES module per source file under dist/, Lit left as an import,
 *   plus dist/cli/cli.js, the checker behind `bin/clinic-notice.js` (Node only).
 * - `vite build --mode cdn`: dist/cdn/clinic-notice.js, one minified file with Lit inside, for a
 *   plain `<script type="module">` tag; `--mode cdn-banner`: dist/cdn/notice-banner.js, the same
 *   for a page that shows only the banner.
 * CSS in css`…` templates is minified by scripts/minify-css.mjs.
 * Types come from `tsc -p tsconfig.build.json`.
 */
export default defineConfig(({ mode }) => {
  // Each script-tag file is built on its own so that it stays one self-contained file.
  const cdn = mode === 'cdn' || mode === 'cdn-banner';
  const entry: Record<string, string> =
    mode === 'cdn'
      ? { 'clinic-notice': 'src/index.ts' }
      : mode === 'cdn-banner'
        ? { 'notice-banner': 'src/notice-banner/notice-banner.ts' }
        : { index: 'src/index.ts', 'cli/cli': 'src/cli/cli.ts' };
  return {
    plugins: [minifyCss()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: cdn,
      sourcemap: true,
      lib: {
        entry,
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^node:/],
        output: cdn
          ? { entryFileNames: '[name].js', minify: true }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
