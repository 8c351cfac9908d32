/**
 * A whole application with the keyboard alone: Tab to each control, type, Space for a choice,
 * Enter to continue and to send. Real key presses through the browser (web-test-runner's
 * sendKeys), so a control that the keyboard cannot reach or operate fails the test.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaarApplicationForm } from '../../src/application-form/saar-application-form.js';
import { $, id, mountForm, ready, until } from './form-harness.js';

afterEach(() => sessionStorage.clear());

/** The focused element inside the form. */
function focused(form: SaarApplicationForm): Element | null {
  return form.shadowRoot!.activeElement;
}

/** Presses Tab until the control matching `selector` has focus (it must come within 40 presses). */
async function tabTo(form: SaarApplicationForm, selector: string): Promise<void> {
  const target = $(form, selector);
  if (!target) throw new Error(`no control ${selector}`);
  for (let presses = 0; presses < 40; presses += 1) {
    if (focused(form) === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to `selector` and types `text`. */
async function typeInto(form: SaarApplicationForm, selector: string, text: string): Promise<void> {
  await tabTo(form, selector);
  await sendKeys({ type: text });
}

/** Tabs to the step's main button and presses Enter; waits for the next step's heading. */
async function continueWith(form: SaarApplicationForm, nextHeading: string): Promise<void> {
  await tabTo(form, '#continue');
  await sendKeys({ press: 'Enter' });
  await until(
    () => $(form, '#step-heading')?.textContent?.includes(nextHeading),
    `no step “${nextHeading}”`,
  );
}

describe('<saar-application-form> with the keyboard alone', () => {
  it('is filled, checked and sent without a pointer', async function () {
    this.timeout(60_000); // About a hundred real key presses, each a round trip to the browser.
    const { form, portal } = await mountForm();
    await ready(form);
    // Focus enters the widget from the page, as from the host page's previous link.
    const before = document.createElement('button');
    before.textContent = 'Seite';
    form.before(before);
    before.focus();

    await typeInto(form, id('F10990001'), 'Erika');
    await typeInto(form, id('F10990002'), 'Mustermann');
    await typeInto(form, `${id('F10990003')}-day`, '12');
    await typeInto(form, `${id('F10990003')}-month`, '8');
    await typeInto(form, `${id('F10990003')}-year`, '1964');
    await typeInto(form, id('F10990006'), '66740');
    await tabTo(form, id('F10990007'));
    if ($<HTMLInputElement>(form, id('F10990007'))!.value === '')
      await sendKeys({ type: 'Saarlouis' });
    await continueWith(form, 'Ihre Hunde');
    // The step's heading has focus: Tab goes on from there into the step.
    expect(focused(form)).to.equal($(form, '#step-heading'));

    await typeInto(form, id('G10990002', 0, 'F10990010'), 'Rex');
    await tabTo(form, `select${id('G10990002', 0, 'F10990011')}`);
    await sendKeys({ type: 'Mi' });
    expect($<HTMLSelectElement>(form, `select${id('G10990002', 0, 'F10990011')}`)!.value).to.equal(
      'mischling',
    );
    await continueWith(form, 'Abholung');

    // Radios: Tab enters the group on its first option, Space chooses it.
    await tabTo(form, `${id('F10990020')}-0`);
    await sendKeys({ type: ' ' });
    await tabTo(form, `${id('F10990021')}-0`);
    await sendKeys({ type: ' ' });
    await typeInto(form, id('F10990025'), '3');
    await continueWith(form, 'Zahlung');

    await typeInto(form, id('F10990031'), 'DE02 1203 0000 0000 2020 51');
    await tabTo(form, '#continue');
    await sendKeys({ press: 'Enter' });
    await until(() => $(form, '#submit'), 'no check page');
    expect($(form, '.summary-list')!.textContent).to.contain('Erika');

    await tabTo(form, '#submit');
    await sendKeys({ press: 'Enter' });
    await until(() => $(form, '.confirmation'), 'no confirmation');
    expect(portal.data.applications).to.have.length(1);
    before.remove();
  });

  it('shows the error summary on Enter with gaps, and its links lead to the fields', async () => {
    const { form } = await mountForm();
    await ready(form);
    form.focus();
    await tabTo(form, '#continue');
    await sendKeys({ press: 'Enter' });
    await until(() => focused(form) === $(form, '#error-summary'), 'summary not focused');
    await tabTo(form, '#error-summary a');
    await sendKeys({ press: 'Enter' });
    expect(focused(form)).to.equal($(form, id('F10990001')));
  });
});
