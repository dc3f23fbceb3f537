// `npm start`: serves the demo clinic site (run after `npm run build`).
import { existsSync } from 'node:fs';
import { createDemoServer, listen } from './demo-server.mjs';

if (!existsSync(new URL('../dist/cdn/clinic-notice.js', import.meta.url))) {
  console.error(
    'dist/cdn/clinic-notice.js is missing: run `npm run build` first (npm start does).',
  );
  process.exit(1);
}
const url = await listen(createDemoServer(), Number(process.env.PORT) || 8080);
console.log(`\nLarkspur Valley Family Clinic (demo) is at ${url}`);
console.log(`  home page with the banner:  ${url}`);
console.log(`  the same in Spanish:        ${url}es/`);
console.log(`  the full notice:            ${url}notice.html`);
console.log('Press Ctrl+C to stop.');
