import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { NoticeCheckEvent, NoticeCompleteEvent, NoticeResetEvent } from '../src/events.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import type { NoticeChecklistItem } from '../src/notice-checklist/notice-checklist-item.js';
import { firstLine, itWithDevTools, part, resetEmulation, systemColor } from './helpers.js';

const NOTICE = '2026-11-vendor';
const key = (id: string, notice = NOTICE) => `clinic-notice:checklist:${notice}:${id}`;

const box = (item: NoticeChecklistItem) => part(item, 'checkbox') as HTMLInputElement;
const progressText = (el: NoticeChecklist) => part(el, 'progress-text')?.textContent?.trim();
const status = (el: NoticeChecklist) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const startOver = (el: NoticeChecklist) => part(el, 'start-over') as HTMLButtonElement | null;

function itemsOf(el: NoticeChecklist): NoticeChecklistItem[] {
  return [...el.querySelectorAll('notice-checklist-item')];
}

async function settle(el: NoticeChecklist): Promise<void> {
  await el.updateComplete;
  await Promise.all(itemsOf(el).map((item) => item.updateComplete));
  await el.updateComplete;
}

async function checklist(noticeId: string | null = NOTICE): Promise<NoticeChecklist> {
  const el = await fixture<NoticeChecklist>(
    html`<notice-checklist notice-id=${noticeId ?? ''} heading="What you can do">
      <notice-checklist-item id="monitor-statements"
        >Monitor your bank and card statements
        <span slot="detail">Look for charges you don't recognise.</span></notice-checklist-item
      >
      <notice-checklist-item id="change-passwords" href="https://portal.example/password"
        >Change your patient-portal password</notice-checklist-item
      >
      <notice-checklist-item id="enable-2fa"
        >Turn on two-factor authentication</notice-checklist-item
      >
    </notice-checklist>`,
  );
  await settle(el);
  return el;
}

/** Ticks a step the way a patient does: a click on its checkbox. */
async function tick(el: NoticeChecklist, index: number): Promise<void> {
  box(itemsOf(el)[index]).click();
  await settle(el);
}

