/**
 * `<saar-login-button>` in every state a designer must see, with fictitious citizens and a fake
 * citizen account: no network, never a real login.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/login-button/define.js';
import type { SaarLoginButton } from '../src/login-button/saar-login-button.js';
import type { SaarPortalProvider } from '../src/shared/saar-portal-provider.js';
import { redirectUriOf } from '../src/ui/citizen-login/flow.js';
import { saveTransaction } from '../src/ui/citizen-login/storage.js';
import { fakeOidcSession, FAKE_CLIENT_ID, FAKE_ISSUER } from '../test/fixtures/oidc-session.js';
import { FakeCitizenAccount } from '../test/login-button/fake-citizen-account.js';
import { SCENARIOS } from './fixtures/portal.js';
import { ERIKA } from './fixtures/session.js';

interface LoginArgs {
  lang: '' | 'de' | 'en' | 'fr' | 'de-x-ls';
  trustLevel: '' | 'STORK-QAA-Level-1' | 'STORK-QAA-Level-3' | 'STORK-QAA-Level-4';
  mode: 'redirect' | 'popup';
  applicationsUrl: string;
}

function render(args: LoginArgs): TemplateResult {
  return html`<saar-login-button
    lang=${ifDefined(args.lang || undefined)}
    trust-level=${ifDefined(args.trustLevel || undefined)}
    mode=${args.mode}
    applications-url=${ifDefined(args.applicationsUrl || undefined)}
  ></saar-login-button>`;
}

/** The button in the canvas, once it has settled. */
async function readyButton(canvas: HTMLElement): Promise<SaarLoginButton> {
  const button = canvas.querySelector('saar-login-button')!;
  for (let i = 0; i < 100 && !button.shadowRoot?.querySelector('#login, #account'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return button;
}

function click(button: SaarLoginButton, selector: string): Promise<unknown> {
  button.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  return button.updateComplete;
}

/**
 * Pretends the citizen account sent the page back with `params` (as after a redirect login),
 * with a fake account answering discovery; undone when the story is left.
 */
function comingBackWith(params: Record<string, string>) {
  return () => {
    const page = location.href;
    const account = new FakeCitizenAccount();
    saveTransaction({
      issuer: FAKE_ISSUER,
      clientId: FAKE_CLIENT_ID,
      state: 'story-state',
      nonce: 'story-nonce',
      codeVerifier: 'v'.repeat(43),
      redirectUri: redirectUriOf(new URL(page)),
      returnUrl: page,
      scrollX: 0,
      scrollY: 0,
      mode: 'redirect',
      startedAt: Date.now(),
    });
    const callback = new URL(page);
    for (const [name, value] of Object.entries({
      ...params,
      state: 'story-state',
      iss: FAKE_ISSUER,
    }))
      callback.searchParams.set(name, value);
    history.replaceState(history.state, '', callback.href);
    Reflect.deleteProperty(globalThis, Symbol.for('saar-portal.citizen-login'));
    return () => {
      account.restore();
      history.replaceState(history.state, '', page);
      Reflect.deleteProperty(globalThis, Symbol.for('saar-portal.citizen-login'));
    };
  };
}

const meta: Meta<LoginArgs> = {
  title: 'Widgets/Login button',
  component: 'saar-login-button',
  args: { lang: '', trustLevel: '', mode: 'redirect', applicationsUrl: '/antraege.html' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'de', 'en', 'fr', 'de-x-ls'] },
    trustLevel: {
      control: 'select',
      options: ['', 'STORK-QAA-Level-1', 'STORK-QAA-Level-3', 'STORK-QAA-Level-4'],
    },
    mode: { control: 'inline-radio', options: ['redirect', 'popup'] },
  },
  render: (args) => render(args),
  beforeEach: () => {
    // Every story starts logged out of the fake account, whatever the story before did.
    Reflect.deleteProperty(globalThis, Symbol.for('saar-portal.citizen-login'));
    Reflect.deleteProperty(globalThis, Symbol.for('saar-portal.login-providers'));
    sessionStorage.clear();
  },
};
export default meta;

