/**
 * `<saar-application-form>` in every state a designer must see: each step of a form that holds
 * every field type, errors, the check page, the confirmation, a resumed draft, offline, the login
 * gate. Fictitious citizens and a fake portal; nothing reaches the network.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/application-form/define.js';
import type { SaarApplicationForm } from '../src/application-form/saar-application-form.js';
import type { Draft } from '../src/api/schemas/draft.js';
import { FormDefinitionSchema } from '../src/api/schemas/form.js';
import type { SaarPortalProvider } from '../src/shared/saar-portal-provider.js';
import dogTaxForm from '../server/seed/forms/hundesteuer-anmeldung.json';
import {
  securedService,
  servicesWithForms,
  testForm,
  testService,
  VALID_ANSWERS,
} from '../test/fixtures/form-data.js';
import { saarlouis } from '../test/fixtures/finder-data.js';
import type { PortalScenario } from './fixtures/portal.js';
import { ERIKA } from './fixtures/session.js';

interface FormArgs {
  lang: '' | 'de' | 'en' | 'fr' | 'de-x-ls';
  service: string;
  municipality: string;
  resume: string;
  trackerUrl: string;
}

/** A draft saved yesterday: step 2 of the test form, about the citizen filled in. */
const SAVED_DRAFT: Draft = {
  serviceId: testService.id,
  ars: saarlouis.ars,
  answers: {
    F10990001: 'Erika',
    F10990002: 'Mustermann',
    F10990003: '1964-08-12',
    F10990006: '66740',
    F10990007: 'Saarlouis',
  },
  stepId: 'S2',
  resumeToken: 'story-resume-token-0000000000000000001',
  createdAt: '2026-11-30T09:12:00.000Z',
  updatedAt: '2026-11-30T09:20:00.000Z',
  expiresAt: '2026-12-30T09:20:00.000Z',
};

/** The seeded dog-tax form: a real definition with texts in all four languages. */
const DOG_TAX_SERVICE = 'hundesteuer-anmeldung';

/**
 * The portal for these stories: the test forms (every field type) and the seeded dog-tax form,
 * with their services.
 */
function formScenario(extra: PortalScenario = {}): PortalScenario {
  return {
    ...extra,
    data: {
      services: servicesWithForms,
      forms: {
        [testService.id]: testForm(),
        [securedService.id]: testForm(securedService.id),
        [DOG_TAX_SERVICE]: FormDefinitionSchema.parse(dogTaxForm),
      },
      ...extra.data,
    },
  };
}

function render(args: FormArgs): TemplateResult {
  return html`<saar-application-form
    lang=${ifDefined(args.lang || undefined)}
    service=${args.service}
    municipality=${ifDefined(args.municipality || undefined)}
    resume=${ifDefined(args.resume || undefined)}
    tracker-url=${ifDefined(args.trackerUrl || undefined)}
  ></saar-application-form>`;
}

// —— Driving the form in `play` (as a citizen would, through its controls) ——

/** The form in the canvas once it shows `selector` (a step, the gate, the town question …). */
async function formShowing(canvas: HTMLElement, selector: string): Promise<SaarApplicationForm> {
  const form = canvas.querySelector('saar-application-form')!;
  for (let i = 0; i < 200 && !form.shadowRoot?.querySelector(selector); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return form;
}

function control<T extends HTMLElement>(form: SaarApplicationForm, selector: string): T {
  const found = form.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`story: no ${selector}`);
  return found;
}

async function type(form: SaarApplicationForm, id: string, value: string): Promise<void> {
  const input = control<HTMLInputElement>(form, `#f-${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

async function pick(form: SaarApplicationForm, id: string, value: string): Promise<void> {
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>(`select#f-${id}`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    control<HTMLInputElement>(form, `#f-${id} input[value="${value}"]`).click();
  }
  await form.updateComplete;
}

async function proceed(form: SaarApplicationForm, nextSelector = '#step-heading'): Promise<void> {
  control(form, '#continue').click();
  await form.updateComplete;
  await formShowing(form.parentElement!, nextSelector);
}

