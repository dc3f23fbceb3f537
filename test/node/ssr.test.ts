/**
 * Every element renders on the server with Lit's own renderer (`@lit-labs/ssr`): a declarative
 * shadow root, and in it what a patient needs before any script runs. There is no page around
 * the element on the server, so the language is the `lang` on the element itself.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Notice } from '../../src/model/notice.types.js';
// The renderer clinic-notice render uses: Lit's DOM shim first, then the elements, and what
// they load on demand in a browser (the notice-file support, every language's words).
import { loadRenderer } from '../../src/render/render.js';

const { html, ssr } = await loadRenderer();

const sample = JSON.parse(
  readFileSync(new URL('../../demo/notice.json', import.meta.url), 'utf8'),
) as Notice;

/** Lit's comment markers out, so that assertions read the HTML a browser shows. */
const plain = (out: string): string => out.replace(/<!--.*?-->/gs, '');

/** How many declarative shadow roots the output opens. */
const roots = (out: string): number =>
  out.match(/<template shadowroot="open" shadowrootmode="open"[ >]/g)?.length ?? 0;

describe('server rendering', () => {
  it('renders <notice-banner> with its heading, text, link and helpline', () => {
    const out = plain(
      ssr(
        html`<notice-banner
          heading="We are writing about your information"
          href="/notice.html"
          phone="1-800-555-0142"
          dismissible
          ><p>Someone got into the reminder system.</p></notice-banner
        >`,
      ),
    );
    assert.equal(roots(out), 1);
    assert.match(out, /<h2[^>]*>.*We are writing about your information/s);
    assert.match(out, /<slot><\/slot>/);
    assert.match(out, /<p>Someone got into the reminder system.<\/p>/);
    assert.match(out, /<a\s+part="link"\s+href="\/notice.html"[^>]*>\s*Read the full notice/);
    assert.match(out, /<a part="phone" href="tel:\+18005550142" dir="ltr">1-800-555-0142<\/a>/);
    assert.match(out, /Toll-free helpline:/);
  });

  it('leaves no timer running after a banner with a posting window', () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const out = plain(
      ssr(
        html`<notice-banner
          posted="2026-01-01"
          expires="2999-12-31"
          heading="Notice"
        ></notice-banner>`,
      ),
    );
    assert.match(out, /<h2[^>]*>.*Notice/s);
    const after = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    assert.equal(after, before);
  });

  it('renders <notice-banner> from a notice object, in the notice language', () => {
    const out = plain(ssr(html`<notice-banner .notice=${sample}></notice-banner>`));
    assert.match(out, /Notice of Data Breach/);
    assert.match(out, /An unauthorized person/);
    assert.match(out, /href="tel:\+18005550142"/);
  });

  it('renders <notice-banner lang="es"> in Spanish', () => {
    const out = plain(
      ssr(html`<notice-banner lang="es" .notice=${sample} href="/es/notice.html"></notice-banner>`),
    );
    assert.match(out, /Aviso de violación de datos/);
    assert.match(out, /Lea el aviso completo/);
    assert.match(out, /Línea gratuita:/);
    assert.match(out, /Una persona no autorizada/);
  });

  it('renders <notice-contact> with the tel: link', () => {
    const out = plain(
      ssr(
        html`<notice-contact
          phone="1-800-555-0142"
          email="privacy@clinic.example"
          website="https://clinic.example/notice"
        ></notice-contact>`,
      ),
    );
    assert.equal(roots(out), 1);
    assert.match(out, /Contact us/);
    assert.match(out, /<a part="phone" href="tel:\+18005550142">1-800-555-0142<\/a>/);
    assert.match(out, /href="mailto:privacy@clinic.example"/);
    assert.match(out, />clinic.example\/notice</);
    // A relative address is a page of the site: words, not the address (nor the server's
    // stand-in `location`).
    const relative = plain(ssr(html`<notice-contact website="/notice.html"></notice-contact>`));
    assert.match(relative, /<a part="website" href="\/notice.html">Read the full notice<\/a>/);
  });

  it('renders <notice-contact lang="es"> in Spanish', () => {
    const out = plain(
      ssr(html`<notice-contact lang="es" phone="1-800-555-0142"></notice-contact>`),
    );
    assert.match(out, /Contáctenos/);
    assert.match(out, /Línea gratuita/);
  });

  it('renders <notice-faq> with every question as a heading and every answer in the page', () => {
    const out = plain(
      ssr(
        html`<notice-faq>
          <notice-faq-item id="why" heading="Why am I reading this?"
            ><p>Because you are a patient.</p></notice-faq-item
          >
          <notice-faq-item id="what" heading="What should I do?"
            ><p>Watch your statements.</p></notice-faq-item
          >
        </notice-faq>`,
      ),
    );
    assert.equal(roots(out), 3);
    assert.match(out, /<h3[^>]*>.*Why am I reading this\?/s);
    assert.match(out, /<h3[^>]*>.*What should I do\?/s);
    // The answers are the page's own content, outside the shadow roots.
    assert.match(out, /<\/template><p>Because you are a patient.<\/p><\/notice-faq-item\s*>/);
    assert.match(out, /<\/template><p>Watch your statements.<\/p><\/notice-faq-item\s*>/);
  });

  it('renders <notice-faq lang="es"> items in Spanish', () => {
    const out = plain(
      ssr(html`<notice-faq-item lang="es" heading="¿Por qué?"><p>Porque sí.</p></notice-faq-item>`),
    );
    assert.match(out, /Mostrar/);
  });

  it('renders <notice-checklist> with its steps as checkboxes', () => {
    const out = plain(
      ssr(
        html`<notice-checklist notice-id="n" heading="Steps you can take">
          <notice-checklist-item id="statements">Watch your statements</notice-checklist-item>
          <notice-checklist-item id="credit" checked href="https://www.annualcreditreport.com/"
            >Get your credit report</notice-checklist-item
          >
        </notice-checklist>`,
      ),
    );
    assert.equal(roots(out), 3);
    assert.match(out, /<h2[^>]*>.*Steps you can take/s);
    const boxes = out.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
    assert.equal(boxes.length, 2);
    // Only the ticked step's box is ticked without script.
    assert.doesNotMatch(boxes[0]!, /checked/);
    assert.match(boxes[1]!, /\schecked[\s>]/);
    assert.match(out, /Watch your statements/);
    assert.match(out, /href="https:\/\/www.annualcreditreport.com\/"/);
  });

  it('renders <notice-document> from a notice object: sections, helpline and questions', () => {
    const out = plain(ssr(html`<notice-document .notice=${sample}></notice-document>`));
    assert.match(out, /<h1[^>]*>Notice of Data Breach<\/h1>/);
    for (const title of [
      'What Happened',
      'What Information Was Involved',
      'What We Are Doing',
      'What You Can Do',
      'For More Information',
    ]) {
      assert.match(out, new RegExp(`<h2[^>]*>.*?${title}`, 's'), title);
    }
    assert.match(out, /href="tel:\+18005550142"/);
    for (const question of sample.faq!) assert.ok(out.includes(question.question), question.id);
    for (const step of sample.sections!.whatYouCanDo!.steps!) {
      assert.ok(out.includes(step.title), step.id);
    }
    const boxes = out.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
    assert.equal(boxes.length, sample.sections!.whatYouCanDo!.steps!.length);
    for (const box of boxes) assert.doesNotMatch(box, /\schecked[\s>=]/);
  });

  it('renders <notice-document lang="es"> in Spanish', () => {
    const out = plain(ssr(html`<notice-document lang="es" .notice=${sample}></notice-document>`));
    assert.match(out, /Aviso de violación de datos/);
    assert.match(out, /¿Qué sucedió\?/);
    assert.match(out, /Preguntas y respuestas/);
    assert.match(out, /Línea gratuita/);
  });
});
