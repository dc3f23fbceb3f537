// Builds the README's React 19 and Vue 3 examples (integrations/) with Vite into
// dist/integrations/, against the package as `npm install clinic-notice` gives it (dist/index.js,
// so run it after `npm run build`). `npm run test:built` serves and drives them in each engine.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

for (const name of ['react', 'vue']) {
  await build({
    root: repo(`integrations/${name}`),
    base: `/${name}/`,
    configFile: false,
    logLevel: 'warn',
    resolve: {
      alias: {
        'clinic-notice': repo('dist/index.js'),
        // Vue's template compiler at run time, for the example's inline template.
        ...(name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {}),
      },
    },
    build: { outDir: repo(`dist/integrations/${name}`), emptyOutDir: true },
  });
  console.log(`dist/integrations/${name}/: the ${name} example, built`);
}
