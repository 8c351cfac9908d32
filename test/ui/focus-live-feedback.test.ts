import { expect, html } from '@open-wc/testing';
import { HttpError } from '../../src/api/errors.js';
import { renderFailure, renderLoading } from '../../src/ui/feedback.js';
import { FocusController } from '../../src/ui/focus.js';
import { LiveRegionController } from '../../src/ui/live-region.js';
import { mount, until } from '../shared/helpers.js';
import { type UiHost } from './ui-host.js';

async function attach(host: UiHost): Promise<UiHost> {
  const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
  wrapper.append(host);
  await host.updateComplete;
  return host;
}

describe('focus after update (src/ui)', () => {
  it('focuses a heading that only appears with the next render, making it focusable', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    const focus = new FocusController(host);
    let open = false;
    host.view = () => (open ? html`<h3 id="details">Details</h3>` : html`<p>list</p>`);
    await attach(host);
    open = true;
    focus.focusAfterUpdate('details');
    await host.updateComplete;
    const heading = host.shadowRoot!.getElementById('details')!;
    expect(host.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.tabIndex).to.equal(-1);
  });

  it('falls back to the next target when the first never appears', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    const focus = new FocusController(host);
    host.view = () => html`<h2 id="widget-heading">Widget</h2>`;
    await attach(host);
    focus.focusAfterUpdate('never-rendered', 'widget-heading');
    for (let update = 0; update < 8; update++) {
      host.requestUpdate();
      await host.updateComplete;
    }
    expect(host.shadowRoot!.activeElement).to.equal(
      host.shadowRoot!.getElementById('widget-heading'),
    );
  });
});

describe('live region (src/ui)', () => {
  it('announces at once, and later only after the pause', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    const live = new LiveRegionController(host);
    host.view = () => live.render();
    await attach(host);
    const region = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    live.announce('Saarlouis gewählt');
    await host.updateComplete;
    expect(region.textContent).to.equal('Saarlouis gewählt');
    let count = 1;
    live.announceLater(() => `${count} Treffer`, 50);
    count = 2;
    live.announceLater(() => `${count} Treffer`, 50);
    await until(() => region.textContent === '2 Treffer', 2000);
    expect(region.textContent).to.equal('2 Treffer');
  });

  it('says the same text again by clearing it first', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    const live = new LiveRegionController(host);
    host.view = () => live.render();
    await attach(host);
    live.announce('3 Treffer');
    await host.updateComplete;
    live.announce('3 Treffer');
    await host.updateComplete;
    const region = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.textContent).to.equal('');
    await until(() => region.textContent === '3 Treffer', 2000);
    expect(region.textContent).to.equal('3 Treffer');
  });
});

describe('feedback blocks (src/ui)', () => {
  it('explains a failure in the widget’s language and offers a retry', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    host.lang = 'en';
    let retried = 0;
    host.view = () =>
      renderFailure({
        what: 'The services could not be loaded.',
        error: new HttpError('https://portal.test/api/v1/services', 503, {
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
        }),
        retry: () => (retried += 1),
      });
    await attach(host);
    const block = host.shadowRoot!.querySelector('[role="alert"]')!;
    expect(block.textContent).to.contain('The services could not be loaded.');
    expect(block.textContent).to.contain('try again later');
    block.querySelector('button')!.click();
    expect(retried).to.equal(1);
    await expect(host).to.be.accessible();
  });

  it('shows a busy skeleton with a text for everyone', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    host.view = () => renderLoading('Wird geladen …', 3);
    await attach(host);
    const block = host.shadowRoot!.querySelector('.loading')!;
    expect(block.getAttribute('aria-busy')).to.equal('true');
    expect(block.querySelectorAll('.skeleton[aria-hidden="true"]').length).to.equal(3);
    expect(block.textContent).to.contain('Wird geladen');
  });
});
