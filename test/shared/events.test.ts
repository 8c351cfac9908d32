import { expect, html, oneEvent } from '@open-wc/testing';
import { mount } from './helpers.js';
import { SaarEvent } from '../../src/shared/events.js';
import { SaarElement } from '../../src/shared/saar-element.js';

interface PingDetail {
  count: number;
}

/** The pattern each widget follows for its events. */
class SaarTestPingEvent extends SaarEvent<PingDetail> {
  static readonly type = 'saar-test-ping';
  constructor(detail: PingDetail) {
    super(SaarTestPingEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'saar-test-ping': SaarTestPingEvent;
  }
}

class PingWidget extends SaarElement {
  /** Fires a ping; returns whether nobody cancelled it. */
  ping(count: number): boolean {
    return this.emit(new SaarTestPingEvent({ count }));
  }
}
PingWidget.define('saar-test-ping-widget');

describe('SaarEvent', () => {
  it('bubbles and is composed, with a typed detail', async () => {
    const outer = await mount<HTMLDivElement>(html`<div><span></span></div>`);
    const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const widget = new PingWidget();
    shadow.append(widget);
    let targetOutside: EventTarget | null = null;
    outer.addEventListener('saar-test-ping', (event) => (targetOutside = event.target));
    const heard = oneEvent(outer, 'saar-test-ping');
    widget.ping(3);
    const event = await heard;
    expect(event).to.be.instanceOf(SaarTestPingEvent).and.instanceOf(CustomEvent);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.count).to.equal(3);
    // Retargeted to the shadow host on the way out.
    expect(targetOutside).to.equal(outer.querySelector('span'));
  });

  it('types addEventListener through the global event map', async () => {
    const widget = await mount<PingWidget>(html`<saar-test-ping-widget></saar-test-ping-widget>`);
    let seen = 0;
    widget.addEventListener('saar-test-ping', (event) => {
      // `event.detail.count` is a number here without any cast.
      seen = event.detail.count;
    });
    widget.ping(7);
    expect(seen).to.equal(7);
  });

  it('lets the page cancel a cancelable event', async () => {
    const widget = await mount<PingWidget>(html`<saar-test-ping-widget></saar-test-ping-widget>`);
    widget.addEventListener('saar-test-ping', (event) => event.preventDefault());
    expect(widget.ping(1)).to.equal(false);
  });

  it('is not cancelable unless asked', () => {
    const event = new SaarEvent('saar-test-plain', { ok: true });
    expect(event.cancelable).to.equal(false);
    expect(event.type).to.equal('saar-test-plain');
  });
});
