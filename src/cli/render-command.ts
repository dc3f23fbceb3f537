/**
 * The file side of `clinic-notice render`: renders the site in memory (src/render/), then creates
 * DIR and writes it, with the script-tag file beside the pages and the Content-Security-Policy
 * the pages need. Nothing is written until everything has rendered.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Notice } from '../model/notice.types.js';
import type { CliIO, RenderSettings } from './cli.js';
import { BUILT_SCRIPTS, scriptTag, sri } from './snippet-command.js';

/** The policy of a strict site, with the hashes of the inline styles the pages hold. */
export function policyFor(styleHashes: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`,
    "require-trusted-types-for 'script'",
    "trusted-types lit-html clinic-notice 'allow-duplicates'",
  ].join('; ');
}

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'a file of that name is in the way',
  ENOTDIR: 'a file of that name is in the way',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/** The script files a built script file names: `static` imports, and `all` (on demand too). */
function importsOf(content: Buffer): { static: string[]; all: string[] } {
  const code = content.toString('utf8');
  const names = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1]!);
  return {
    static: names(/(?:from|import)\s*["'`]\.\/(clinic-notice\.[\w.-]+\.js)["'`]/g),
    all: names(/["'`]\.\/(clinic-notice\.[\w.-]+\.js)["'`]/g),
  };
}

/**
 * clinic-notice.js and every file it imports, statically or on demand, found in the files
 * themselves; none when run from the sources (tests), where there is no built file.
 */
async function scriptFiles(dir: string): Promise<{ path: string; content: Buffer }[]> {
  const found: { path: string; content: Buffer }[] = [];
  const visit = async (name: string): Promise<void> => {
    if (found.some((file) => file.path === name)) return;
    let content: Buffer;
    try {
      content = await readFile(join(dir, name));
    } catch {
      return;
    }
    found.push({ path: name, content });
    for (const next of importsOf(content).all) await visit(next);
  };
  await visit('clinic-notice.js');
  return found;
}

/**
 * What the pages should preload, with integrity: the notice page's elements, the localizer (for
 * a page in a translation) and each language's words, each with what it imports.
 */
function preloadsFor(scripts: { path: string; content: Buffer }[]) {
  if (!scripts.length) return undefined;
  const byName = new Map(scripts.map((file) => [file.path, file.content]));
  const withImports = (names: string[]) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name) || name === 'clinic-notice.js' || !byName.has(name)) return;
      seen.add(name);
      importsOf(byName.get(name)!).static.forEach(visit);
    };
    names.forEach(visit);
    return [...seen].map((name) => ({ name, integrity: sri(byName.get(name)!) }));
  };
  const named = (part: string) =>
    scripts.map((file) => file.path).filter((p) => p.startsWith(`clinic-notice.${part}-`));
  const words: Record<string, ReturnType<typeof withImports>> = {};
  for (const name of scripts.map((file) => file.path)) {
    const lang = /^clinic-notice\.([a-z]{2,3}(?:-[A-Z][a-z]{3})?)-[\w-]+\.js$/.exec(name)?.[1];
    if (lang) words[lang] = withImports([name]);
  }
  return {
    page: withImports(named('notice-page')),
    translated: withImports(named('localize')),
    words,
  };
}

export async function renderCommand(
  notice: Notice,
  settings: RenderSettings,
  context: { today: string; cwd: string },
  io: CliIO,
): Promise<number> {
  const { renderSite } = await import('../render/render.js');
  // The script-tag file of this same package, and the files it imports on demand, for the
  // integrity hash and a copy beside the pages.
  const scripts = await scriptFiles(io.builtScripts ?? BUILT_SCRIPTS);
  const script = scripts[0]?.content;
  const integrity = script && sri(script);
  const site = await renderSite(notice, {
    script: settings.script,
    integrity,
    preload: preloadsFor(scripts),
    baseUrl: settings.baseUrl,
    today: context.today,
  });
  const policy = policyFor(site.styleHashes);
  const files = [
    ...site.files,
    { path: 'content-security-policy.txt', content: `${policy}\n` },
    ...scripts,
  ];

  const out = resolve(context.cwd, settings.out);
  const inside = relative(context.cwd, out);
  const shown = !inside ? '.' : inside.startsWith('..') || isAbsolute(inside) ? out : inside;
  try {
    for (const file of files) {
      const path = join(out, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    io.stderr.write(
      `clinic-notice: cannot write to ${shown}: ${WHY[code] ?? (code || String(error))}\n`,
    );
    return 2;
  }

  const lines = [`Wrote ${files.length} files to ${shown}/ (${site.languages.join(', ')}):`];
  for (const file of files) {
    const bytes =
      typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length;
    lines.push(`  ${file.path.padEnd(44)} ${(bytes / 1024).toFixed(1).padStart(6)} KB`);
  }
  const tag = scriptTag(settings.script, integrity);
  lines.push(
    '',
    'Publish:',
    `  - upload ${shown}/ so that ${settings.baseUrl}notice.html serves notice.html,`,
    `    and ${settings.script} serves clinic-notice.js, with the clinic-notice.*.js files it`,
    `    loads beside it (they are in ${shown}/ too);`,
    `  - paste ${shown}/banner.html into the home page where the banner goes (WordPress: a Custom HTML block).`,
    '',
    "The one line the home page needs (banner.html ends with it; it may go in the page's <head>):",
    `  ${tag}`,
    '',
    `A strict Content-Security-Policy for these pages (also in ${shown}/content-security-policy.txt):`,
    `  ${policy}`,
  );
  if (!integrity)
    lines.push('', 'No built clinic-notice.js was found: the script tag has no integrity.');
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
