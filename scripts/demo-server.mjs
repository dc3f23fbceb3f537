// The demo clinic site as a clinic would host it: demo/ at the root and the built CDN file at
// /clinic-notice.js, compressed, with the sample notice's posting window placed around today and
// the CDN file's integrity hash written into the pages, and every element pre-rendered into them
// as `clinic-notice render` does (the script hydrates them). `npm start` runs this file (after
// `npm run build`); the dist suite and Lighthouse import `serveDemo`.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptRoutes, serve } from './static-server.mjs';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const pad = (n) => String(n).padStart(2, '0');

/** The local date `offset` days after `today`, as YYYY-MM-DD. */
export function localDay(offset = 0, today = new Date()) {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The sample notice's posting window, placed around today so that the demo banner always shows:
 * posted eight days ago, up for the 90 days HIPAA's substitute notice asks for.
 */
export function demoWindow(today = new Date()) {
  return { posted: localDay(-8, today), expires: localDay(-8 + 90, today) };
}

/** demo/notice.json with its posting window (and the helpline's end) around today. */
export function sampleNotice(today = new Date()) {
  const notice = JSON.parse(readFileSync(at('demo/notice.json'), 'utf8'));
  const { posted, expires } = demoWindow(today);
  Object.assign(notice.dates, { postedFrom: posted, postedUntil: expires });
  notice.contact.activeUntil = expires;
  return notice;
}

/** The built CDN file's Subresource Integrity hash (written by the build). */
async function integrity() {
  try {
    return (await readFile(at('dist/cdn/clinic-notice.js.sri'), 'utf8')).trim();
  } catch {
    return '';
  }
}

/**
 * The demo's elements in `lang`, pre-rendered by the built renderer (dist/render/render.js, what
 * `clinic-notice render` runs) from the sample notice with today's posting window: the pages are
 * complete before any script runs, and the script hydrates them.
 */
async function prerendered(lang) {
  const { renderBanner, renderContact, renderNoticeDocument } = await import(
    pathToFileURL(at('dist/render/render.js')).href
  );
  const notice = sampleNotice();
  const page = lang === 'es' ? '/es/aviso.html' : '/notice.html';
  const contact = notice.contact;
  return {
    banner: await renderBanner(notice, lang, page),
    notice: await renderNoticeDocument(notice, lang),
    contact: await renderContact({
      lang,
      heading:
        lang === 'es'
          ? '¿Preguntas sobre el incidente de seguridad de datos?'
          : 'Questions about the data security incident?',
      phone: contact.tollFreePhone,
      email: contact.email,
      website: page,
      websiteText: lang === 'es' ? 'El aviso completo' : 'The full notice',
    }),
  };
}

/** Serves the demo site; resolves to `{ url, port, close }`. */
export function serveDemo({ port = 0 } = {}) {
  return serve({
    root: at('demo'),
    port,
    compress: true,
    routes: {
      ...scriptRoutes(at('dist/cdn')),
      // Every demo page reads the sample notice from here.
      '/notice.json': () => ({ body: JSON.stringify(sampleNotice()) }),
    },
    async transform(body, file) {
      if (!file.endsWith('.html')) return body;
      const { posted, expires } = demoWindow();
      const spanish = file.includes(`${sep}es${sep}`);
      const pieces = await prerendered(spanish ? 'es' : 'en');
      return body
        .toString('utf8')
        .replaceAll('{{posted}}', posted)
        .replaceAll('{{expires}}', expires)
        .replaceAll('{{integrity}}', await integrity())
        .replace('{{banner}}', pieces.banner)
        .replace('{{notice}}', pieces.notice)
        .replace('{{contact}}', pieces.contact);
    },
  });
}

// `npm start`
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(at('dist/cdn/clinic-notice.js'))) {
    console.error(
      'dist/cdn/clinic-notice.js is missing: run `npm run build` first (npm start does).',
    );
    process.exit(1);
  }
  const { url } = await serveDemo({ port: Number(process.env.PORT) || 8080 });
  console.log(`\nLarkspur Valley Family Clinic (demo) is at ${url}`);
  console.log(`  home page with the banner:  ${url}`);
  console.log(`  the same in Spanish:        ${url}es/`);
  console.log(`  the full notice:            ${url}notice.html`);
  console.log('Press Ctrl+C to stop.');
}
