/** Mounting and driving `<saar-application-form>` in tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/application-form/define.js';
import type { SaarApplicationForm } from '../../src/application-form/saar-application-form.js';
import type { CitizenClaims } from '../../src/api/schemas/session.js';
import type { Draft } from '../../src/api/schemas/draft.js';
import type { FormAnswers } from '../../src/api/schemas/form.js';
import { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { createSessionStore, type SessionStore } from '../../src/shared/session.js';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { servicesWithForms, testForm, testService } from '../fixtures/form-data.js';

SaarPortalProvider.define('saar-portal-provider');

/** A fake portal that knows the test forms. */
export function formPortal(): FakePortal {
  return new FakePortal({
    services: servicesWithForms,
    forms: {
      [testService.id]: testForm(),
      'testantrag-gesichert': testForm('testantrag-gesichert'),
    },
  });
}

/** Attributes a test may set. */
export interface FormAttributes {
  service?: string;
  municipality?: string | null;
  lang?: string;
  trackerUrl?: string;
  apiBase?: string;
  resume?: string;
}

/** Mounts a form in a provider with `portal` and `session`. */
export async function mountForm(
  options: { portal?: FakePortal; session?: SessionStore; attributes?: FormAttributes } = {},
) {
  const portal = options.portal ?? formPortal();
  const session = options.session ?? createSessionStore();
  const a = options.attributes ?? {};
  const municipality = a.municipality === null ? '' : (a.municipality ?? saarlouis.ars);
  const wrapper = await fixture<SaarPortalProvider>(
    html`<saar-portal-provider .client=${a.apiBase ? undefined : portal.client} .session=${session}>
      <saar-application-form
        service=${a.service ?? testService.id}
        municipality=${municipality}
        lang=${a.lang ?? 'de'}
        tracker-url=${a.trackerUrl ?? '/status.html?reference={reference}'}
        api-base=${a.apiBase ?? ''}
        resume=${a.resume ?? ''}
      ></saar-application-form>
    </saar-portal-provider>`,
  );
  const form = wrapper.querySelector('saar-application-form')!;
  for (const name of ['municipality', 'api-base', 'resume']) {
    if (form.getAttribute(name) === '') form.removeAttribute(name);
  }
  await form.updateComplete;
  return { form, portal, session };
}

/** A session store with `claims` signed in, and the citizen's prefill consent. */
export function signedIn(claims: CitizenClaims, consent: string[] = []): SessionStore {
  const session = createSessionStore();
  session.signIn({ claims, getAccessToken: () => 'test-token' });
  session.setPrefillConsent(consent);
  return session;
}

/** The element in the form's shadow root matching `selector`. */
export function $<T extends Element = HTMLElement>(
  form: SaarApplicationForm,
  selector: string,
): T | null {
  return form.shadowRoot!.querySelector<T>(selector);
}

/** All elements in the form's shadow root matching `selector`. */
export function $$<T extends Element = HTMLElement>(
  form: SaarApplicationForm,
  selector: string,
): T[] {
  return [...form.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Polls `condition` on a timer until it holds (5 s). */
export async function until(condition: () => unknown, message: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the form shows a step (its heading). */
export async function ready(form: SaarApplicationForm): Promise<void> {
  await until(
    () => $(form, '#step-heading, #gate-heading, #town-heading'),
    'the form did not get ready',
  );
}

/** The id of the control for an answer path. */
export function id(...path: (string | number)[]): string {
  return `#f-${path.join('-')}`;
}

/** Types `value` into the control matching `selector`, then leaves it. */
export async function fill(
  form: SaarApplicationForm,
  selector: string,
  value: string,
): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(form, selector);
  if (!control) throw new Error(`no control ${selector}`);
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

/** Chooses the radio or select option `value` for the control with id `selector`. */
export async function choose(
  form: SaarApplicationForm,
  selector: string,
  value: string,
): Promise<void> {
  const select = $<HTMLSelectElement>(form, `select${selector}`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const radio = $$<HTMLInputElement>(form, `${selector} input[type="radio"]`).find(
      (candidate) => candidate.value === value,
    );
    if (!radio) throw new Error(`no option ${value} in ${selector}`);
    radio.click();
  }
  await form.updateComplete;
}

/** Clicks "Weiter" (or whatever the step's main button says). */
export async function proceed(form: SaarApplicationForm): Promise<void> {
  $(form, '#continue')!.click();
  await form.updateComplete;
  await form.updateComplete;
}

/** Fills step 1 with valid answers and continues. */
export async function fillStepOne(form: SaarApplicationForm): Promise<void> {
  await fill(form, id('F10990001'), 'Erika');
  await fill(form, id('F10990002'), 'Mustermann');
  await fill(form, `${id('F10990003')}-day`, '12');
  await fill(form, `${id('F10990003')}-month`, '8');
  await fill(form, `${id('F10990003')}-year`, '1964');
  await fill(form, id('F10990006'), '66740');
  await fill(form, id('F10990007'), 'Saarlouis');
  await proceed(form);
}

/** Fills step 2 (one dog, a mongrel) and continues. */
export async function fillStepTwo(form: SaarApplicationForm): Promise<void> {
  await fill(form, id('G10990002', 0, 'F10990010'), 'Rex');
  await choose(form, id('G10990002', 0, 'F10990011'), 'mischling');
  await proceed(form);
}

/** Fills step 3 and continues. */
export async function fillStepThree(form: SaarApplicationForm): Promise<void> {
  await choose(form, id('F10990020'), 'vormittag');
  await choose(form, id('F10990021'), 'true');
  await fill(form, id('F10990025'), '3');
  await proceed(form);
}

/** Fills step 4 and continues to the check page. */
export async function fillStepFour(form: SaarApplicationForm): Promise<void> {
  await fill(form, id('F10990031'), 'DE02 1203 0000 0000 2020 51');
  await proceed(form);
}

/** A draft the portal keeps for the test service, saved on 30 November. */
export function storedDraft(resumeToken: string, stepId: string, answers: FormAnswers): Draft {
  return {
    serviceId: testService.id,
    answers,
    stepId,
    resumeToken,
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    expiresAt: '2026-12-30T09:00:00.000Z',
  };
}
