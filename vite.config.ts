import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import ts from 'typescript';
import { defineConfig } from 'vite';

/**
 * Builds of the same source:
 * - `vite build`: the npm build, one ES module per source file under dist/, Lit left as an import,
 *   plus dist/cli/cli.js, the checker behind `bin/clinic-notice.js` (Node only). It keeps the
 *   authoring warnings (src/model/dev.ts).
 * - `vite build --mode cdn`: dist/cdn/clinic-notice.js, minified with Lit inside, for a plain
 *   `<script type="module">` tag: the production file, without authoring warnings;
 *   `--mode cdn-dev`: dist/cdn/clinic-notice.dev.js, the same with them, for building a page.
 *   Each holds Lit, the banner and a loader; the notice page's elements, the notice-file checker,
 *   the localizer and other languages' words are files beside it, imported when a page needs
 *   them (src/cdn/clinic-notice.ts).
 * The HTML, SVG and CSS in html`…`, svg`…` and css`…` templates are minified: see minifyTemplates().
 * Types come from `tsc -p tsconfig.build.json`.
 */
export default defineConfig(({ mode }) => {
  // Each script-tag file is built on its own so that it stays one self-contained file.
  const cdn = mode === 'cdn' || mode === 'cdn-dev';
  const entry: Record<string, string> =
    mode === 'cdn'
      ? { 'clinic-notice': 'src/cdn/clinic-notice.ts' }
      : mode === 'cdn-dev'
        ? { 'clinic-notice.dev': 'src/cdn/clinic-notice.ts' }
        : {
            index: 'src/index.ts',
            'cli/cli': 'src/cli/cli.ts',
            'render/render': 'src/render/render.ts',
          };
  return {
    plugins: [minifyTemplates(), ...(cdn && mode !== 'cdn-dev' ? [production()] : [])],
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
        // The on-demand files may import what the script-tag file already holds, instead of a
        // further shared file being split off for it.
        preserveEntrySignatures: cdn ? 'allow-extension' : 'strict',
        external: cdn ? [] : [/^lit(-html)?($|\/)/, /^@lit\//, /^@lit-labs\//, /^node:/],
        output: cdn
          ? {
              entryFileNames: '[name].js',
              // What an element loads only when a page needs it (the notice-file checker, the
              // localizer, other languages' words), beside the file, named by its content.
              chunkFileNames: 'clinic-notice.[name]-[hash].js',
              minify: true,
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});

/**
 * The production script-tag files (src/model/dev.ts): `DEV` becomes the literal `false` in each
 * module that reads it, before tree-shaking, so the bundler drops every branch it guards and the
 * helpers only those branches use (a constant imported from another module is folded only by the
 * minifier, too late to drop the helpers); and each why`…` sentence becomes `'!'`.
 */
function production() {
  const DEV_IMPORT = /^import \{ DEV \} from '[./]+model\/dev\.js';$/m;
  const WHY_IMPORT = /^import \{ why \} from '\.\/dev\.js';$/m;
  return {
    name: 'clinic-notice-production',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return undefined;
      let out = code;
      if (DEV_IMPORT.test(out)) out = out.replace(DEV_IMPORT, '').replace(/\bDEV\b/g, 'false');
      // Each why`…` sentence becomes the mark '!': read for its presence, never printed here.
      if (WHY_IMPORT.test(out)) {
        const source = ts.createSourceFile(id, out, ts.ScriptTarget.Latest, true);
        const spans: [number, number][] = [];
        const visit = (node: ts.Node): void => {
          if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'why') {
            spans.push([node.getStart(), node.getEnd()]);
            return;
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
        for (const [start, end] of spans.reverse())
          out = `${out.slice(0, start)}'!'${out.slice(end)}`;
        out = out.replace(WHY_IMPORT, '');
      }
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

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
