import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { defineConfig } from 'vite';

/**
 * Two builds of the same source:
 * - `vite build`: the npm build, one ES module per source file under dist/, Lit left as an import,
 *   plus dist/cli/cli.js, the checker behind `bin/clinic-notice.js` (Node only).
 * - `vite build --mode cdn`: dist/cdn/clinic-notice.js, one minified file with Lit inside, for a
 *   plain `<script type="module">` tag; `--mode cdn-banner`: dist/cdn/notice-banner.js, the same
 *   for a page that shows only the banner.
 * The HTML, SVG and CSS in html`…`, svg`…` and css`…` templates are minified: see minifyTemplates().
 * Types come from `tsc -p tsconfig.build.json`.
 */
export default defineConfig(({ mode }) => {
  // Each script-tag file is built on its own so that it stays one self-contained file.
  const cdn = mode === 'cdn' || mode === 'cdn-banner';
  const entry: Record<string, string> =
    mode === 'cdn'
      ? { 'clinic-notice': 'src/cdn/clinic-notice.ts' }
      : mode === 'cdn-banner'
        ? { 'notice-banner': 'src/cdn/notice-banner.ts' }
        : {
            index: 'src/index.ts',
            'cli/cli': 'src/cli/cli.ts',
            'render/render': 'src/render/render.ts',
          };
  return {
    plugins: [minifyTemplates()],
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
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^node:/],
        output: cdn
          ? { entryFileNames: '[name].js', minify: true }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});

/**
 * Minifies the templates in src/ with minify-literals (html-minifier-terser and clean-css). The
 * svg`…` fragments have no <svg> around them, so their `/>` must stay: without it `<circle …>`
 * swallows the next `<path>` and the info icon loses its mark.
 */
export function minifyTemplates() {
  return minifyTemplateLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { keepClosingSlash: true } },
  });
}
