// Editor help generated from custom-elements.json at build time, shipped in the package:
// - dist/vscode.html-custom-data.json: tag and attribute completion with docs in VS Code's HTML
//   editor ("html.customData": ["./node_modules/clinic-notice/dist/vscode.html-custom-data.json"]);
// - dist/jsx.d.ts (`import 'clinic-notice/jsx'`): the elements as typed JSX tags in React 19.
// Not custom-element-jsx-integration 1.6 / custom-element-vs-code-integration 1.5 (measured, issue
// 13): their JSX types fail the React type-check (events typed as CustomEvent<…>, an import that
// names a type twice), name props by attribute (`heading-level`), leave React's JSX namespace to
// the user and list the @internal `noticeData` and `noticeView`; their VS Code data offers
// "BannerSeverity" as the severity's value and marks no attribute as boolean.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const KNOWN = { BannerSeverity: ['info', 'warning', 'critical'] };

const valuesOf = (typeText = '') => {
  const names = typeText.split('|').map((part) => part.trim());
  const values = names.flatMap(
    (name) => KNOWN[name] ?? (/^'.*'$/.test(name) ? [name.slice(1, -1)] : []),
  );
  return values.length ? values.map((name) => ({ name })) : undefined;
};

const customData = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      ...(valuesOf(attribute.type?.text) ? { values: valuesOf(attribute.type?.text) } : {}),
    })),
  })),
};
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(customData, null, 2)}\n`);

const typeOf = (text = 'string') =>
  text.replace(/\bundefined\b\s*\|?\s*|\|\s*undefined\b/g, '').trim() || 'string';
const lines = [
  '/* Generated from custom-elements.json by scripts/editor-data.mjs: do not edit. */',
  "// `import 'clinic-notice/jsx';` once in a React 19 project types the elements as JSX tags:",
  '// properties by their names (`headingLevel={3}`), events as `onnotice-dismiss={…}`.',
  "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
  `import type { ${[...new Set(elements.map((e) => e.name))].join(', ')} } from './index.js';`,
  `import type { ${[...new Set(elements.flatMap((e) => (e.events ?? []).map((ev) => ev.type?.text)).filter(Boolean))].join(', ')} } from './events.js';`,
  "import type { BannerSeverity, Notice } from './index.js';",
  '',
  "declare module 'react' {",
  '  namespace JSX {',
  '    interface IntrinsicElements {',
];
for (const element of elements) {
  lines.push(`      /** ${(element.summary ?? '').replace(/\*\//g, '')} */`);
  lines.push(
    `      '${element.tagName}': DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}> & {`,
  );
  for (const attribute of element.attributes ?? []) {
    if (!attribute.fieldName) continue;
    lines.push(`        ${attribute.fieldName}?: ${typeOf(attribute.type?.text)};`);
  }
  if ((element.attributes ?? []).some((a) => a.name === 'src'))
    lines.push('        notice?: Notice;');
  for (const event of element.events ?? []) {
    lines.push(`        'on${event.name}'?: (event: ${event.type?.text ?? 'Event'}) => void;`);
  }
  lines.push('      };');
}
lines.push('    }', '  }', '}', '');
writeFileSync('dist/jsx.d.ts', lines.join('\n'));
writeFileSync('dist/jsx.js', '// Types only: see jsx.d.ts.\nexport {};\n');
console.log(
  `editor help: dist/vscode.html-custom-data.json, dist/jsx.d.ts (${elements.length} elements)`,
);
