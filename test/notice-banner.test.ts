import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { engine, itWithDevTools, part, systemColor } from './helpers.js';
import { NoticeDismissEvent } from '../src/events.js';
import { BANNER_SEVERITIES, NoticeBanner } from '../src/notice-banner/notice-banner.js';

const KEY = 'clinic-notice:banner-dismissed:2026-11-vendor:1';

function isShown(el: NoticeBanner): boolean {
  return part(el, 'base') !== null && getComputedStyle(el).display !== 'none';
}

async function banner(
  template = html`<notice-banner
    notice-id="2026-11-vendor"
    heading="Data security incident"
    href="/notice"
    phone="1-800-555-0142"
    dismissible
    >We are writing to tell you about an incident at one of our technology vendors.</notice-banner
  >`,
): Promise<NoticeBanner> {
  return fixture<NoticeBanner>(template);
}

describe('<notice-banner>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let warnings: sinon.SinonStub;

  beforeEach(() => {
    localStorage.clear();
    warnings = sinon.stub(console, 'warn');
  });

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  describe('accessible', () => {
    for (const severity of BANNER_SEVERITIES) {
      for (const lang of ['en', 'es']) {
        it(`passes axe as ${severity} in ${lang}`, async () => {
          const el = await fixture<NoticeBanner>(
            html`<notice-banner
              lang=${lang}
              severity=${severity}
              heading="Data security incident"
              href="/notice"
              phone="1-800-555-0142"
              posted="2026-11-20"
              updated="2026-11-25"
              dismissible
              ><p>An incident at a technology vendor.</p></notice-banner
            >`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe with no heading, labelled by its severity', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner severity="critical">Text only.</notice-banner>`,
      );
      await expect(el).to.be.accessible();
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Urgent');
      expect(part(el, 'heading')).to.equal(null);
    });

    it('is a region named by its heading, with nothing announced on load', async () => {
      const el = await banner();
      const base = part(el, 'base')!;
      expect(base.localName).to.equal('section');
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.shadowRoot!.getElementById('heading')!.textContent!.trim()).to.equal(
        'Data security incident',
      );
      expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
    });

    it('gives the dismiss button a target of at least 24 by 24 px', async () => {
      const el = await banner();
      const box = part(el, 'dismiss-button')!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });
  });

  describe('defaults and attributes', () => {
    it('defaults to a warning with an h2, no link and no dismiss button', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident">Body</notice-banner>`,
      );
      expect(el.severity).to.equal(undefined); // the notice file's, else warning
      expect(el.matches(':state(warning)')).to.equal(true);
      expect(part(el, 'base')!.dataset.severity).to.equal('warning');
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'label')!.textContent).to.equal('Important');
      expect(part(el, 'link')).to.equal(null);
      expect(part(el, 'dismiss-button')).to.equal(null);
      expect(el.revision).to.equal(undefined); // the notice file's, else "1"
    });

    it('renders the heading at heading-level', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" heading-level="4">Body</notice-banner>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h4');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h1');
    });

    it('takes the heading from the heading slot', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner><span slot="heading">Slotted heading</span>Body</notice-banner>`,
      );
      const slot = part(el, 'heading')!.querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Slotted heading');
      await expect(el).to.be.accessible();
    });

    it('follows a heading slot added or removed after it rendered', async () => {
      const el = await fixture<NoticeBanner>(html`<notice-banner>Body</notice-banner>`);
      expect(part(el, 'heading')).to.equal(null);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Important');
      const heading = Object.assign(document.createElement('span'), { slot: 'heading' });
      heading.textContent = 'Added later';
      el.append(heading);
      await waitUntil(() => part(el, 'heading') !== null, 'the heading slot was not rendered');
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
      heading.remove();
      await waitUntil(() => part(el, 'heading') === null, 'the empty heading stayed');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Important');
    });

    it('gives each severity its own label and icon', async () => {
      const seen = new Set<string>();
      for (const severity of BANNER_SEVERITIES) {
        const el = await fixture<NoticeBanner>(
          html`<notice-banner severity=${severity} heading="Incident">Body</notice-banner>`,
        );
        seen.add(`${part(el, 'label')!.textContent}|${part(el, 'icon')!.innerHTML}`);
        seen.add(getComputedStyle(part(el, 'base')!).borderInlineStartColor);
      }
      expect(seen.size).to.equal(6);
    });

    it('links to the full notice with the given or the default text', async () => {
      const el = await banner();
      expect(part(el, 'link')!.getAttribute('href')).to.equal('/notice');
      expect(part(el, 'link')!.textContent).to.equal('Read the full notice');
      el.linkText = 'What happened and what to do';
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('What happened and what to do');
    });

    it('renders the helpline as a tel: link', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" phone="+1 (800) 555-0142">Body</notice-banner>`,
      );
      const phone = part(el, 'phone')!;
      expect(phone.getAttribute('href')).to.equal('tel:+18005550142');
      expect(phone.textContent).to.equal('+1 (800) 555-0142');
      expect(phone.parentElement!.textContent).to.contain('Toll-free helpline:');
    });

    it('shows the posted and updated dates in the page language', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" posted="2026-11-20" updated="2026-11-25"
          >Body</notice-banner
        >`,
      );
      const times = part(el, 'meta')!.querySelectorAll('time');
      expect(times[0].getAttribute('datetime')).to.equal('2026-11-20');
      expect(times[0].textContent).to.equal('November 20, 2026');
      expect(times[1].textContent).to.equal('November 25, 2026');
      expect(part(el, 'meta')!.textContent!.replace(/\s+/g, ' ')).to.contain('Posted November 20');
    });

    it('reflects severity, notice-id and dismissible', async () => {
      const el = await banner();
      el.severity = 'critical';
      el.noticeId = 'other';
      el.dismissible = false;
      await el.updateComplete;
      expect(el.getAttribute('severity')).to.equal('critical');
      expect(el.getAttribute('notice-id')).to.equal('other');
      expect(el.hasAttribute('dismissible')).to.equal(false);
      expect(part(el, 'dismiss-button')).to.equal(null);
    });
  });

  describe('posting window', () => {
    const windowed = () =>
      fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" posted="2026-11-20" expires="2027-02-18"
          >Body</notice-banner
        >`,
      );

    it('shows nothing before the posted day', async () => {
      clock = sinon.useFakeTimers({ now: new Date(2026, 10, 19, 23, 59), toFake: ['Date'] });
      const el = await windowed();
      expect(isShown(el)).to.equal(false);
      expect(el.matches(':state(scheduled)')).to.equal(true);
    });

    it('shows from the start of the posted day to the end of the expires day', async () => {
      clock = sinon.useFakeTimers({ now: new Date(2026, 10, 20, 0, 0), toFake: ['Date'] });
      const first = await windowed();
      expect(isShown(first)).to.equal(true);
      clock.setSystemTime(new Date(2027, 1, 18, 23, 59));
      const last = await windowed();
      expect(isShown(last)).to.equal(true);
    });

    it('shows nothing after the expires day', async () => {
      clock = sinon.useFakeTimers({ now: new Date(2027, 1, 19, 0, 0), toFake: ['Date'] });
      const el = await windowed();
      expect(isShown(el)).to.equal(false);
      expect(el.matches(':state(expired)')).to.equal(true);
    });

    it('appears at midnight on the posted day on a page left open', async () => {
      clock = sinon.useFakeTimers({
        now: new Date(2026, 10, 19, 23, 59),
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      });
      const el = await windowed();
      expect(isShown(el)).to.equal(false);
      clock.tick(61_000);
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
    });

    it('still appears at midnight after the page moves it (disconnected, then connected)', async () => {
      clock = sinon.useFakeTimers({
        now: new Date(2026, 10, 19, 23, 59),
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      });
      const el = await windowed();
      const home = el.parentElement!;
      el.remove(); // a framework re-rendering the page, a CMS moving the block
      home.append(el);
      clock.tick(61_000);
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
    });

    it('warns when the window is shorter than the 90 days HIPAA asks for', async () => {
      await fixture(html`<notice-banner posted="2026-11-20" expires="2026-12-20"></notice-banner>`);
      expect(warnings.calledOnce).to.equal(true);
      const message = String(warnings.firstCall.args[0]);
      expect(message).to.contain('30 days');
      expect(message).to.contain('164.404(d)(2)');
      expect(message).to.contain('expires="2027-02-18"');
    });

    it('does not warn for a window of 90 days', async () => {
      await fixture(html`<notice-banner posted="2026-11-20" expires="2027-02-18"></notice-banner>`);
      expect(warnings.called).to.equal(false);
    });

    it('names a date it cannot read and ignores it', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" posted="20/11/2026">Body</notice-banner>`,
      );
      expect(isShown(el)).to.equal(true);
      expect(String(warnings.firstCall.args[0])).to.contain('posted="20/11/2026"');
      expect(String(warnings.firstCall.args[0])).to.contain('YYYY-MM-DD');
    });

    it('warns when expires comes before posted', async () => {
      await fixture(html`<notice-banner posted="2026-11-20" expires="2026-11-01"></notice-banner>`);
      expect(String(warnings.firstCall.args[0])).to.contain('never shows');
    });
  });

  describe('events', () => {
    it('keeps the dismissals of two notices apart even when their ids hold ":"', async () => {
      const first = await fixture<NoticeBanner>(
        html`<notice-banner notice-id="clinic:1" revision="2" heading="A" dismissible
          >Body</notice-banner
        >`,
      );
      part(first, 'dismiss-button')!.click();
      await first.updateComplete;
      expect(isShown(first)).to.equal(false);
      const second = await fixture<NoticeBanner>(
        html`<notice-banner notice-id="clinic" revision="1:2" heading="B" dismissible
          >Body</notice-banner
        >`,
      );
      expect(isShown(second)).to.equal(true);
    });

    it('fires notice-dismiss, hides and remembers the dismissal', async () => {
      const el = await banner();
      setTimeout(() => part(el, 'dismiss-button')!.click());
      const event = (await oneEvent(el, 'notice-dismiss')) as Event as NoticeDismissEvent;
      expect(event).to.be.instanceOf(NoticeDismissEvent);
      expect(event.noticeId).to.equal('2026-11-vendor');
      expect(event.revision).to.equal('1');
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      expect(el.matches(':state(dismissed)')).to.equal(true);
      expect(Number.isNaN(Date.parse(localStorage.getItem(KEY)!))).to.equal(false);

      const again = await banner();
      expect(isShown(again)).to.equal(false);
    });

    it('shows again when the notice is revised', async () => {
      localStorage.setItem(KEY, new Date().toISOString());
      const el = await banner();
      expect(isShown(el)).to.equal(false);
      el.revision = '2';
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
    });

    it('stays and remembers nothing when the event is cancelled', async () => {
      const el = await banner();
      el.addEventListener('notice-dismiss', (event) => event.preventDefault());
      part(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('hides without remembering when it has no notice-id', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" dismissible>Body</notice-banner>`,
      );
      part(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      expect(localStorage.length).to.equal(0);
    });

    it('hides when another tab dismisses the same notice', async () => {
      const el = await banner();
      localStorage.setItem(KEY, new Date().toISOString());
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
    });

    it('types the event for addEventListener', async () => {
      const el = await banner();
      let revision = '';
      // Compiles only while GlobalEventHandlersEventMap maps the name to NoticeDismissEvent.
      el.addEventListener('notice-dismiss', (event) => {
        const typed: NoticeDismissEvent = event;
        revision = typed.revision;
      });
      part(el, 'dismiss-button')!.click();
      expect(revision).to.equal('1');
    });
  });

  describe('keyboard', () => {
    async function page() {
      return fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <notice-banner notice-id="2026-11-vendor" heading="Incident" href="/notice" dismissible
            >Body</notice-banner
          >
          <a id="after" href="#after">After</a>
        </div>`,
      );
    }

    for (const key of ['Enter', ' ']) {
      it(`dismisses with ${key === ' ' ? 'Space' : key} and moves focus past the banner`, async () => {
        const wrapper = await page();
        const el = wrapper.querySelector('notice-banner')!;
        await el.updateComplete;
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement === part(el, 'link')).to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement === part(el, 'dismiss-button')).to.equal(true);
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(isShown(el)).to.equal(false);
        expect(document.activeElement === wrapper.querySelector('#after')).to.equal(true);
      });
    }

    it('moves focus to the main landmark when nothing focusable follows', async () => {
      const main = await fixture<HTMLElement>(
        html`<main>
          <notice-banner heading="Incident" dismissible>Body</notice-banner>
          <p>Text only.</p>
        </main>`,
      );
      const el = main.querySelector('notice-banner')!;
      await el.updateComplete;
      part(el, 'dismiss-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(document.activeElement === main).to.equal(true);
    });
  });

  describe('layout and media', () => {
    afterEach(async () => {
      if (engine !== 'chromium') return;
      await emulateMedia({
        forcedColors: 'none',
        colorScheme: 'light',
        reducedMotion: 'no-preference',
      });
      await setViewport({ width: 800, height: 600 });
    });

    it('keeps its rows their own height when the page reserves more than it needs', async () => {
      // A page that reserved the banner's height before the script ran, generously: the extra
      // room goes below the content, not into a gap under the icon or between the lines.
      const natural = await banner();
      const reserved = await fixture<NoticeBanner>(
        html`<notice-banner
          style="--notice-banner-min-block-size: 40rem; inline-size: 24rem"
          notice-id="2026-11-vendor-b"
          heading="Data security incident"
          href="/notice"
          phone="1-800-555-0142"
          dismissible
          >We are writing to tell you about an incident at one of our technology
          vendors.</notice-banner
        >`,
      );
      natural.style.inlineSize = '24rem';
      await natural.updateComplete;
      const rows = (el: NoticeBanner) =>
        ['icon', 'content'].map((name) =>
          Math.round(part(el, name)!.getBoundingClientRect().height),
        );
      expect(part(reserved, 'base')!.getBoundingClientRect().height).to.be.above(600);
      expect(rows(reserved)).to.deep.equal(rows(natural));
      const top = (el: NoticeBanner, name: string) =>
        part(el, name)!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      expect(top(reserved, 'content')).to.be.closeTo(top(natural, 'content'), 0.5);
    });

    it('puts its thick edge on the right under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl">
          <notice-banner heading="Incident">Body</notice-banner>
        </div>`,
      );
      const base = part(wrapper.querySelector('notice-banner')!, 'base')!;
      expect(getComputedStyle(base).borderRightWidth).to.equal('8px');
      expect(getComputedStyle(base).borderLeftWidth).to.equal('1px');
    });

    itWithDevTools(
      'reflows to one column on a 320 px screen without horizontal scrolling',
      async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await banner();
        const content = part(el, 'content')!;
        expect(content.getBoundingClientRect().top).to.be.greaterThan(
          part(el, 'icon')!.getBoundingClientRect().bottom - 1,
        );
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      },
    );

    itWithDevTools('uses system colours in forced-colours mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await banner();
      const canvasText = systemColor('CanvasText');
      expect(getComputedStyle(part(el, 'base')!).borderTopColor).to.equal(canvasText);
      expect(getComputedStyle(part(el, 'label')!).color).to.equal(canvasText);
    });

    it('follows a dark colour scheme declared by the page', async () => {
      const light = await banner();
      const lightBackground = getComputedStyle(part(light, 'base')!).backgroundColor;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark">
          <notice-banner heading="Incident">Body</notice-banner>
        </div>`,
      );
      const dark = part(wrapper.querySelector('notice-banner')!, 'base')!;
      expect(getComputedStyle(dark).backgroundColor).not.to.equal(lightBackground);
      await expect(wrapper).to.be.accessible();
    });

    itWithDevTools('drops its transition when the patient asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await banner();
      expect(getComputedStyle(part(el, 'dismiss-button')!).transitionDuration).to.equal('0s');
    });
  });

  describe('languages', () => {
    it('reads a CMS-style lang="es_MX" or a malformed tag instead of failing to render', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es_MX">
            <notice-banner heading="Incidente" posted="2026-11-20" phone="1-800-555-0142"
              >Texto</notice-banner
            >
          </div>
          <div lang="not a language!">
            <notice-banner heading="Incident" posted="2026-11-20">Text</notice-banner>
          </div>`,
      );
      const [spanish, broken] = wrapper.parentElement!.querySelectorAll('notice-banner');
      await spanish.updateComplete;
      await broken.updateComplete;
      expect(part(spanish, 'meta')!.textContent).to.contain('20 de noviembre de 2026');
      expect(part(broken, 'meta')!.textContent).to.contain('November 20, 2026');
    });

    it('uses Spanish words and dates inside lang="es"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es-MX">
          <notice-banner
            heading="Incidente"
            href="/aviso"
            phone="1-800-555-0142"
            posted="2026-11-20"
            dismissible
            >Texto</notice-banner
          >
        </div>`,
      );
      const el = wrapper.querySelector('notice-banner')!;
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Importante');
      expect(part(el, 'link')!.textContent).to.equal('Lea el aviso completo');
      expect(part(el, 'phone')!.parentElement!.textContent).to.contain('Línea gratuita:');
      expect(part(el, 'dismiss-button')!.textContent!.trim()).to.equal('Cerrar este aviso');
      expect(part(el, 'meta')!.textContent).to.contain('Publicado');
      expect(part(el, 'meta')!.querySelector('time')!.textContent).to.equal(
        '20 de noviembre de 2026',
      );
    });

    it('follows a change of the page language', async () => {
      const el = await banner();
      expect(part(el, 'label')!.textContent).to.equal('Important');
      document.documentElement.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Importante');
    });
  });

  describe('failure cases', () => {
    it('shows when reading storage throws', async () => {
      localStorage.setItem(KEY, new Date().toISOString());
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      const el = await banner();
      expect(isShown(el)).to.equal(true);
    });

    it('shows when localStorage itself cannot be reached', async () => {
      sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const el = await banner();
      expect(isShown(el)).to.equal(true);
      part(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
    });

    it('still hides when writing storage throws QuotaExceededError', async () => {
      sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('full', 'QuotaExceededError'));
      const el = await banner();
      part(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
    });

    for (const garbage of ['true', '{"dismissed":1}', '', 'null', '2026-13-45Tnonsense']) {
      it(`shows when storage holds ${JSON.stringify(garbage)}`, async () => {
        localStorage.setItem(KEY, garbage);
        const el = await banner();
        expect(isShown(el)).to.equal(true);
        expect(localStorage.getItem(KEY)).to.equal(garbage);
      });
    }

    it('refuses a javascript: link and says why', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" href="javascript:alert(1)">Body</notice-banner>`,
      );
      expect(part(el, 'link')).to.equal(null);
      expect(String(warnings.firstCall.args[0])).to.contain('href="javascript:alert(1)"');
    });

    it('falls back to a warning and an h2 for values it does not know', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner heading="Incident" severity="severe" heading-level="9"
          >Body</notice-banner
        >`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Important');
      expect(part(el, 'heading')!.localName).to.equal('h2');
      // The custom state says what the banner shows: a warning.
      expect(el.matches(':state(warning)')).to.equal(true);
      const messages = warnings.getCalls().map((call) => String(call.args[0]));
      expect(messages.some((m) => m.includes('severity="severe"'))).to.equal(true);
      expect(messages.some((m) => m.includes('heading-level="9"'))).to.equal(true);
    });

    it('survives the module being loaded a second time', async () => {
      const first = customElements.get('notice-banner');
      await import(/* @vite-ignore */ `../src/index.ts?second-copy=${Date.now()}`);
      expect(customElements.get('notice-banner') === first).to.equal(true);
      const el = await banner();
      expect(isShown(el)).to.equal(true);
    });
  });
});
