/** The tracker's live connection on its own: reconnecting, the polling fallback, offline. */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StatusEvent } from '../../src/api/schemas/status.js';
import { LiveStatus, type LiveTiming } from '../../src/status-tracker/live-status.js';
import { ACCESS_CODE, REFERENCE, trackerPortal } from '../fixtures/tracker-data.js';
import { until } from './tracker-harness.js';

const FAST: LiveTiming = {
  reconnectBaseMs: 20,
  reconnectMaxMs: 50,
  pollEveryMs: 100,
  breaksBeforePolling: 3,
};

/** A host that only counts its updates. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

function follow(portal = trackerPortal()) {
  const received: StatusEvent[] = [];
  const states: string[] = [];
  const host = new Host();
  const live = new LiveStatus(host, {
    client: () => portal.client,
    onEvent: (event) => received.push(event),
    timing: FAST,
  });
  const record = () => {
    if (states.at(-1) !== live.state.kind) states.push(live.state.kind);
  };
  const timer = setInterval(record, 5);
  live.hostConnected();
  live.follow({
    reference: REFERENCE,
    accessCode: ACCESS_CODE,
    lastEventId: undefined,
    final: false,
  });
  return {
    portal,
    live,
    received,
    states,
    stop: () => {
      clearInterval(timer);
      live.hostDisconnected();
    },
  };
}

describe('LiveStatus', () => {
  it('falls back to polling when the stream keeps breaking, and still sees changes', async () => {
    const portal = trackerPortal().fault(`applications/${REFERENCE}/events/stream`, {
      kind: 'network',
    });
    const run = follow(portal);
    try {
      await until(() => run.live.state.kind === 'polling', 'no polling');
      expect(run.states).to.include('reconnecting');
      const before = run.live.confirmedAt;
      portal.pushStatus(REFERENCE, { status: 'ACTION_REQUIRED', at: new Date().toISOString() });
      await until(
        () => run.received.some((event) => event.status === 'ACTION_REQUIRED'),
        'the poll did not bring the change',
      );
      expect(run.live.confirmedAt).to.not.equal(before);
      // The network heals: the stream is tried again and the page is live.
      portal.fault(`applications/${REFERENCE}/events/stream`, undefined);
      await until(() => run.live.state.kind === 'live', 'never live again');
    } finally {
      run.stop();
    }
  });

  it('waits for the connection while the device is offline, then goes on', async () => {
    const portal = trackerPortal().fault(`applications/${REFERENCE}/events/stream`, {
      kind: 'network',
    });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const run = follow(portal);
    try {
      await until(() => run.live.state.kind === 'offline', 'not offline');
      const requests = portal.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(portal.requests.length, 'no attempts while offline').to.equal(requests);
      Reflect.deleteProperty(navigator, 'onLine');
      portal.fault(`applications/${REFERENCE}/events/stream`, undefined);
      window.dispatchEvent(new Event('online'));
      await until(() => run.live.state.kind === 'live', 'not live once online');
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
      run.stop();
    }
  });

  it('stops at a final status and when the portal refuses the application', async () => {
    const run = follow();
    try {
      await until(() => run.live.state.kind === 'live', 'never live');
      run.portal.pushStatus(REFERENCE, { status: 'REJECTED', at: new Date().toISOString() });
      await until(() => run.live.state.kind === 'ended', 'did not end');
    } finally {
      run.stop();
    }
    const refused = follow(trackerPortal([]));
    try {
      await until(() => refused.live.state.kind === 'refused', 'not refused');
    } finally {
      refused.stop();
    }
  });
});