/** Fills the steps up to (not including) step `upTo` (1-based) with valid answers. */
async function fillUpTo(form: SaarApplicationForm, upTo: number): Promise<void> {
  const steps: Array<() => Promise<void>> = [
    async () => {
      await type(form, 'F10990001', String(VALID_ANSWERS.F10990001));
      await type(form, 'F10990002', String(VALID_ANSWERS.F10990002));
      await type(form, 'F10990003-day', '12');
      await type(form, 'F10990003-month', '8');
      await type(form, 'F10990003-year', '1964');
      await type(form, 'F10990006', '66740');
      await type(form, 'F10990007', 'Saarlouis');
    },
    async () => {
      await type(form, 'G10990002-0-F10990010', 'Rex');
      await pick(form, 'G10990002-0-F10990011', 'mischling');
    },
    async () => {
      await pick(form, 'F10990020', 'vormittag');
      await pick(form, 'F10990021', 'false');
      await type(form, 'F10990022', 'Hinter dem Haus, Zufahrt über den Hof.');
      await type(form, 'F10990025', '3');
    },
    async () => {
      await type(form, 'F10990031', 'DE02 1203 0000 0000 2020 51');
    },
  ];
  for (const fill of steps.slice(0, upTo - 1)) {
    await fill();
    await proceed(form, upTo > 4 ? '#submit, #step-heading' : '#step-heading');
  }
}

const meta: Meta<FormArgs> = {
  title: 'Widgets/Application form',
  component: 'saar-application-form',
  args: {
    lang: '',
    service: testService.id,
    municipality: saarlouis.ars,
    resume: '',
    trackerUrl: '/status.html?reference={reference}',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'de', 'en', 'fr', 'de-x-ls'] },
  },
  parameters: { portal: formScenario() },
  render: (args) => render(args),
  beforeEach: () => {
    // Each story starts without the tab's copy another story left.
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

/** Step 1: text, a date in three boxes, optional e-mail and phone, a postcode with its place. */
export const Step1AboutYou: Story = {};

/** Step 2: a repeatable group (up to three dogs) with a long code list as a select. */
export const Step2RepeatableGroup: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 2);
    control(form, '#f-G10990002-add').click();
  },
};

/** A condition met: the listed breed asks for a proof (file upload with type and size limits). */
export const FileUploadShownByCondition: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 2);
    await pick(form, 'G10990002-0-F10990011', 'gelistet');
  },
};

/** Step 3: radios, yes/no, checkboxes, long text shown by a condition, time, date and time, whole numbers. */
export const Step3ChoicesAndTimes: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 3);
    await pick(form, 'F10990021', 'false');
  },
};

/** Step 4: a fixed fee, an IBAN with its check digits, an amount with a decimal comma. */
export const Step4Payment: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 4);
  },
};

/** "Continue" with gaps: the error summary takes focus and links to each field. */
export const ErrorsOnContinue: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await type(form, 'F10990003-day', '31');
    await type(form, 'F10990003-month', '2');
    await type(form, 'F10990003-year', '1990');
    await type(form, 'F10990006', '667');
    control(form, '#continue').click();
  },
};

/** A wrong IBAN, explained on leaving the field. */
export const IbanTypo: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 4);
    await type(form, 'F10990031', 'DE02 1203 0000 0000 2020 52');
  },
};

/** Check your answers: every answer with a change link. */
export const CheckYourAnswers: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 5);
  },
};

/** Sent: reference number, access code, what happens next, the way to the status tracker. */
export const Confirmation: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 5);
    control(form, '#submit').click();
  },
};

/** Offline at sending: a clear state; it is sent, with the same key, once the connection is back. */
export const OfflineWhileSending: Story = {
  parameters: { portal: formScenario({ faults: { applications: { kind: 'network' } } }) },
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await fillUpTo(form, 5);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    control(form, '#submit').click();
    await formShowing(canvasElement, '#submission-state');
    // The own property hid the prototype's getter; without it the real state shows again.
    Reflect.deleteProperty(navigator, 'onLine');
  },
};

/** The portal fails while sending: the answers stay, "try again" sends the same application. */
export const SendingFailed: Story = {
  parameters: {
    portal: formScenario({ faults: { applications: { kind: 'status', status: 503 } } }),
  },
  play: Confirmation.play!,
};

