import { expect, oneEvent } from '@open-wc/testing';
import { STATUS_VALUES, type StatusValue } from '../../src/api/vocabulary.js';
import type { SaarStatusTracker } from '../../src/status-tracker/saar-status-tracker.js';
import {
  ACCESS_CODE,
  ACTION_DETAILS,
  REFERENCE,
  trackedApplication,
  trackerPortal,
} from '../fixtures/tracker-data.js';
import { webmasterLines } from '../support/webmaster-console.js';
import {
  $,
  $$,
  lookUp,
  mountTracker,
  ready,
  signedInAs,
  textOf,
  until,
} from './tracker-harness.js';

const EXPLANATIONS: Record<StatusValue, string> = {
  SUBMITTED: 'Ihr Antrag ist abgeschickt.',
  RECEIVED: 'hat Ihren Antrag bekommen',
  PROCESSING: 'Ihr Antrag wird bearbeitet.',
  ACTION_REQUIRED: 'braucht etwas von Ihnen',
  COMPLETED: 'Ihr Antrag ist fertig bearbeitet.',
  REJECTED: 'Ihr Antrag wurde abgelehnt.',
  WITHDRAWN: 'Der Antrag wurde zurückgezogen.',
};

const LABELS: Record<StatusValue, string> = {
  SUBMITTED: 'Eingereicht',
  RECEIVED: 'Eingegangen',
  PROCESSING: 'In Bearbeitung',
  ACTION_REQUIRED: 'Ihre Mithilfe ist nötig',
  COMPLETED: 'Abgeschlossen',
  REJECTED: 'Abgelehnt',
  WITHDRAWN: 'Zurückgezogen',
};

async function openFixture(
  status: StatusValue = 'PROCESSING',
  lang = 'de',
): Promise<{ tracker: SaarStatusTracker; portal: ReturnType<typeof trackerPortal> }> {
  const portal = trackerPortal([
    { application: trackedApplication(status), accessCode: ACCESS_CODE },
  ]);
  const { tracker } = await mountTracker({
    portal,
    attributes: { reference: REFERENCE, accessCode: ACCESS_CODE, lang },
  });
  await ready(tracker);
  return { tracker, portal };
}

/** Waits until the tracker follows the application live. */
async function live(tracker: SaarStatusTracker): Promise<void> {
  await until(() => $(tracker, '.live-state--live'), 'the tracker never went live');
}

/** Forgets kept credentials and the address's fragment. */
function forgetTab(): void {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
}
// Also before: the test runner loads the next test file into the same tab, whose sessionStorage
// may still keep another file's credentials (the conformance suite's last application).
beforeEach(forgetTab);
afterEach(forgetTab);