describe('<notice-checklist>', () => {
  let warnings: sinon.SinonStub;

  beforeEach(() => {
    localStorage.clear();
    warnings = sinon.stub(console, 'warn');
  });

  afterEach(() => {
    sinon.restore();
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  describe('accessible', () => {
    it('passes axe with nothing ticked', async () => {
      await expect(await checklist()).to.be.accessible();
    });

    it('passes axe partly done', async () => {
      const el = await checklist();
      await tick(el, 0);
      await expect(el).to.be.accessible();
    });

    it('passes axe in Spanish', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es">
          <notice-checklist notice-id="es" heading="Lo que puede hacer">
            <notice-checklist-item id="a">Revise sus estados de cuenta</notice-checklist-item>
            <notice-checklist-item id="b" checked>Cambie su contraseña</notice-checklist-item>
          </notice-checklist>
        </div>`,
      );
      await settle(wrapper.querySelector('notice-checklist')!);
      await expect(wrapper).to.be.accessible();
    });

    it('gives each step a real checkbox labelled by its title and described by its detail', async () => {
      const [first] = itemsOf(await checklist());
      const input = box(first);
      expect(input.localName).to.equal('input');
      expect(input.type).to.equal('checkbox');
      expect(input.labels![0].textContent).to.equal('');
      const label = input.labels![0].querySelector('slot')!;
      expect(
        label
          .assignedNodes()
          .map((node) => node.textContent)
          .join('')
          .trim(),
      ).to.equal('Monitor your bank and card statements');
      const detail = first.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(detail.querySelector('slot')!.assignedElements()[0].textContent).to.contain('charges');
      expect(input.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('names the group by its heading and labels the progress bar by its text', async () => {
      const el = await checklist();
      const group = part(el, 'base')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(
        el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.localName,
      ).to.equal('h2');
      const bar = part(el, 'progress') as HTMLProgressElement;
      expect(bar.localName).to.equal('progress');
      expect(bar.getAttribute('aria-labelledby')).to.equal(part(el, 'progress-text')!.id);
    });
  });

  describe('progress', () => {
    it('counts ticked steps in words and on the bar', async () => {
      const el = await checklist();
      expect(progressText(el)).to.equal('0 of 3 steps done');
      await tick(el, 0);
      await tick(el, 2);
      expect(progressText(el)).to.equal('2 of 3 steps done');
      const bar = part(el, 'progress') as HTMLProgressElement;
      expect([bar.value, bar.max]).to.deep.equal([2, 3]);
    });

    it('uses the singular for a one-step list, in English and Spanish', async () => {
      const el = await fixture<NoticeChecklist>(
        html`<notice-checklist notice-id="one"
          ><notice-checklist-item id="a">Call us</notice-checklist-item></notice-checklist
        >`,
      );
      await settle(el);
      expect(progressText(el)).to.equal('0 of 1 step done');
      el.lang = 'es';
      await settle(el);
      expect(progressText(el)).to.equal('0 de 1 paso completado');
    });

    it('uses Spanish plural words inside lang="es"', async () => {
      document.documentElement.lang = 'es-MX';
      const el = await checklist();
      await tick(el, 1);
      expect(progressText(el)).to.equal('1 de 3 pasos completados');
      expect(startOver(el)!.textContent!.trim()).to.equal('Empezar de nuevo');
    });

    it('announces nothing on load, even when ticks are restored', async () => {
      localStorage.setItem(key('enable-2fa'), '2026-11-21T10:00:00.000Z');
      const el = await checklist();
      expect(progressText(el)).to.equal('1 of 3 steps done');
      expect(status(el)).to.equal('');
    });

    it('announces the progress politely after a tick, and completion', async () => {
      const el = await checklist();
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(region.getAttribute('role')).to.equal('status'); // implicit aria-live="polite"
      await tick(el, 0);
      expect(status(el)).to.equal('1 of 3 steps done');
      await tick(el, 1);
      await tick(el, 2);
      expect(status(el)).to.equal('3 of 3 steps done All steps done.');
      await tick(el, 2);
      expect(status(el)).to.equal('2 of 3 steps done');
    });

    it('counts steps added or removed after load', async () => {
      const el = await checklist();
      await tick(el, 0);
      const added = document.createElement('notice-checklist-item');
      added.id = 'fraud-alert';
      added.textContent = 'Place a fraud alert';
      el.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(progressText(el)).to.equal('1 of 4 steps done');
      itemsOf(el)[0].remove();
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(progressText(el)).to.equal('0 of 3 steps done');
    });

    it('follows checked set by the page, without events or announcements', async () => {
      const el = await checklist();
      const listener = sinon.spy();
      el.addEventListener('notice-check', listener);
      itemsOf(el)[1].checked = true;
      await settle(el);
      expect(progressText(el)).to.equal('1 of 3 steps done');
      expect(box(itemsOf(el)[1]).checked).to.equal(true);
      expect(itemsOf(el)[1].hasAttribute('checked')).to.equal(true);
      expect(listener.called).to.equal(false);
      expect(status(el)).to.equal('');
      expect(localStorage.getItem(key('change-passwords'))).to.equal(null);
    });
  });

  describe('remembered on the device', () => {
    it('keeps ticks across a reload (a new element with the same notice-id)', async () => {
      const first = await checklist();
      await tick(first, 1);
      expect(localStorage.getItem(key('change-passwords'))).to.match(/^\d{4}-\d{2}-\d{2}T/);
      first.remove();
      const again = await checklist();
      expect(itemsOf(again).map((item) => item.checked)).to.deep.equal([false, true, false]);
      expect(box(itemsOf(again)[1]).checked).to.equal(true);
    });

    it('remembers an untick of a step the page marked checked', async () => {
      const make = () =>
        fixture<NoticeChecklist>(
          html`<notice-checklist notice-id=${NOTICE}
            ><notice-checklist-item id="a" checked>A</notice-checklist-item
            ><notice-checklist-item id="b">B</notice-checklist-item></notice-checklist
          >`,
        );
      const first = await make();
      await settle(first);
      await tick(first, 0);
      first.remove();
      const again = await make();
      await settle(again);
      expect(itemsOf(again)[0].checked).to.equal(false);
    });

    it('keeps separate notice-ids apart', async () => {
      const one = await checklist('notice-one');
      await tick(one, 0);
      const two = await checklist('notice-two');
      expect(itemsOf(two).some((item) => item.checked)).to.equal(false);
      expect(localStorage.getItem(key('monitor-statements', 'notice-one'))).not.to.equal(null);
      expect(localStorage.getItem(key('monitor-statements', 'notice-two'))).to.equal(null);
    });

    it('remembers nothing without a notice-id, and says so once', async () => {
      const el = await checklist(null);
      await tick(el, 0);
      expect(localStorage.length).to.equal(0);
      const messages = warnings.getCalls().map((call) => String(call.args[0]));
      expect(messages.filter((message) => message.includes('notice-id')).length).to.equal(1);
    });

    it('counts a step without an id but does not remember it, naming it in a warning', async () => {
      const el = await fixture<NoticeChecklist>(
        html`<notice-checklist notice-id=${NOTICE}
          ><notice-checklist-item id="a">A</notice-checklist-item
          ><notice-checklist-item>Place a security freeze</notice-checklist-item></notice-checklist
        >`,
      );
      await settle(el);
      expect(String(warnings.firstCall.args[0])).to.contain('"Place a security freeze" has no id');
      await tick(el, 1);
      expect(progressText(el)).to.equal('1 of 2 steps done');
      expect(localStorage.length).to.equal(0);
    });

    it('follows ticks made in another tab (storage event)', async () => {
      const el = await checklist();
      localStorage.setItem(key('enable-2fa'), new Date().toISOString());
      window.dispatchEvent(new StorageEvent('storage', { key: key('enable-2fa') }));
      await settle(el);
      expect(itemsOf(el)[2].checked).to.equal(true);
      localStorage.removeItem(key('enable-2fa'));
      window.dispatchEvent(new StorageEvent('storage', { key: key('enable-2fa') }));
      await settle(el);
      expect(itemsOf(el)[2].checked).to.equal(false);
    });
  });

  describe('Start over', () => {
    it('appears once a step is ticked and clears every remembered tick of the notice', async () => {
      const el = await checklist();
      expect(startOver(el)).to.equal(null);
      await tick(el, 0);
      await tick(el, 2);
      localStorage.setItem(key('removed-step'), new Date().toISOString()); // a step no longer on the page
      localStorage.setItem(key('a', 'other-notice'), new Date().toISOString());
      setTimeout(() => startOver(el)!.click());
      const event = await oneEvent(el, 'notice-reset');
      expect(event).to.be.instanceOf(NoticeResetEvent);
      await settle(el);
      expect(itemsOf(el).some((item) => item.checked)).to.equal(false);
      expect(progressText(el)).to.equal('0 of 3 steps done');
      expect(status(el)).to.equal('Your ticks were cleared. 0 of 3 steps done');
      expect(Object.keys(localStorage)).to.deep.equal([key('a', 'other-notice')]);
      // The button is gone; focus goes to the first step instead of the page's top.
      expect(itemsOf(el)[0].shadowRoot!.activeElement === box(itemsOf(el)[0])).to.equal(true);
    });

    it('keeps everything when notice-reset is cancelled', async () => {
      const el = await checklist();
      await tick(el, 0);
      el.addEventListener('notice-reset', (event) => event.preventDefault());
      startOver(el)!.click();
      await settle(el);
      expect(itemsOf(el)[0].checked).to.equal(true);
      expect(localStorage.getItem(key('monitor-statements'))).not.to.equal(null);
    });
  });

  describe('events', () => {
    it('fires notice-check with the step and the progress after the change', async () => {
      const el = await checklist();
      setTimeout(() => box(itemsOf(el)[1]).click());
      const event = (await oneEvent(el, 'notice-check')) as Event as NoticeCheckEvent;
      expect(event).to.be.instanceOf(NoticeCheckEvent);
      expect(event.target === itemsOf(el)[1]).to.equal(true);
      expect(event.detail).to.deep.equal({
        id: 'change-passwords',
        checked: true,
        done: 1,
        total: 3,
      });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires notice-complete once, when the last step is ticked', async () => {
      const el = await checklist();
      const complete = sinon.spy();
      el.addEventListener('notice-complete', complete);
      await tick(el, 0);
      await tick(el, 1);
      expect(complete.called).to.equal(false);
      await tick(el, 2);
      expect(complete.calledOnce).to.equal(true);
      const event = complete.firstCall.args[0] as NoticeCompleteEvent;
      expect(event).to.be.instanceOf(NoticeCompleteEvent);
      expect(event.detail.total).to.equal(3);
    });

    it('does not fire notice-complete for a list restored complete', async () => {
      for (const id of ['monitor-statements', 'change-passwords', 'enable-2fa']) {
        localStorage.setItem(key(id), '2026-11-21T10:00:00.000Z');
      }
      const complete = sinon.spy();
      document.addEventListener('notice-complete', complete);
      const el = await checklist();
      document.removeEventListener('notice-complete', complete);
      expect(progressText(el)).to.equal('3 of 3 steps done');
      expect(complete.called).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('reaches each checkbox and link with Tab and ticks with Space', async () => {
      const el = await checklist();
      const [first, second] = itemsOf(el);
      box(first).focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(first.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(second.shadowRoot!.activeElement === box(second)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(second.shadowRoot!.activeElement === part(second, 'link')).to.equal(true);
      await sendKeys({ press: ' ' }); // Space on a link does not tick the step
      expect(second.checked).to.equal(false);
    });

    it('shows a visible focus outline on the checkbox', async () => {
      const [first] = itemsOf(await checklist());
      box(first).focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(box(first)).outlineStyle).to.equal('solid');
    });
  });

  describe('storage faults', () => {
    it('keeps working when localStorage throws on access', async () => {
      const getter = sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const el = await checklist();
      await tick(el, 0);
      expect(progressText(el)).to.equal('1 of 3 steps done');
      await tick(el, 0);
      expect(progressText(el)).to.equal('0 of 3 steps done');
      getter.restore();
    });

    it('keeps working when the storage is full', async () => {
      sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('full', 'QuotaExceededError'));
      const el = await checklist();
      await tick(el, 0);
      expect(itemsOf(el)[0].checked).to.equal(true);
      expect(status(el)).to.equal('1 of 3 steps done');
    });

    it('ignores stored values it cannot read, and leaves them alone', async () => {
      localStorage.setItem(key('monitor-statements'), '{"garbage":');
      localStorage.setItem(key('change-passwords'), 'true');
      const el = await checklist();
      expect(itemsOf(el).some((item) => item.checked)).to.equal(false);
      expect(localStorage.getItem(key('monitor-statements'))).to.equal('{"garbage":');
      expect(localStorage.getItem(key('change-passwords'))).to.equal('true');
    });
  });

  describe('layout and media', () => {
    afterEach(() => resetEmulation(() => emulateMedia({ media: 'screen', forcedColors: 'none' })));

    it('lines "Start over" up with the checklist’s heading and progress', async () => {
      const el = await checklist();
      await tick(el, 0);
      const edge = firstLine(part(el, 'heading')!).left;
      expect(firstLine(part(el, 'progress-text')!).left - edge).to.be.within(-0.5, 0.5);
      expect(firstLine(startOver(el)!).left - edge, 'indent (px)').to.be.within(-0.5, 0.5);
    });

    it('lays the box out at the inline start under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl">
          <notice-checklist
            ><notice-checklist-item id="x">خطوة</notice-checklist-item></notice-checklist
          >
        </div>`,
      );
      const item = wrapper.querySelector('notice-checklist-item')!;
      await item.updateComplete;
      expect(box(item).getBoundingClientRect().left).to.be.greaterThan(
        part(item, 'label')!.getBoundingClientRect().left,
      );
    });

    itWithDevTools('prints the steps with their boxes and without the controls', async () => {
      const el = await checklist();
      await tick(el, 0);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(part(el, 'progress-line')!).display).to.equal('none');
      expect(getComputedStyle(startOver(el)!).display).to.equal('none');
      expect(box(itemsOf(el)[0]).getBoundingClientRect().height).to.be.greaterThan(0);
      const link = part(itemsOf(el)[1], 'link')!;
      expect(getComputedStyle(link, '::after').content).to.contain(
        'https://portal.example/password',
      );
    });

    itWithDevTools('uses system colours in forced-colours mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await checklist();
      await tick(el, 0);
      expect(getComputedStyle(startOver(el)!).color).to.equal(systemColor('ButtonText'));
      expect(getComputedStyle(part(itemsOf(el)[1], 'link')!).color).to.equal(
        systemColor('LinkText'),
      );
    });

    itWithDevTools('fills the progress bar in a system colour in forced-colours mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await checklist();
      await tick(el, 0);
      const bar = el.shadowRoot!.querySelector('progress')!;
      const style = getComputedStyle(bar);
      // The fill is painted in the bar's currentcolor (Chromium's getComputedStyle cannot read
      // ::-webkit-progress-value itself); without this the system repaints it as the background.
      expect(style.forcedColorAdjust).to.equal('none');
      expect(style.color).to.equal(systemColor('Highlight'));
      expect(style.backgroundColor).to.equal(systemColor('Canvas'));
      expect(style.borderTopColor).to.equal(systemColor('CanvasText'));
      expect(style.borderTopStyle).to.equal('solid');
    });
  });

  describe('links and phone numbers per step', () => {
    it('links a step to a safe URL and a tel: number, and refuses anything else', async () => {
      const el = await fixture<NoticeChecklist>(
        html`<notice-checklist>
          <notice-checklist-item id="a" href="https://portal.example/" link-text="Open the portal"
            >A</notice-checklist-item
          >
          <notice-checklist-item id="b" href="javascript:alert(1)" phone="1-800-555-0142"
            >B</notice-checklist-item
          >
        </notice-checklist>`,
      );
      await settle(el);
      const [a, b] = itemsOf(el);
      expect(part(a, 'link')!.textContent).to.equal('Open the portal');
      expect(part(b, 'link')).to.equal(null);
      expect(part(b, 'phone')!.getAttribute('href')).to.equal('tel:+18005550142');
      expect(part(b, 'phone')!.textContent).to.equal('1-800-555-0142');
      const messages = warnings.getCalls().map((call) => String(call.args[0]));
      expect(messages.some((message) => message.includes('href="javascript:alert(1)"'))).to.equal(
        true,
      );
    });
  });

  it('works as a lone step outside a list', async () => {
    const item = await fixture<NoticeChecklistItem>(
      html`<notice-checklist-item id="lone">Call us</notice-checklist-item>`,
    );
    setTimeout(() => box(item).click());
    const event = (await oneEvent(item, 'notice-check')) as Event as NoticeCheckEvent;
    expect(event.detail).to.deep.equal({ id: 'lone', checked: true, done: 1, total: 1 });
    await expect(item).to.be.accessible();
  });
});
