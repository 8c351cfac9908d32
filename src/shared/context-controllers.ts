/**
 * How a widget finds its portal client and session: from the nearest provider through
 * `@lit/context`, else the page default, so a lone widget with nothing but its tag still works.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalClient } from '../api/portal-client.js';
import { clientContext, sessionContext } from './contexts.js';
import { pageClient, resolveApiBase } from './page-client.js';
import { pageSingleton } from './page-singleton.js';
import { pageSession, SESSION_CHANGE_EVENT, type SessionStore } from './session.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Attaches one `ContextRoot` to the page. It holds context requests nobody answered yet and
 * replays them when a provider is defined later, so the order in which the provider's and the
 * widgets' code loads (lazy chunks, two bundles) does not matter.
 */
export function ensurePageContextRoot(): void {
  pageSingleton('context-root', () => {
    const root = new ContextRoot();
    root.attach(document.documentElement);
    return root;
  });
}

/** Gives its host the portal client: its own `api-base`, else the provider's, else the page's. */
export class ClientController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof clientContext, Host>;
  private readonly getApiBase: () => string | null | undefined;

  constructor(host: Host, getApiBase: () => string | null | undefined) {
    this.getApiBase = getApiBase;
    host.addController(this);
    this.consumer = new ContextConsumer(host, { context: clientContext, subscribe: true });
  }

  /** The client the host uses right now. */
  get client(): PortalClient {
    const apiBase = this.getApiBase();
    if (apiBase) return pageClient(resolveApiBase(apiBase));
    return this.consumer.value ?? pageClient();
  }

  hostConnected(): void {
    // (Re)connected, perhaps elsewhere: forget the old provider's client before the consumer asks
    // again (it runs after this controller). Not on disconnect: a task finishing after removal
    // would otherwise re-run against the page default client.
    this.consumer.value = undefined;
  }
}

/** Gives its host the citizen's session and re-renders it when the session changes. */
export class SessionController implements ReactiveController {
  private readonly host: Host;
  private fromContext: SessionStore | undefined;
  private subscribed: SessionStore | undefined;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (store) => {
        this.fromContext = store;
        this.subscribe();
      },
    });
  }

  /** The session the host reads right now. */
  get store(): SessionStore {
    return this.fromContext ?? pageSession();
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    this.subscribed?.removeEventListener(SESSION_CHANGE_EVENT, this.onChange);
    this.subscribed = undefined;
    this.fromContext = undefined;
  }

  private subscribe(): void {
    const store = this.store;
    if (store === this.subscribed) return;
    this.subscribed?.removeEventListener(SESSION_CHANGE_EVENT, this.onChange);
    store.addEventListener(SESSION_CHANGE_EVENT, this.onChange);
    this.subscribed = store;
  }
}
