// The README's API reference, written from custom-elements.json (itself written from the classes'
// JSDoc by `npm run analyze`) between <!-- api:TAG:start --> and <!-- api:TAG:end -->, one block
// per element, so the README says what the manifest, Storybook and editors say. `npm run docs:api`
// runs it, and `npm run build` right after the analyzer: CI fails when the committed README
// differs from what the build wrote, and test/node/api-reference.test.ts when it differs from the
// committed manifest.
//
// A property's description that ends with "Default: …" gives that sentence to the default
// column, for a default the code cannot state (`Default: the notice file's \`title\`.`).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
const marker = (tag, end) => `<!-- api:${tag}:${end} -->`;

/** Text on one line: JSDoc wraps its descriptions. */
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** A table cell: one line, with `|` escaped (also inside code spans, as GitHub's tables need). */
const cell = (text) => oneLine(text).replaceAll('|', '\\|');
const code = (text) => `\`${text}\``;
/** A CSS default in a code span, unless it is words ("per severity"). */
const value = (text = '') => (/^[a-z]+( [a-z]+)+$/i.test(text) ? text : code(text));
/** `string | undefined` reads `string`: a property left unset is what the default column says. */
const typeOf = (type) =>
  type?.text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined')
    .join(' | ');

function table(head, rows) {
  if (!rows.length) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The description and the default of a property, the default lifted from "Default: …". */
function described(member) {
  const text = oneLine(member.description);
  if (member.default !== undefined) return { text, fallback: code(member.default) };
  const lifted = /^(.*?)\s*\bDefault: (.+?)\.?$/.exec(text);
  return lifted ? { text: lifted[1], fallback: lifted[2] } : { text, fallback: '' };
}

/** The public properties: fields that are neither static nor private or protected. */
const propertiesOf = (element) =>
  (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected',
  );

/** The elements the manifest declares, in its order. */
export const elementsOf = (manifest) =>
  manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

/**
 * One element's reference in Markdown, before Prettier lays it out: its attributes and
 * properties, then its slots, events, parts, custom states and custom properties, each table only
 * when the element has some.
 */
export function apiReference(element) {
  const properties = propertiesOf(element).map((member) => {
    const { text, fallback } = described(member);
    return [
      member.attribute ? code(member.attribute) : '(property only)',
      code(member.name),
      member.type ? code(typeOf(member.type)) : '',
      fallback,
      text,
    ];
  });
  const named = (items = []) => items.map((item) => [code(item.name), item.description]);
  const tables = [
    table(['attribute', 'property', 'type', 'default', 'description'], properties),
    table(
      ['slot', 'description'],
      (element.slots ?? []).map((slot) => [
        slot.name ? code(slot.name) : '(default)',
        slot.description,
      ]),
    ),
    table(
      ['event', 'class', 'description'],
      (element.events ?? []).map((event) => [
        code(event.name),
        event.type?.text ? code(event.type.text) : '',
        event.description,
      ]),
    ),
    table(['CSS part', 'description'], named(element.cssParts)),
    table(['custom state', 'description'], named(element.cssStates)),
    table(
      ['custom property', 'default', 'description'],
      (element.cssProperties ?? []).map((property) => [
        code(property.name),
        property.default === undefined ? '' : value(property.default),
        property.description,
      ]),
    ),
  ];
  return [`### \`<${element.tagName}>\` API`, ...tables.filter(Boolean)].join('\n\n') + '\n';
}

/**
 * `readme` with every element's block rewritten from `manifest`, as Prettier lays it out. Throws
 * when an element has no markers, or markers name an element the manifest does not declare.
 */
export async function withApiReference(readme, manifest) {
  const elements = elementsOf(manifest);
  const tags = new Set(elements.map((element) => element.tagName));
  for (const [, tag] of readme.matchAll(/<!-- api:([\w-]+):start -->/g)) {
    if (!tags.has(tag)) throw new Error(`README.md has ${marker(tag, 'start')}: no such element`);
  }
  const options = { ...(await resolveConfig(README)), parser: 'markdown' };
  let updated = readme;
  for (const element of elements) {
    const [start, end] = [marker(element.tagName, 'start'), marker(element.tagName, 'end')];
    const from = updated.indexOf(start);
    const to = updated.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`README.md needs ${start} and ${end}`);
    const block = await format(apiReference(element), options);
    updated = `${updated.slice(0, from + start.length)}\n\n${block}\n${updated.slice(to)}`;
  }
  return updated;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = await readFile(README, 'utf8');
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const updated = await withApiReference(readme, manifest);
  if (updated === readme) console.log('README.md: the API reference is up to date');
  else {
    await writeFile(README, updated);
    console.log('README.md: API reference rewritten from custom-elements.json');
  }
}