describe('<saar-status-tracker>', () => {
  it('is accessible on the lookup form, with its errors, and on an application', async function () {
    this.timeout(30_000); // The first axe run of the file loads axe itself.
    const { tracker } = await mountTracker();
    await ready(tracker);
    await expect(tracker).to.be.accessible();
    await lookUp(tracker, '', '');
    await expect(tracker).to.be.accessible();
    const opened = await openFixture('ACTION_REQUIRED');
    await expect(opened.tracker).to.be.accessible();
  });

  describe('the way in with reference and access code', () => {
    it('asks for both, with a summary that leads to each field', async () => {
      const { tracker } = await mountTracker();
      await ready(tracker);
      expect(textOf($(tracker, '#lookup-heading'))).to.equal('Stand Ihres Antrags abfragen');
      await lookUp(tracker, '', 'abc');
      const summary = $(tracker, '.error-summary')!;
      expect(textOf(summary)).to.contain('Geben Sie das Aktenzeichen an.');
      expect(textOf(summary)).to.contain('Der Zugangscode hat 8 Zeichen');
      expect(
        $$<HTMLAnchorElement>(tracker, '.error-summary a').map((link) => link.hash),
      ).to.deep.equal(['#lookup-reference', '#lookup-code']);
      expect($(tracker, '#lookup-reference')!.getAttribute('aria-invalid')).to.equal('true');
      await until(() => tracker.shadowRoot!.activeElement?.closest('.error-summary'), 'focus');
    });

    it('forgives case, spaces and look-alike characters', async () => {
      const { tracker, portal } = await mountTracker();
      await ready(tracker);
      // 'o' for zero is not in the code alphabet: read as 0; lower case and spaces are fine.
      await lookUp(tracker, ' saar 2026 7kq4 m2xh ', 'k7m2 qx9p');
      await until(() => $(tracker, '.application'), 'the application did not open');
      expect(textOf($(tracker, '.meta'))).to.contain(REFERENCE);
      expect(portal.requests).to.include(`applications/${REFERENCE}`);
    });

    it('gives the same answer for an unknown reference and a wrong code, keeping what was typed', async () => {
      const { tracker } = await mountTracker();
      await ready(tracker);
      await lookUp(tracker, 'SAAR-2026-AAAA-BBBB', ACCESS_CODE);
      await until(() => $(tracker, '#lookup-failure'), 'no answer for the unknown reference');
      const unknown = textOf($(tracker, '#lookup-failure'));
      await lookUp(tracker, REFERENCE, 'ZZZZZZZZ');
      await until(
        () => $<HTMLInputElement>(tracker, '#lookup-code')?.value === 'ZZZZZZZZ',
        'the typed code was lost',
      );
      await until(() => $(tracker, '#lookup-failure'), 'no answer for the wrong code');
      expect(textOf($(tracker, '#lookup-failure'))).to.equal(unknown);
      expect(unknown).to.contain('keinen Antrag mit diesem Aktenzeichen und diesem Zugangscode');
      expect($<HTMLInputElement>(tracker, '#lookup-reference')!.value).to.equal(REFERENCE);
    });

    it('says how long to wait when the portal limits attempts', async () => {
      const portal = trackerPortal().fault('applications/', { kind: 'status', status: 429 });
      const { tracker } = await mountTracker({ portal });
      await ready(tracker);
      await lookUp(tracker, REFERENCE, ACCESS_CODE);
      await until(() => $(tracker, '#lookup-failure'), 'no answer');
      expect(textOf($(tracker, '#lookup-failure'))).to.contain('Zu viele Versuche');
      // The fake portal asks for no particular wait: the usual minute, in the singular.
      expect(textOf($(tracker, '#lookup-failure'))).to.contain('Bitte warten Sie eine Minute');
    });

    it('opens the application from the confirmation’s link and keeps the code out of the address', async () => {
      history.replaceState(null, '', `${location.pathname}#saar-access-code=${ACCESS_CODE}`);
      const { tracker } = await mountTracker({ attributes: { reference: REFERENCE } });
      await ready(tracker);
      expect($(tracker, '.application')).to.not.equal(null);
      expect(location.hash).to.equal('');
      // A reload in the same tab opens it again without retyping.
      const again = await mountTracker();
      await ready(again.tracker);
      expect($(again.tracker, '.application')).to.not.equal(null);
    });

    it('offers to look up another application, which forgets this one', async () => {
      const { tracker } = await openFixture();
      $<HTMLButtonElement>(tracker, '.back button')!.click();
      await tracker.updateComplete;
      expect($(tracker, '.lookup')).to.not.equal(null);
      expect(sessionStorage.getItem('saar-portal.tracker')).to.equal(null);
      await until(
        () => tracker.shadowRoot!.activeElement?.id === 'lookup-reference',
        'focus on the reference field',
      );
    });
  });

  describe('the application', () => {
    for (const status of STATUS_VALUES) {
      it(`shows ${status} in words, what it means, and the whole history as an ordered list`, async () => {
        const { tracker } = await openFixture(status);
        const current = $(tracker, '.current')!;
        expect(textOf(current)).to.contain(LABELS[status]);
        expect(textOf(current)).to.contain(EXPLANATIONS[status]);
        const items = $$(tracker, 'ol.timeline > li');
        const expected = trackedApplication(status).events;
        expect(items).to.have.length(expected.length);
        // Newest first, each with its status in words and its time in German time.
        expect(textOf(items[0]!)).to.contain(LABELS[status]);
        expect(textOf(items.at(-1)!)).to.contain('Eingereicht');
        expect(items.at(-1)!.querySelector('time')!.getAttribute('datetime')).to.equal(
          expected[0]!.at,
        );
        expect(textOf(items.at(-1)!)).to.contain('3. November 2026 um 09:30');
      });
    }

    it('says what the office needs when it needs something', async () => {
      const { tracker } = await openFixture('ACTION_REQUIRED');
      const action = $(tracker, '.action')!;
      expect(textOf(action)).to.contain('Das brauchen wir von Ihnen');
      expect(textOf(action)).to.contain(ACTION_DETAILS.de);
    });

    it('names the responsible office with its contact and the usual processing time', async () => {
      const { tracker } = await openFixture();
      await until(() => $(tracker, '.office a[href^="tel:"]'), 'no contact');
      const office = textOf($(tracker, '.office'));
      expect(office).to.contain('Kreisstadt Saarlouis – Bürgeramt');
      expect($<HTMLAnchorElement>(tracker, '.office a[href^="tel:"]')!.href).to.equal(
        'tel:+4968314430',
      );
    });

    it('speaks English, French and Leichte Sprache', async () => {
      for (const [lang, words] of [
        ['en', 'Being processed'],
        ['fr', 'En cours'],
        ['de-x-ls', 'Das Amt arbeitet daran'],
      ] as const) {
        const { tracker } = await openFixture('PROCESSING', lang);
        expect(textOf($(tracker, '.current')), lang).to.contain(words);
        tracker.remove();
        sessionStorage.clear();
      }
    });

    it('tells the webmaster when the portal opens no applications for this site', async () => {
      const portal = trackerPortal().fault(`applications/${REFERENCE}`, { kind: 'cors' });
      const lines = await webmasterLines(async () => {
        const { tracker } = await mountTracker({
          portal,
          attributes: { reference: REFERENCE, accessCode: ACCESS_CODE },
        });
        await ready(tracker);
        await until(() => $(tracker, '[role="alert"]'), 'no failure shown');
      });
      expect(lines.join('\n')).to.contain('list of town sites');
      expect(lines.join('\n')).to.contain(location.origin);
    });

    it('shows a clear error with a way forward when the portal answers something broken', async () => {
      const portal = trackerPortal().fault(`applications/${REFERENCE}`, { kind: 'invalid' });
      const { tracker } = await mountTracker({
        portal,
        attributes: { reference: REFERENCE, accessCode: ACCESS_CODE },
      });
      await ready(tracker);
      expect(textOf($(tracker, '[role="alert"]'))).to.contain(
        'Der Stand konnte nicht abgerufen werden.',
      );
      portal.fault(`applications/${REFERENCE}`, undefined);
      [...$$<HTMLButtonElement>(tracker, '[role="alert"] button')].at(0)!.click();
      await until(() => $(tracker, '.application'), 'the retry did not open the application');
    });
  });

  describe('when it goes wrong', () => {
    it('puts focus on the failure when "try again" fails again, not on the page', async () => {
      const portal = trackerPortal().fault(`applications/${REFERENCE}`, {
        kind: 'status',
        status: 503,
      });
      const { tracker } = await mountTracker({
        portal,
        attributes: { reference: REFERENCE, accessCode: ACCESS_CODE },
      });
      await until(() => $(tracker, '#load-failure'), 'no failure shown');
      $<HTMLButtonElement>(tracker, '#load-failure button')!.focus();
      $<HTMLButtonElement>(tracker, '#load-failure button')!.click();
      await until(
        () => tracker.shadowRoot!.activeElement?.id === 'load-failure',
        'focus did not land on the failure',
      );
      expect(textOf($(tracker, '#load-failure'))).to.contain(
        'Der Stand konnte nicht abgerufen werden.',
      );
    });

    it('does not call a wrong api-base "no such application", and tells the webmaster', async () => {
      const original = window.fetch;
      window.fetch = async () => new Response('<h1>Not found</h1>', { status: 404 });
      try {
        let tracker!: SaarStatusTracker;
        const lines = await webmasterLines(async () => {
          ({ tracker } = await mountTracker({
            attributes: {
              reference: REFERENCE,
              accessCode: ACCESS_CODE,
              apiBase: 'https://cms.test/portal/api/v1/',
            },
          }));
          await until(() => $(tracker, '#load-failure'), 'no failure shown');
        });
        expect($(tracker, '.lookup')).to.equal(null);
        expect(lines.join('\n')).to.contain('is not the portal API');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('answering ACTION_REQUIRED with documents', () => {
    const pdf = (name = 'sachkundenachweis.pdf') =>
      new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });

    async function choose(tracker: SaarStatusTracker, files: File[]): Promise<void> {
      const input = $<HTMLInputElement>(tracker, '#documents-files')!;
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await tracker.updateComplete;
    }

    it('refuses a wrong file type in words, sends the rest with a note, and shows the answer', async () => {
      const { tracker, portal } = await openFixture('ACTION_REQUIRED');
      await choose(tracker, [
        pdf(),
        new File(['MZ'], 'programm.exe', { type: 'application/x-msdownload' }),
      ]);
      expect(textOf($(tracker, '.documents'))).to.contain(
        '„programm.exe“ ist keine PDF-, JPEG- oder PNG-Datei.',
      );
      expect($$(tracker, '.chosen-files li').map(textOf)).to.deep.equal([
        'sachkundenachweis.pdf Entfernen: sachkundenachweis.pdf',
      ]);
      const note = $<HTMLTextAreaElement>(tracker, '#documents-message')!;
      note.value = 'Der Nachweis vom Hundeverein.';
      note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const changed = oneEvent(tracker, 'saar-status-change');
      $(tracker, '.documents button[type="submit"]')!.click();
      expect((await changed).detail.status).to.equal('PROCESSING');
      await until(() => $(tracker, '#documents-sent'), 'no confirmation');
      expect(textOf($(tracker, '#documents-sent'))).to.contain('angekommen');
      expect($(tracker, '.documents')).to.equal(null);
      expect(textOf($(tracker, 'ol.timeline > li'))).to.contain('In Bearbeitung');
      await until(
        () => tracker.shadowRoot!.activeElement?.id === 'documents-sent',
        'focus on the confirmation',
      );
      expect(portal.requests.filter((path) => path === 'attachments')).to.have.length(1);
    });

    it('asks for a file before sending', async () => {
      const { tracker } = await openFixture('ACTION_REQUIRED');
      $(tracker, '.documents button[type="submit"]')!.click();
      await tracker.updateComplete;
      expect(textOf($(tracker, '.documents'))).to.contain('Wählen Sie mindestens eine Datei aus.');
      expect($(tracker, '#documents-files')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('keeps the files after a failure and sends them once on "try again", without uploading twice', async () => {
      const { tracker, portal } = await openFixture('ACTION_REQUIRED');
      portal.fault(`applications/${REFERENCE}/documents`, { kind: 'network' });
      await choose(tracker, [pdf()]);
      $(tracker, '.documents button[type="submit"]')!.click();
      await until(() => $(tracker, '#documents-failure'), 'no failure');
      expect(textOf($(tracker, '#documents-failure'))).to.contain(
        'Die Unterlagen konnten nicht gesendet werden.',
      );
      expect($$(tracker, '.chosen-files li')).to.have.length(1);
      portal.fault(`applications/${REFERENCE}/documents`, undefined);
      $(tracker, '#documents-failure button')!.click();
      await until(() => $(tracker, '#documents-sent'), 'not sent on the retry');
      expect(portal.requests.filter((path) => path === 'attachments')).to.have.length(1);
    });

    it('keeps what was chosen with its application: another one starts afresh, the same one keeps it', async () => {
      const first = trackedApplication('ACTION_REQUIRED', 'SAAR-2026-AAAA-0001');
      const second = trackedApplication('ACTION_REQUIRED', 'SAAR-2026-AAAA-0002');
      const portal = trackerPortal([
        { application: first, accessCode: ACCESS_CODE, owner: 'citizen-erika' },
        { application: second, accessCode: ACCESS_CODE, owner: 'citizen-erika' },
      ]);
      portal.citizen = { sub: 'citizen-erika', acr: 'STORK-QAA-Level-3' };
      const { tracker } = await mountTracker({ portal, session: signedInAs('citizen-erika') });
      const openItem = async (reference: string) => {
        await until(() => $$(tracker, '.mine .application-item').length === 2, 'no list');
        const item = $$(tracker, '.mine .application-item').find((entry) =>
          textOf(entry).includes(reference),
        )!;
        item.querySelector('button')!.click();
        await until(
          () => textOf($(tracker, '.meta')).includes(reference),
          `${reference} did not open`,
        );
        await until(() => $(tracker, '#documents-files'), 'no documents form');
      };
      const backToList = async () => {
        $$<HTMLButtonElement>(tracker, 'button.link-button')
          .find((button) => textOf(button).includes('Zurück zu Ihren Anträgen'))!
          .click();
        await tracker.updateComplete;
      };
      await openItem('SAAR-2026-AAAA-0001');
      await choose(tracker, [pdf()]);
      const note = $<HTMLTextAreaElement>(tracker, '#documents-message')!;
      note.value = 'Für den ersten Antrag';
      note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await backToList();
      await openItem('SAAR-2026-AAAA-0002');
      expect($$(tracker, '.chosen-files li')).to.have.length(0);
      expect($<HTMLTextAreaElement>(tracker, '#documents-message')!.value).to.equal('');
      $(tracker, '.documents button[type="submit"]')!.click();
      await tracker.updateComplete;
      expect(textOf($(tracker, '.documents'))).to.contain('Wählen Sie mindestens eine Datei aus.');
      expect(portal.requests.filter((path) => path.endsWith('/documents'))).to.have.length(0);
      await backToList();
      await openItem('SAAR-2026-AAAA-0001');
      expect($$(tracker, '.chosen-files li').map(textOf).join(' ')).to.contain(
        'sachkundenachweis.pdf',
      );
      expect($<HTMLTextAreaElement>(tracker, '#documents-message')!.value).to.equal(
        'Für den ersten Antrag',
      );
      $(tracker, '.documents button[type="submit"]')!.click();
      await until(() => $(tracker, '#documents-sent'), 'not sent');
      expect(portal.requests.filter((path) => path.endsWith('/documents'))).to.deep.equal([
        'applications/SAAR-2026-AAAA-0001/documents',
      ]);
    });

    it('says so when the office no longer waits for documents', async () => {
      const { tracker, portal } = await openFixture('ACTION_REQUIRED');
      await choose(tracker, [pdf()]);
      // The caseworker moved on meanwhile, and the tracker has not seen it yet.
      portal.data.applications[0]!.application.status = 'PROCESSING';
      $(tracker, '.documents button[type="submit"]')!.click();
      await until(() => $(tracker, '#documents-failure'), 'no answer');
      expect(textOf($(tracker, '#documents-failure'))).to.contain(
        'wartet nicht mehr auf Unterlagen',
      );
    });
  });

  describe('live', () => {
    it('shows a change the moment it is made, announces it politely and fires saar-status-change', async () => {
      const { tracker, portal } = await openFixture('PROCESSING');
      await live(tracker);
      const changed = oneEvent(tracker, 'saar-status-change');
      portal.pushStatus(REFERENCE, {
        status: 'ACTION_REQUIRED',
        at: new Date().toISOString(),
        details: ACTION_DETAILS,
      });
      const event = await changed;
      expect(event.detail).to.deep.equal({
        reference: REFERENCE,
        status: 'ACTION_REQUIRED',
        previousStatus: 'PROCESSING',
      });
      await tracker.updateComplete;
      expect(textOf($(tracker, '.current'))).to.contain('Ihre Mithilfe ist nötig');
      expect(textOf($(tracker, '.action'))).to.contain(ACTION_DETAILS.de);
      expect($$(tracker, 'ol.timeline > li')).to.have.length(4);
      const region = $(tracker, '[role="status"][aria-live="polite"]')!;
      await until(
        () => textOf(region).includes('Neuer Stand: Ihre Mithilfe ist nötig'),
        'not announced',
      );
    });

    it('ends the stream at a final status', async () => {
      const { tracker, portal } = await openFixture('PROCESSING');
      await live(tracker);
      portal.pushStatus(REFERENCE, { status: 'COMPLETED', at: new Date().toISOString() });
      await until(
        () => textOf($(tracker, '.live-state')).includes('Es kommen keine Änderungen mehr'),
        'the stream did not end',
      );
      expect(textOf($(tracker, '.current'))).to.contain('Abgeschlossen');
    });

    it('reconnects when the stream drops and gets what it missed', async () => {
      const { tracker, portal } = await openFixture('RECEIVED');
      await live(tracker);
      portal.dropStreams();
      await until(() => !$(tracker, '.live-state--live'), 'the drop went unnoticed');
      expect(textOf($(tracker, '.live-state'))).to.contain('unterbrochen');
      // Made while the tracker was disconnected: the reconnect asks for what came after.
      portal.pushStatus(REFERENCE, { status: 'PROCESSING', at: new Date().toISOString() });
      await until(() => textOf($(tracker, '.current')).includes('In Bearbeitung'), 'missed', 8000);
      await live(tracker);
      portal.pushStatus(REFERENCE, {
        status: 'ACTION_REQUIRED',
        at: new Date().toISOString(),
      });
      await until(
        () => textOf($(tracker, '.current')).includes('Ihre Mithilfe ist nötig'),
        'no change after reconnecting',
      );
      expect($$(tracker, 'ol.timeline > li')).to.have.length(4);
    });

    it('does not follow a final application', async () => {
      const { tracker, portal } = await openFixture('COMPLETED');
      expect(textOf($(tracker, '.live-state'))).to.contain('Es kommen keine Änderungen mehr');
      expect(portal.requests.some((path) => path.endsWith('/events/stream'))).to.equal(false);
    });
  });

  describe('a logged-in citizen', () => {
    it('sees only their own applications, newest first, and opens one', async () => {
      const mine = trackedApplication('PROCESSING', 'SAAR-2026-AAAA-0001');
      const older = {
        ...trackedApplication('COMPLETED', 'SAAR-2025-AAAA-0002'),
        submittedAt: '2025-05-01T10:00:00Z',
      };
      const someoneElses = trackedApplication('RECEIVED', 'SAAR-2026-AAAA-0003');
      const portal = trackerPortal([
        { application: older, accessCode: ACCESS_CODE, owner: 'citizen-erika' },
        { application: mine, accessCode: ACCESS_CODE, owner: 'citizen-erika' },
        { application: someoneElses, accessCode: ACCESS_CODE, owner: 'citizen-max' },
      ]);
      portal.citizen = { sub: 'citizen-erika', acr: 'STORK-QAA-Level-3' };
      const { tracker } = await mountTracker({ portal, session: signedInAs('citizen-erika') });
      await until(() => $$(tracker, '.mine .application-item').length > 0, 'no list');
      const items = $$(tracker, '.mine .application-item').map(textOf);
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('SAAR-2026-AAAA-0001');
      expect(items[1]).to.contain('SAAR-2025-AAAA-0002');
      expect(items.join(' ')).to.not.contain('SAAR-2026-AAAA-0003');
      $<HTMLButtonElement>(tracker, '.mine .application-item button')!.click();
      await until(() => $(tracker, '.application'), 'did not open');
      expect(textOf($(tracker, '.meta'))).to.contain('SAAR-2026-AAAA-0001');
      await until(() => $(tracker, '.live-state--live'), 'the owner follows it live too');
    });
  });
});
