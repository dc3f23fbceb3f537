// The build minifies the templates in src/ (vite.config.ts, minifyTemplates): it must shrink them
// without changing what they render.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../../vite.config.js';

/** The plugin's output for `code` as if it were a module under src/. */
async function minify(code: string): Promise<string> {
  const plugin = minifyTemplates();
  const transform = plugin.transform as (code: string, id: string) => Promise<{ code?: string }>;
  const result = await transform.call(
    { error: (message: string) => assert.fail(message), warn: assert.fail },
    code,
    join(process.cwd(), 'src/example.ts'),
  );
  return result?.code ?? code;
}

describe('minifyTemplates', () => {
  it('keeps the `/>` of SVG fragments, which have no <svg> around them in the template', async () => {
    const out = await minify(`const ICON = svg\`<circle cx="12" cy="12" r="10"/>
      <path d="M12 7v.5" stroke="currentColor"/>\`;`);
    assert.equal(
      out,
      'const ICON = svg`<circle cx="12" cy="12" r="10"/><path d="M12 7v.5" stroke="currentColor"/>`;',
    );
  });

  it('drops the spaces between blocks and keeps one between inline content', async () => {
    const out = await minify(`const t = html\`
      <section part="base">
        <p part="actions">
          \${link}
          \${phone}
        </p>
        <span
          >\${label}:
          <a part="phone" href=\${href} @click=\${onClick} ?hidden=\${hidden} .value=\${value}>\${n}</a></span
        >
      </section>
    \`;`);
    assert.equal(
      out,
      'const t = html`<section part="base"><p part="actions">${link} ${phone}</p><span>${label}: <a part="phone" href="${href}" @click="${onClick}" ?hidden="${hidden}" .value="${value}">${n}</a></span></section>`;',
    );
  });

  it('drops comments and spaces from CSS and leaves quoted strings as they are', async () => {
    const out = await minify(`const s = css\`
      /* The severity's palette. */
      :host([open]) [part='icon'] {
        transform: rotate(180deg);
      }
      @media print {
        a[href^='http']::after { content: ' (' attr(href) ') ;  {x} '; }
      }
    \`;`);
    assert.equal(
      out,
      "const s = css`:host([open]) [part=icon]{transform:rotate(180deg)}@media print{a[href^=http]::after{content:' (' attr(href) ') ;  {x} '}}`;",
    );
  });
});
