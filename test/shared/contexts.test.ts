import { expect, html } from '@open-wc/testing';
import { mount } from './helpers.js';
import { PortalClient } from '../../src/api/portal-client.js';
import { clientContext, sessionContext } from '../../src/shared/contexts.js';
import { pageClient } from '../../src/shared/page-client.js';
import { clientForSession } from '../../src/shared/session-client.js';
import { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { createSessionStore, pageSession } from '../../src/shared/session.js';
import './sample-widget.js';
import type { SampleWidget } from './sample-widget.js';

SaarPortalProvider.define('saar-portal-provider');

describe('client and session for a widget', () => {
  afterEach(() => {
    document.head.querySelector('meta[name="saar-portal-api"]')?.remove();
    pageSession().signOut();
  });

  it('uses the page client of the portal the library came from when alone', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    expect(el.currentClient.baseUrl.href).to.equal(new URL('/api/v1/', location.href).href);
    expect(el.currentClient).to.equal(clientForSession(pageClient(), pageSession()));
  });

  it('uses the page’s <meta name="saar-portal-api">', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'saar-portal-api',
      content: 'https://portal.example/api/v1/',
    });
    document.head.append(meta);
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    expect(el.currentClient.baseUrl.href).to.equal('https://portal.example/api/v1/');
  });

  it('prefers its own api-base over a provider and the meta', async () => {
    const wrapper = await mount<SaarPortalProvider>(html`
      <saar-portal-provider api-base="https://provider.example/api/v1/">
        <saar-test-sample api-base="https://own.example/api/v1"></saar-test-sample>
        <saar-test-sample></saar-test-sample>
      </saar-portal-provider>
    `);
    const [own, provided] = [...wrapper.querySelectorAll('saar-test-sample')];
    expect(own!.currentClient.baseUrl.href).to.equal('https://own.example/api/v1/');
    expect(provided!.currentClient.baseUrl.href).to.equal('https://provider.example/api/v1/');
  });

  it('shares one client per base across widgets', async () => {
    const wrapper = await mount<HTMLDivElement>(html`
      <div>
        <saar-test-sample api-base="https://shared.example/api/v1/"></saar-test-sample>
        <saar-test-sample api-base="https://shared.example/api/v1/"></saar-test-sample>
      </div>
    `);
    const [a, b] = [...wrapper.querySelectorAll('saar-test-sample')];
    expect(a!.currentClient).to.equal(b!.currentClient);
    const singletons = (globalThis as unknown as Record<symbol, Map<string, PortalClient>>)[
      Symbol.for('saar-portal.clients')
    ]!;
    expect(
      clientForSession(singletons.get('https://shared.example/api/v1/')!, pageSession()),
    ).to.equal(a!.currentClient);
  });

  it('takes a client given to the provider as a property', async () => {
    const client = new PortalClient({ baseUrl: 'https://fixture.invalid/api/v1/' });
    const wrapper = await mount<SaarPortalProvider>(html`
      <saar-portal-provider .client=${client}
        ><saar-test-sample></saar-test-sample
      ></saar-portal-provider>
    `);
    const el = wrapper.querySelector('saar-test-sample')!;
    expect(el.currentClient).to.equal(clientForSession(client, pageSession()));

    const other = new PortalClient({ baseUrl: 'https://other.invalid/api/v1/' });
    wrapper.client = other;
    await wrapper.updateComplete;
    expect(el.currentClient).to.equal(clientForSession(other, pageSession()));
  });

  it('finds a provider whose code loads after the widget', async () => {
    class LateProvider extends SaarPortalProvider {}
    const client = new PortalClient({ baseUrl: 'https://late.invalid/api/v1/' });
    const wrapper = await mount<HTMLElement>(html`
      <saar-test-late-provider .client=${client}>
        <saar-test-sample></saar-test-sample>
      </saar-test-late-provider>
    `);
    const el = wrapper.querySelector('saar-test-sample')!;
    expect(el.currentClient).to.equal(clientForSession(pageClient(), pageSession()));
    LateProvider.define('saar-test-late-provider');
    await el.updateComplete;
    expect(el.currentClient).to.equal(clientForSession(client, pageSession()));
  });

  it('uses context keys that two copies of the library share', () => {
    expect(clientContext).to.equal(Symbol.for('saar-portal.client'));
    expect(sessionContext).to.equal(Symbol.for('saar-portal.session'));
  });

  it('re-renders when the page session changes', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    expect(el.shadowRoot!.querySelector('.greeting')).to.equal(null);
    pageSession().signIn({
      claims: { sub: 'c-1', acr: 'STORK-QAA-Level-3', given_name: 'Erika' },
      getAccessToken: () => 'token-1',
    });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.greeting')?.textContent).to.equal('Erika');
    pageSession().signOut();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.greeting')).to.equal(null);
  });

  it('reads a session given to the provider', async () => {
    const session = createSessionStore();
    const wrapper = await mount<SaarPortalProvider>(html`
      <saar-portal-provider .session=${session}
        ><saar-test-sample></saar-test-sample
      ></saar-portal-provider>
    `);
    const el = wrapper.querySelector('saar-test-sample')!;
    expect(el.currentSession).to.equal(session);
    session.signIn({
      claims: { sub: 'c-2', acr: 'STORK-QAA-Level-4', given_name: 'Max' },
      getAccessToken: () => 't',
    });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.greeting')?.textContent).to.equal('Max');
  });

  /**
   * The portal's API on the origin the library came from: the client sends tokens there only
   * (issue 13, point 8).
   */
  const PORTAL_API = new URL('/api/v1/', location.origin).href;

  /** Calls `GET /me` through `client` and answers the request headers it sent. */
  async function headersSentBy(client: PortalClient): Promise<Headers> {
    const original = window.fetch;
    let seen = new Headers();
    window.fetch = async (_input, init) => {
      seen = new Headers(init?.headers);
      return new Response(JSON.stringify({ sub: 'c-3', acr: 'STORK-QAA-Level-3' }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    try {
      await client.getMe();
    } finally {
      window.fetch = original;
    }
    return seen;
  }

  it('sends the page session’s token from a lone widget', async () => {
    pageSession().signIn({
      claims: { sub: 'c-3', acr: 'STORK-QAA-Level-3' },
      getAccessToken: async () => 'page-token',
    });
    const el = await mount<SampleWidget>(
      html`<saar-test-sample api-base=${PORTAL_API}></saar-test-sample>`,
    );
    const headers = await headersSentBy(el.currentClient);
    expect(headers.get('authorization')).to.equal('Bearer page-token');
  });

  it('sends the token of the session its provider gives, not the page session’s', async () => {
    pageSession().signIn({
      claims: { sub: 'page-citizen', acr: 'STORK-QAA-Level-3' },
      getAccessToken: async () => 'page-token',
    });
    const session = createSessionStore();
    session.signIn({
      claims: { sub: 'provided-citizen', acr: 'STORK-QAA-Level-1' },
      getAccessToken: async () => 'provided-token',
    });
    const wrapper = await mount<SaarPortalProvider>(html`
      <saar-portal-provider api-base=${PORTAL_API} .session=${session}>
        <saar-test-sample></saar-test-sample>
      </saar-portal-provider>
    `);
    const el = wrapper.querySelector('saar-test-sample')!;
    expect((await headersSentBy(el.currentClient)).get('authorization')).to.equal(
      'Bearer provided-token',
    );
    session.signOut();
    expect((await headersSentBy(el.currentClient)).has('authorization')).to.equal(false);
  });
});
