/**
 * `<saar-status-tracker>` in every status and state a designer must see: the lookup and its
 * errors, each of the seven statuses with its history, the live line (live, reconnecting, polling,
 * offline, ended), a logged-in citizen's list with drafts, loading and failures, four languages.
 * Fictitious applications from the test fixtures; no network.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/status-tracker/define.js';
import type { Draft } from '../src/api/schemas/draft.js';
import type { SaarStatusTracker } from '../src/status-tracker/saar-status-tracker.js';
import { STATUS_VALUES, type StatusValue } from '../src/api/vocabulary.js';
import type { StoredApplication } from '../test/fixtures/fake-portal.js';
import { ACCESS_CODE, REFERENCE, trackedApplication } from '../test/fixtures/tracker-data.js';
import { SCENARIOS, type PortalScenario } from './fixtures/portal.js';
import { ERIKA } from './fixtures/session.js';

interface TrackerArgs {
  lang: '' | 'de' | 'en' | 'fr' | 'de-x-ls';
  reference: string;
  accessCode: string;
  formUrl: string;
}

function render(args: TrackerArgs): TemplateResult {
  return html`<saar-status-tracker
    lang=${ifDefined(args.lang || undefined)}
    reference=${ifDefined(args.reference || undefined)}
    access-code=${ifDefined(args.accessCode || undefined)}
    form-url=${ifDefined(args.formUrl || undefined)}
  ></saar-status-tracker>`;
}

/** A portal holding one application in `status` (opened by the story's code). */
function holding(status: StatusValue, extra: PortalScenario = {}): PortalScenario {
  return {
    ...extra,
    data: {
      applications: [{ application: trackedApplication(status), accessCode: ACCESS_CODE }],
      ...extra.data,
    },
  };
}

/** The tracker in the canvas, once it shows `selector`. */
async function showing(canvas: HTMLElement, selector: string): Promise<SaarStatusTracker> {
  const tracker = canvas.querySelector('saar-status-tracker')!;
  for (let i = 0; i < 200 && !tracker.shadowRoot?.querySelector(selector); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return tracker;
}

async function lookUp(tracker: SaarStatusTracker, reference: string, code: string) {
  for (const [id, value] of [
    ['lookup-reference', reference],
    ['lookup-code', code],
  ] as const) {
    const input = tracker.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await tracker.updateComplete;
  tracker.shadowRoot!.querySelector<HTMLButtonElement>('#lookup-submit')!.click();
}

const meta: Meta<TrackerArgs> = {
  title: 'Widgets/Status tracker',
  component: 'saar-status-tracker',
  args: { lang: '', reference: REFERENCE, accessCode: ACCESS_CODE, formUrl: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'de', 'en', 'fr', 'de-x-ls'] },
  },
  parameters: { portal: holding('PROCESSING') },
  render: (args) => render(args),
  beforeEach: () => {
    // Each story starts without the code another story kept for the tab.
    sessionStorage.clear();
  },
};
export default meta;

type Story = StoryObj<TrackerArgs>;

/** Being processed, live: new changes appear at once. */
export const Processing: Story = {};

/** The office needs something: what, and (with a link from the office) the way to do it. */
export const ActionRequired: Story = { parameters: { portal: holding('ACTION_REQUIRED') } };

/** Just sent. */
export const Submitted: Story = { parameters: { portal: holding('SUBMITTED') } };

/** Received by the office. */
export const Received: Story = { parameters: { portal: holding('RECEIVED') } };

/** Completed: final, nothing more will come. */
export const Completed: Story = { parameters: { portal: holding('COMPLETED') } };

/** Rejected: the decision letter says why and what the citizen can do. */
export const Rejected: Story = { parameters: { portal: holding('REJECTED') } };

/** Withdrawn. */
export const Withdrawn: Story = { parameters: { portal: holding('WITHDRAWN') } };

/** The way in without a login: reference number and access code. */
export const Lookup: Story = { args: { reference: '', accessCode: '' } };

/** Both fields wrong: the summary leads to each. */
export const LookupErrors: Story = {
  args: { reference: '', accessCode: '' },
  play: async ({ canvasElement }) => {
    await lookUp(await showing(canvasElement, '.lookup'), 'SAAR-12', 'abc');
  },
};

/** Unknown reference or wrong code: one and the same answer. */
export const NotFound: Story = {
  args: { reference: '', accessCode: '' },
  play: async ({ canvasElement }) => {
    await lookUp(await showing(canvasElement, '.lookup'), 'SAAR-2026-AAAA-BBBB', ACCESS_CODE);
  },
};

