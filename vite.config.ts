import { defineConfig } from 'vite';

/**
 * Two builds of the same source:
 * - `vite build`: the npm build, one ES module per source file under dist/, Lit left as an import,
 *   plus dist/model/cli.js, the checker behind `bin/clinic-notice.js` (Node only).
 * - `vite build --mode cdn`: dist/cdn/clinic-notice.js, one minified file with Lit inside, for a
 *   plain `<script type="module">` tag.
 * Types come from `tsc -p tsconfig.build.json`.
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const entry: Record<string, string> = cdn
    ? { 'clinic-notice': 'src/index.ts' }
    : { index: 'src/index.ts', 'model/cli': 'src/model/cli.ts' };
  return {
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