/** "Continue later": the draft is saved at the portal, with a link to continue. */
export const SavedForLater: Story = {
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    await type(form, 'F10990001', 'Erika');
    control(form, '.save-later').click();
  },
};

/** "Continue later" while the portal saves no drafts: no link, the reason next to the button. */
export const SaveForLaterFailed: Story = {
  parameters: { portal: formScenario({ faults: { drafts: { kind: 'status', status: 503 } } }) },
  play: SavedForLater.play!,
};

/** Opened from a "continue later" link: the draft's answers and step are back. */
export const ResumedDraft: Story = {
  args: { resume: SAVED_DRAFT.resumeToken },
  parameters: { portal: formScenario({ data: { drafts: [SAVED_DRAFT] } }) },
};

/** A "continue later" link whose draft is gone (expired, or sent): said, and a fresh form. */
export const ResumeLinkGone: Story = {
  args: { resume: 'resume-token-that-opens-nothing-0000001' },
};

/** A "continue later" link while the portal does not answer: the reason, and "try again". */
export const ResumeLinkUnreachable: Story = {
  args: { resume: SAVED_DRAFT.resumeToken },
  parameters: {
    portal: formScenario({
      data: { drafts: [SAVED_DRAFT] },
      faults: { drafts: { kind: 'status', status: 503 } },
    }),
  },
};

/** A logged-in citizen who saved this form before is offered to continue there. */
export const EarlierDraftOffered: Story = {
  parameters: {
    session: ERIKA,
    portal: formScenario({ data: { drafts: [SAVED_DRAFT] } }),
  },
};

/** Prefilled from the citizen account (with the citizen's consent), read-only and marked. */
export const PrefilledFromAccount: Story = {
  parameters: { session: ERIKA },
  play: async ({ canvasElement }) => {
    const form = await formShowing(canvasElement, '#step-heading');
    // The consent the login button asks for once per session.
    const provider = form.closest<SaarPortalProvider>('saar-portal-provider')!;
    provider.session!.setPrefillConsent(['given_name', 'family_name', 'birthdate', 'address']);
  },
};

/** A real form: the seeded dog tax of Saarland's towns, with its own texts and help. */
export const RealFormDogTax: Story = {
  args: { service: DOG_TAX_SERVICE },
  parameters: { session: ERIKA },
};

/** A service that needs the online ID: the login comes first, and nothing typed is lost. */
export const LoginFirst: Story = { args: { service: securedService.id } };

/** No town preset: the citizen chooses it first. */
export const ChooseTownFirst: Story = { args: { municipality: '' } };

/** While the form definition loads. */
export const Loading: Story = {
  parameters: { portal: formScenario({ faults: { '': { kind: 'hang' } }, timeoutMs: 3_600_000 }) },
};

/** The form definition cannot be loaded: what happened, and "try again". */
export const LoadFailed: Story = {
  parameters: { portal: formScenario({ faults: { forms: { kind: 'network' } } }) },
};

/** The portal answers with data that breaks the contract. */
export const InvalidData: Story = {
  parameters: { portal: formScenario({ faults: { forms: { kind: 'invalid' } } }) },
};

/** A service without an online form. */
export const NoOnlineForm: Story = { args: { service: 'gibt-es-nicht' } };

/** English: the real form's texts and the widget's. */
export const English: Story = {
  args: { lang: 'en', service: DOG_TAX_SERVICE },
  parameters: { session: ERIKA },
};

/** French. */
export const French: Story = {
  args: { lang: 'fr', service: DOG_TAX_SERVICE },
  parameters: { session: ERIKA },
};

/** Leichte Sprache. */
export const LeichteSprache: Story = {
  args: { lang: 'de-x-ls', service: DOG_TAX_SERVICE },
  parameters: { session: ERIKA },
};

/** Leichte Sprache: the error summary and messages. */
export const LeichteSpracheErrors: Story = {
  args: { lang: 'de-x-ls' },
  play: ErrorsOnContinue.play!,
};

/** A form whose texts exist only in German and English: German, marked lang="de", on a French page. */
export const GermanFallbackInFrench: Story = { args: { lang: 'fr' } };

/** Branded by a town. */
export const MunicipalTheme: Story = { globals: { theme: 'brand' } };

/** Dark colour scheme. */
export const Dark: Story = { globals: { theme: 'dark' } };