/** Too many attempts: how long to wait. */
export const RateLimited: Story = {
  args: { reference: '', accessCode: '' },
  parameters: { portal: { faults: { applications: { kind: 'status', status: 429 } } } },
  play: NotFound.play!,
};

/** The stream broke: reconnecting, with "Jetzt aktualisieren". */
export const Reconnecting: Story = {
  parameters: {
    portal: holding('PROCESSING', {
      faults: { [`applications/${REFERENCE}/events/stream`]: { kind: 'network' } },
    }),
  },
};

/** The stream never gets through (a proxy): the page asks every 15 s and says when it last did. */
export const Polling: Story = {
  parameters: {
    portal: holding('PROCESSING', {
      faults: { [`applications/${REFERENCE}/events/stream`]: { kind: 'status', status: 502 } },
    }),
  },
  play: async ({ canvasElement }) => {
    // Three breaks (about 7 s) before the fallback starts.
    await showing(canvasElement, '.live-state');
  },
};

/** Offline after loading: the last known state and when it was fetched. */
export const Offline: Story = {
  parameters: {
    portal: holding('PROCESSING', {
      faults: { [`applications/${REFERENCE}/events/stream`]: { kind: 'network' } },
    }),
  },
  play: async ({ canvasElement }) => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const tracker = await showing(canvasElement, '.live-state--offline');
    // The own property hid the prototype's getter; without it the real state shows again.
    Reflect.deleteProperty(navigator, 'onLine');
    await tracker.updateComplete;
  },
};

const OWN: StoredApplication[] = [
  {
    application: trackedApplication('ACTION_REQUIRED', 'SAAR-2026-AAAA-0001'),
    accessCode: ACCESS_CODE,
    owner: ERIKA.sub,
  },
  {
    application: {
      ...trackedApplication('COMPLETED', 'SAAR-2025-AAAA-0002'),
      submittedAt: '2025-06-02T09:00:00Z',
    },
    accessCode: ACCESS_CODE,
    owner: ERIKA.sub,
  },
];

const DRAFT: Draft = {
  serviceId: 'hundesteuer-anmeldung',
  ars: '100440111111',
  answers: {},
  resumeToken: 'story-draft-token-0000000000000000000000001',
  createdAt: '2026-11-20T17:30:00.000Z',
  updatedAt: '2026-11-20T17:45:00.000Z',
  expiresAt: '2026-12-20T17:45:00.000Z',
};

/** A logged-in citizen: their applications, newest first, and a saved draft. */
export const MyApplications: Story = {
  args: { reference: '', accessCode: '', formUrl: '/antrag.html?service={service}' },
  parameters: { session: ERIKA, portal: { data: { applications: OWN, drafts: [DRAFT] } } },
};

/** A logged-in citizen without applications. */
export const NoApplicationsYet: Story = {
  args: { reference: '', accessCode: '' },
  parameters: { session: ERIKA, portal: { data: { applications: [] } } },
};

/** Loading. */
export const Loading: Story = { parameters: { portal: SCENARIOS.loading } };

/** The portal cannot be reached: what failed and "try again". */
export const LoadFailed: Story = { parameters: { portal: SCENARIOS.offline } };

/** The portal answers data that breaks the contract: a clear error, no crash. */
export const InvalidData: Story = { parameters: { portal: SCENARIOS.invalidData } };

/** English. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: { portal: holding('ACTION_REQUIRED') },
};

/** French. */
export const French: Story = {
  args: { lang: 'fr' },
  parameters: { portal: holding('ACTION_REQUIRED') },
};

/** Leichte Sprache. */
export const LeichteSprache: Story = {
  args: { lang: 'de-x-ls' },
  parameters: { portal: holding('ACTION_REQUIRED') },
};

/** The municipal theme. */
export const MunicipalTheme: Story = { globals: { theme: 'brand' } };

/** Dark. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Every status side by side (a status page's badges and explanations at a glance). */
export const EveryStatus: Story = {
  render: () =>
    html`${STATUS_VALUES.map(
      (status, index) =>
        html`<saar-status-tracker
          reference=${`SAAR-2026-AAAA-${String(index).padStart(4, '0')}`}
          access-code=${ACCESS_CODE}
          style="margin-block-end: 1rem"
        ></saar-status-tracker>`,
    )}`,
  parameters: {
    portal: {
      data: {
        applications: STATUS_VALUES.map((status, index) => ({
          application: trackedApplication(
            status,
            `SAAR-2026-AAAA-${String(index).padStart(4, '0')}`,
          ),
          accessCode: ACCESS_CODE,
        })),
      },
    },
  },
};
