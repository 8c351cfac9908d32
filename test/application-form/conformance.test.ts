/** `<saar-application-form>` against the widget conformance suite (test/support/conformance.ts). */
import { fixture, html } from '@open-wc/testing';
import type { SaarApplicationForm } from '../../src/application-form/saar-application-form.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { securedService, testService } from '../fixtures/form-data.js';
import { describeConformance } from '../support/conformance.js';
import {
  $,
  choose,
  fillStepFour,
  fillStepOne,
  fillStepThree,
  fillStepTwo,
  formPortal,
  id,
  mountForm,
  proceed,
  ready,
  until,
} from './form-harness.js';

describeConformance<SaarApplicationForm>({
  tag: '<saar-application-form>',
  async mount({ lang, portal, apiBase }) {
    sessionStorage.clear();
    if (apiBase) {
      return fixture<SaarApplicationForm>(
        html`<saar-application-form
          lang=${lang}
          api-base=${apiBase}
          service=${testService.id}
          municipality=${saarlouis.ars}
        ></saar-application-form>`,
      );
    }
    return (await mountForm({ portal, attributes: { lang } })).form;
  },
  ready,
  portal: formPortal,
  states: [
    { name: 'errors with their summary', reach: (form) => proceed(form) },
    {
      name: 'a repeatable group with a condition and an upload field',
      async reach(form) {
        await fillStepOne(form);
        await choose(form, id('G10990002', 0, 'F10990011'), 'gelistet');
        $(form, id('G10990002', 'add'))!.click();
        await form.updateComplete;
      },
    },
    {
      name: 'yes/no, a long text, time and date-time',
      async reach(form) {
        await fillStepOne(form);
        await fillStepTwo(form);
        await choose(form, id('F10990021'), 'false');
      },
    },
    {
      name: 'the check page',
      async reach(form) {
        await fillStepOne(form);
        await fillStepTwo(form);
        await fillStepThree(form);
        await fillStepFour(form);
        await until(() => $(form, '#submit'), 'no check page');
      },
    },
    {
      name: 'the confirmation',
      async reach(form) {
        await fillStepOne(form);
        await fillStepTwo(form);
        await fillStepThree(form);
        await fillStepFour(form);
        await until(() => $(form, '#submit'), 'no check page');
        $(form, '#submit')!.click();
        await until(() => $(form, '.confirmation'), 'no confirmation');
      },
    },
    {
      name: 'the login a service needs',
      async reach(form) {
        form.service = securedService.id;
        await until(() => $(form, '#gate-heading'), 'no gate');
      },
    },
    {
      name: 'choosing the town',
      async reach(form) {
        form.removeAttribute('municipality');
        $(form, '.town-line button')?.click();
        await form.updateComplete;
      },
    },
  ],
  events: [
    { type: 'saar-step-change', trigger: fillStepOne },
    {
      type: 'saar-submit',
      async trigger(form) {
        await fillStepOne(form);
        await fillStepTwo(form);
        await fillStepThree(form);
        await fillStepFour(form);
        await until(() => $(form, '#submit'), 'no check page');
        form.addEventListener('saar-submit', (event) => event.preventDefault(), { once: true });
        $(form, '#submit')!.click();
      },
    },
    {
      type: 'saar-application-submitted',
      async trigger(form) {
        await fillStepOne(form);
        await fillStepTwo(form);
        await fillStepThree(form);
        await fillStepFour(form);
        await until(() => $(form, '#submit'), 'no check page');
        $(form, '#submit')!.click();
        await until(() => $(form, '.confirmation'), 'no confirmation');
      },
    },
  ],
});
