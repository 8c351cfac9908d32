/**
 * The fake portal answers `sendDocuments` as the portal does (decision 0057), with data the
 * client checks against the contract: `PROCESSING` with the portal's words, pushed to an open
 * stream; a repeated key changes nothing; any other status is a 409 `not-awaiting-documents`.
 */
import { expect } from '@open-wc/testing';
import {
  HttpError,
  sendDocuments,
  streamStatusEvents,
  submitApplication,
  type StatusEvent,
} from '../../src/api/index.js';
import { FakePortal } from '../fixtures/fake-portal.js';

describe('fake portal: documents sent later', () => {
  it('answers ACTION_REQUIRED with PROCESSING, live, once per key, then 409', async () => {
    const portal = new FakePortal();
    const service = portal.data.services[0]!;
    const receipt = await submitApplication(
      portal.client,
      { serviceId: service.id, ars: '100440111111', answers: {} },
      'fake-documents-key-0001',
    );
    const { reference, accessCode } = receipt;
    portal.pushStatus(reference, {
      status: 'ACTION_REQUIRED',
      at: new Date().toISOString(),
      details: { de: 'Bitte den Impfpass nachreichen.' },
    });
    const heard: StatusEvent[] = [];
    const controller = new AbortController();
    const opened = new Promise<void>((resolve) => {
      void streamStatusEvents(portal.client, reference, {
        accessCode,
        onEvent: (event) => heard.push(event),
        onOpen: resolve,
        signal: controller.signal,
      }).catch(() => undefined);
    });
    await opened;

    const input = { attachmentIds: ['fake-attachment-1'], message: 'Anbei.' };
    const options = { accessCode, idempotencyKey: 'fake-documents-key-0002' };
    const sent = await sendDocuments(portal.client, reference, input, options);
    expect(sent.status).to.equal('PROCESSING');
    expect(sent.events.at(-1)?.details?.de).to.equal(
      'Sie haben 1 Datei nachgereicht und eine Nachricht geschrieben.',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.map((event) => event.status)).to.deep.equal(['PROCESSING']);

    const again = await sendDocuments(portal.client, reference, input, options);
    expect(again.events).to.have.length(sent.events.length);
    const error = await sendDocuments(portal.client, reference, input, { accessCode })
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).problem.type).to.equal(
      'urn:saar-portal:problem:not-awaiting-documents',
    );
    controller.abort();
  });
});