type Story = StoryObj<LoginArgs>;

/** Nobody logged in: the button and what the account is for. */
export const LoggedOut: Story = {};

/** A page that needs the online ID function says so before the citizen logs in. */
export const NeedsHighTrustLevel: Story = { args: { trustLevel: 'STORK-QAA-Level-4' } };

/** After the click, while the citizen account is being reached. */
export const LoggingIn: Story = {
  parameters: { portal: SCENARIOS.loading },
  play: async ({ canvasElement }) => {
    const button = await readyButton(canvasElement);
    await click(button, '#login');
  },
};

/** Just logged in: the citizen chooses once what forms may prefill. */
export const LoggedInChoosePrefill: Story = { parameters: { session: ERIKA } };

/** Logged in, account panel open: trust level in words, my applications, log out. */
export const LoggedInPanel: Story = {
  parameters: { session: ERIKA },
  play: async ({ canvasElement }) => {
    const button = await readyButton(canvasElement);
    await click(button, '.prefill button[type="submit"]');
    await click(button, '#account');
  },
};

/** The page needs a higher trust level than the session has: a step-up that says why. */
export const StepUp: Story = {
  args: { trustLevel: 'STORK-QAA-Level-4' },
  parameters: { session: { ...ERIKA, acr: 'STORK-QAA-Level-1' } },
  play: LoggedInPanel.play!,
};

/** The session ends soon: a warning, announced politely, with "stay logged in". */
export const SessionEndingSoon: Story = {
  parameters: { session: ERIKA },
  play: async ({ canvasElement }) => {
    const button = await readyButton(canvasElement);
    await click(button, '.prefill button[type="submit"]');
    const provider = button.closest<SaarPortalProvider>('saar-portal-provider')!;
    await fakeOidcSession(provider.session!, ERIKA, { idleMs: 600_000, warnBeforeMs: 599_000 });
  },
};

/** The session ended without activity: what was typed stays, one click logs in again. */
export const SessionExpired: Story = {
  parameters: { session: ERIKA },
  play: async ({ canvasElement }) => {
    const button = await readyButton(canvasElement);
    await click(button, '.prefill button[type="submit"]');
    const provider = button.closest<SaarPortalProvider>('saar-portal-provider')!;
    await fakeOidcSession(provider.session!, ERIKA, { idleMs: 300, warnBeforeMs: 100 });
  },
};

/** The citizen cancelled at the citizen account. */
export const Cancelled: Story = { beforeEach: comingBackWith({ error: 'access_denied' }) };

/** The citizen's account does not reach the page's trust level. */
export const TrustLevelTooLow: Story = {
  args: { trustLevel: 'STORK-QAA-Level-4' },
  beforeEach: comingBackWith({ error: 'unmet_authentication_requirements' }),
};

/** The portal or the citizen account cannot be reached. */
export const Unreachable: Story = {
  parameters: { portal: SCENARIOS.offline },
  play: async ({ canvasElement }) => {
    const button = await readyButton(canvasElement);
    await click(button, '#login');
  },
};

/** Popup mode in a browser that blocks the window: said as such, with what to allow. */
export const PopupBlocked: Story = {
  args: { mode: 'popup' },
  play: async ({ canvasElement }) => {
    const button = await readyButton(canvasElement);
    const open = window.open;
    window.open = () => null;
    try {
      await click(button, '#login');
    } finally {
      window.open = open;
    }
  },
};

/** The website is not registered for login: neutral words here, the details in the console. */
export const SiteNotRegistered: Story = {
  parameters: { portal: { faults: { config: { kind: 'status', status: 404 } } } },
};

/** English. */
export const English: Story = { args: { lang: 'en' }, parameters: { session: ERIKA } };

/** French. */
export const French: Story = { args: { lang: 'fr' }, parameters: { session: ERIKA } };

/** Leichte Sprache. */
export const LeichteSprache: Story = { args: { lang: 'de-x-ls' } };

/** Branded by a town. */
export const MunicipalTheme: Story = { globals: { theme: 'brand' } };
