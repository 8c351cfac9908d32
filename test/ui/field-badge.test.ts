import { expect, html } from '@open-wc/testing';
import { STATUS_VALUES } from '../../src/api/vocabulary.js';
import { ERROR_SUMMARY_ID, renderErrorSummary } from '../../src/ui/field/error-summary.js';
import { renderField, renderFieldset } from '../../src/ui/field/field.js';
import { renderStatusBadge } from '../../src/ui/status-badge.js';
import { LOCALES } from '../support/conformance.js';
import { mount } from '../shared/helpers.js';
import { type UiHost } from './ui-host.js';

async function attach(host: UiHost): Promise<UiHost> {
  const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
  wrapper.append(host);
  await host.updateComplete;
  return host;
}

describe('fields and the error summary (src/ui)', () => {
  function form(host: UiHost, errors: boolean) {
    host.view = () => html`
      ${renderErrorSummary(
        errors
          ? [
              { targetId: 'name', message: 'Geben Sie Ihren Namen ein.' },
              { targetId: 'contact', message: 'Wählen Sie, wie wir Sie erreichen.' },
            ]
          : [],
      )}
      ${renderField(
        {
          id: 'name',
          label: 'Name',
          hint: 'Wie im Ausweis',
          error: errors ? 'Geben Sie Ihren Namen ein.' : undefined,
        },
        (a) =>
          html`<input
            id=${a.id}
            aria-describedby=${a.describedBy ?? ''}
            aria-invalid=${a.invalid ? 'true' : 'false'}
          />`,
      )}
      ${renderFieldset(
        {
          id: 'contact',
          label: 'Wie erreichen wir Sie?',
          optional: true,
          error: errors ? 'Wählen Sie, wie wir Sie erreichen.' : undefined,
        },
        () =>
          html`<label><input type="radio" name="c" value="mail" /> E-Mail</label>
            <label><input type="radio" name="c" value="tel" /> Telefon</label>`,
      )}
    `;
    return () => host.shadowRoot!.getElementById(ERROR_SUMMARY_ID) ?? undefined;
  }

  it('links hint and error to the control and marks it invalid', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    form(host, true);
    await attach(host);
    const input = host.shadowRoot!.querySelector('#name')!;
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(host.shadowRoot!.querySelector('#name-error')!.textContent).to.contain('Fehler:');
    expect(host.shadowRoot!.querySelector('legend')!.textContent).to.contain('(optional)');
    await expect(host).to.be.accessible();
  });

  it('has a summary that counts the errors and whose links focus each field', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    const summary = form(host, true);
    await attach(host);
    expect(summary()!.textContent).to.contain('2 Angaben');
    const links = [...summary()!.querySelectorAll('a')];
    links[0]!.click();
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('#name'));
    links[1]!.click();
    expect(host.shadowRoot!.activeElement).to.equal(
      host.shadowRoot!.querySelector('#contact input'),
    );
  });

  it('renders nothing and no error state without errors', async () => {
    const host = document.createElement('saar-test-ui-host') as UiHost;
    const summary = form(host, false);
    await attach(host);
    expect(summary()).to.equal(undefined);
    expect(host.shadowRoot!.querySelector('#name')!.getAttribute('aria-invalid')).to.equal('false');
    expect(host.shadowRoot!.querySelector('#name')!.getAttribute('aria-describedby')).to.equal(
      'name-hint',
    );
  });
});

describe('status badge (src/ui)', () => {
  for (const lang of LOCALES) {
    it(`names every status in words in ${lang}`, async () => {
      const host = document.createElement('saar-test-ui-host') as UiHost;
      host.lang = lang;
      host.view = () =>
        html`<ul>
          ${STATUS_VALUES.map((status) => html`<li>${renderStatusBadge(status)}</li>`)}
        </ul>`;
      await attach(host);
      const labels = [...host.shadowRoot!.querySelectorAll('.status-badge')].map((badge) =>
        badge.textContent!.replace(/[◔!✓■]/g, '').trim(),
      );
      expect(labels).to.have.length(STATUS_VALUES.length);
      expect(new Set(labels).size, 'each status has its own words').to.equal(labels.length);
      for (const label of labels) expect(label).to.match(/\p{L}{3,}/u);
      await expect(host).to.be.accessible();
    });
  }
});
