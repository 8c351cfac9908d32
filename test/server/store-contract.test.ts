/**
 * One store contract, two stores: every test here runs against `SqliteStore` and against
 * `PostgresStore` on a real PostgreSQL server (a throwaway cluster, or `TEST_DATABASE_URL`).
 * Catalogue, drafts, uploads with their bytes, submissions with idempotency, status changes along
 * the machine, event order, purges, orphan sweeps, and the status feed of a shared store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { StatusEvent } from '../../src/api/schemas/index.js';
import { ALLOWED_TRANSITIONS } from '../../server/domain/status-machine.js';
import { buildCatalogueSeed } from '../../server/store/catalogue-seed.js';
import type { NewApplication, PortalStore } from '../../server/store/portal-store.js';
import { PostgresStore } from '../../server/store/postgres/index.js';
import { SqliteStore } from '../../server/store/sqlite/index.js';
import { startTestDatabase, type TestDatabase } from './support/postgres.js';
import { ARS, DOG_TAX, fixtureSeed, VEHICLE } from './support/seed-fixture.js';

const bytes = (text: string) => Readable.from([Buffer.from(text)]);
const read = async (stream: Readable | undefined) => {
  assert.ok(stream);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString();
};

let counter = 0;
function newApplication(overrides: Partial<NewApplication> = {}): NewApplication {
  counter += 1;
  const reference = `SAAR-2026-${String(counter).padStart(4, '0')}-AAAA`;
  return {
    application: {
      reference,
      serviceId: DOG_TAX.id,
      serviceName: DOG_TAX.name,
      ars: ARS.saarbruecken,
      authorityName: 'Bürgeramt Saarbrücken',
      authorityId: 'gemeinde-10041100',
      status: 'SUBMITTED',
      submittedAt: `2026-05-01T08:00:${String(counter % 60).padStart(2, '0')}.000Z`,
      updatedAt: '2026-05-01T08:00:00.000Z',
      ownerSub: 'citizen-anna',
      accessCodeHash: `hash-${counter}`,
      answers: { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Rex' }] },
    },
    initialEvent: { reference, status: 'SUBMITTED', at: '2026-05-01T08:00:00.000Z' },
    idempotency: {
      keyHash: `key-${counter}`,
      fingerprint: `fingerprint-${counter}`,
      sealedAccessCode: 'sealed',
      expiresAt: '2026-05-02T08:00:00.000Z',
    },
    attachmentIds: [],
    ...overrides,
  };
}

function contract(name: string, open: () => Promise<PortalStore>): void {
  describe(`store contract: ${name}`, () => {
    let store: PortalStore;
    before(async () => {
      store = await open();
    });
    after(() => store.close());

    it('seeds the catalogue once per fingerprint and answers its queries', async () => {
      const seed = buildCatalogueSeed(fixtureSeed());
      assert.deepEqual(await store.catalogue.seed(seed), { seeded: true });
      assert.deepEqual(await store.catalogue.seed(seed), { seeded: false });
      assert.equal((await store.catalogue.listServiceSummaries()).length, 3);
      assert.equal((await store.catalogue.getService(DOG_TAX.id))?.name.de, DOG_TAX.name.de);
      assert.equal((await store.catalogue.getServiceByLeikaKey(VEHICLE.leikaKey))?.id, VEHICLE.id);
      assert.equal(await store.catalogue.getService('nope'), undefined);
      assert.deepEqual(
        (await store.catalogue.searchAreas('saarbruecken', 5)).map((a) => a.ars),
        [ARS.saarbruecken, ARS.saarbrueckenDistrict],
      );
      assert.deepEqual(
        (await store.catalogue.searchAreas('6674', 5)).map((a) => a.ars),
        [ARS.saarlouis],
      );
      assert.equal((await store.catalogue.searchAreas(undefined, 100)).length, 6);
      assert.equal((await store.catalogue.searchAreas('%', 5)).length, 0);
      assert.equal((await store.catalogue.getArea('10041100'))?.ars, ARS.saarbruecken);
      const municipal = await store.catalogue.getResponsibility(DOG_TAX.id, ARS.saarlouis);
      assert.equal(municipal.routes[0]?.destinationName, 'Bürgeramt Saarlouis');
      const district = await store.catalogue.getResponsibility(VEHICLE.id, ARS.voelklingen);
      assert.equal(district.routes[0]?.destinationName, 'Zulassungsstelle Regionalverband');
      assert.deepEqual(await store.catalogue.getResponsibility(VEHICLE.id, '99'), {
        routes: [],
        routedBy: 'residence',
      });
      assert.equal((await store.catalogue.getForm(DOG_TAX.id))?.id, 'S_DOG_TAX');
      const changed = { ...seed, fingerprint: 'other', areas: seed.areas.slice(0, 1) };
      assert.deepEqual(await store.catalogue.seed(changed), { seeded: true });
      assert.equal((await store.catalogue.searchAreas(undefined, 100)).length, 1);
      await store.catalogue.seed(seed);
    });

    it('remembers a DPoP proof id once until it expires', async () => {
      const now = Date.parse('2026-05-01T08:00:00.000Z');
      const jti = `proof-${name}`;
      assert.equal(await store.proofIds.remember(jti, now + 65_000, now), true);
      assert.equal(await store.proofIds.remember(jti, now + 66_000, now + 1000), false);
      assert.equal(await store.proofIds.remember(`${jti}-other`, now + 66_000, now + 1000), true);
      // Past its lifetime the proof fails its age check anyway; its id may be recorded anew.
      assert.equal(await store.proofIds.remember(jti, now + 200_000, now + 100_000), true);
    });

    it('keeps drafts by token hash, hides expired ones, lists an owner’s', async () => {
      const draft = {
        tokenHash: `draft-${name}`,
        ownerSub: 'citizen-anna',
        resumeToken: 'token',
        serviceId: DOG_TAX.id,
        answers: { F_NAME: 'Anna' },
        createdAt: '2026-05-01T08:00:00.000Z',
        updatedAt: '2026-05-01T08:00:00.000Z',
        expiresAt: '2026-05-31T08:00:00.000Z',
      };
      await store.drafts.create(draft);
      assert.deepEqual(await store.drafts.get(draft.tokenHash, '2026-05-02T00:00:00.000Z'), draft);
      assert.equal(await store.drafts.get(draft.tokenHash, '2026-06-01T00:00:00.000Z'), undefined);
      await store.drafts.update({ ...draft, ars: ARS.saarlouis, stepId: 'S_DOGS', answers: {} });
      const updated = await store.drafts.get(draft.tokenHash, '2026-05-02T00:00:00.000Z');
      assert.equal(updated?.ars, ARS.saarlouis);
      assert.equal(
        (await store.drafts.listByOwner('citizen-anna', '2026-05-02T00:00:00.000Z')).length,
        1,
      );
      assert.equal(await store.drafts.delete(draft.tokenHash), true);
      assert.equal(await store.drafts.delete(draft.tokenHash), false);
    });

    it('keeps upload bytes with their record, binds them, purges and sweeps', async () => {
      const base = {
        filename: 'a.pdf',
        mediaType: 'application/pdf',
        createdAt: '2026-05-01T08:00:00.000Z',
        expiresAt: '2026-05-31T08:00:00.000Z',
      };
      const saved = await store.attachments.save(
        { ...base, attachmentId: 'uploadNumber0001' },
        bytes('%PDF-one'),
      );
      assert.equal(saved.size, 8);
      assert.match(saved.sha256, /^[0-9a-f]{64}$/);
      assert.equal(await read(await store.attachments.open('uploadNumber0001')), '%PDF-one');
      await store.attachments.save(
        { ...base, attachmentId: 'uploadNumber0002' },
        bytes('%PDF-two'),
      );
      await store.attachments.claim(['uploadNumber0001'], 'draft-A', '2026-06-30T08:00:00.000Z');
      await store.attachments.claim(['uploadNumber0001'], 'draft-B', '2026-06-30T08:00:00.000Z');
      const [claimed, other] = await store.attachments.get([
        'uploadNumber0001',
        'uploadNumber0002',
      ]);
      assert.equal(claimed?.draftTokenHash, 'draft-A', 'the first draft keeps it');
      assert.equal(claimed?.expiresAt, '2026-06-30T08:00:00.000Z');
      assert.equal(other?.draftTokenHash, undefined);
      const purged = await store.purgeExpired('2026-06-15T00:00:00.000Z');
      assert.equal(purged.attachments, 1);
      assert.equal(await store.attachments.open('uploadNumber0002'), undefined);
      await store.attachments.discard('uploadNumber0001');
      assert.deepEqual(await store.attachments.get(['uploadNumber0001']), []);
      assert.equal(await store.sweepOrphans(), 0);
    });

    it('submits atomically: one application per key, replays, taken references, draft and uploads', async () => {
      await store.attachments.save(
        {
          attachmentId: 'uploadNumber0003',
          filename: 'a.pdf',
          mediaType: 'application/pdf',
          createdAt: '2026-05-01T08:00:00.000Z',
          expiresAt: '2026-05-31T08:00:00.000Z',
        },
        bytes('%PDF-three'),
      );
      await store.drafts.create({
        tokenHash: `from-${name}`,
        serviceId: DOG_TAX.id,
        answers: {},
        createdAt: '2026-05-01T08:00:00.000Z',
        updatedAt: '2026-05-01T08:00:00.000Z',
        expiresAt: '2026-05-31T08:00:00.000Z',
      });
      const first = newApplication({
        attachmentIds: ['uploadNumber0003'],
        draftTokenHash: `from-${name}`,
      });
      const created = await store.applications.submit(first);
      assert.equal(created.kind, 'created');
      assert.equal(await store.drafts.get(`from-${name}`, '2026-05-02T00:00:00.000Z'), undefined);
      const [linked] = await store.attachments.get(['uploadNumber0003']);
      assert.equal(linked?.reference, first.application.reference);
      assert.equal(linked?.expiresAt, undefined);

      const again = newApplication({ idempotency: first.idempotency });
      assert.deepEqual(await store.applications.submit(again), {
        kind: 'replay',
        fingerprint: first.idempotency.fingerprint,
        sealedAccessCode: 'sealed',
        reference: first.application.reference,
      });
      assert.equal(await store.applications.get(again.application.reference), undefined);
      assert.deepEqual(await store.applications.findSubmission(first.idempotency.keyHash), {
        fingerprint: first.idempotency.fingerprint,
        sealedAccessCode: 'sealed',
        reference: first.application.reference,
      });

      const taken = newApplication();
      taken.application = { ...taken.application, reference: first.application.reference };
      taken.initialEvent = { ...taken.initialEvent, reference: first.application.reference };
      assert.deepEqual(await store.applications.submit(taken), { kind: 'reference-taken' });
      assert.equal(await store.applications.findSubmission(taken.idempotency.keyHash), undefined);

      const stored = await store.applications.get(first.application.reference);
      assert.deepEqual(stored, first.application);
      assert.equal(
        await store.applications.getAccessCodeHash(first.application.reference),
        first.application.accessCodeHash,
      );
    });

    it('same key, many at once: one application', async () => {
      const shared = newApplication().idempotency;
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () =>
          store.applications.submit(newApplication({ idempotency: shared })),
        ),
      );
      assert.equal(outcomes.filter((outcome) => outcome.kind === 'created').length, 1);
      assert.equal(outcomes.filter((outcome) => outcome.kind === 'replay').length, 7);
    });

    it('changes statuses along the machine and keeps events in order', async () => {
      const submission = newApplication();
      const created = await store.applications.submit(submission);
      assert.equal(created.kind, 'created');
      const { reference } = submission.application;
      const change = (status: 'RECEIVED' | 'SUBMITTED' | 'COMPLETED' | 'PROCESSING') =>
        store.applications.changeStatus(reference, {
          status,
          at: '2026-05-02T08:00:00.000Z',
          from: ALLOWED_TRANSITIONS[status],
          details: { de: `Jetzt ${status}` },
        });
      const received = await change('RECEIVED');
      assert.equal(received.kind, 'changed');
      assert.deepEqual(await change('SUBMITTED'), { kind: 'refused', status: 'RECEIVED' });
      assert.equal((await change('COMPLETED')).kind, 'changed');
      assert.deepEqual(await change('PROCESSING'), { kind: 'refused', status: 'COMPLETED' });
      assert.deepEqual(
        await store.applications.changeStatus('SAAR-2026-ZZZZ-ZZZZ', {
          status: 'RECEIVED',
          at: 'x',
          from: ['SUBMITTED'],
        }),
        { kind: 'not-found' },
      );
      const events = await store.applications.listEvents(reference);
      assert.deepEqual(
        events.map((event) => event.status),
        ['SUBMITTED', 'RECEIVED', 'COMPLETED'],
      );
      assert.ok(Number(events[1]!.id) > Number(events[0]!.id));
      assert.deepEqual(
        (await store.applications.listEvents(reference, events[0]!.id)).map(
          (event) => event.status,
        ),
        ['RECEIVED', 'COMPLETED'],
      );
      assert.equal(events[1]!.details?.de, 'Jetzt RECEIVED');
      assert.equal((await store.applications.get(reference))?.status, 'COMPLETED');
    });

    it('lists by owner and by authority, newest first', async () => {
      const mine = await store.applications.listByOwner('citizen-anna');
      assert.ok(mine.length >= 3);
      const times = mine.map((application) => application.submittedAt);
      assert.deepEqual(times, [...times].sort().reverse());
      assert.ok(
        (await store.applications.list({ authorityId: 'gemeinde-10041100', limit: 100 })).length >=
          3,
      );
      assert.deepEqual(
        await store.applications.list({ authorityId: 'gemeinde-10044111', limit: 100 }),
        [],
      );
      assert.equal((await store.applications.list({ limit: 2 })).length, 2);
      const completed = await store.applications.list({ status: 'COMPLETED', limit: 100 });
      assert.ok(completed.every((application) => application.status === 'COMPLETED'));
    });

    it('purges expired idempotency keys', async () => {
      const purged = await store.purgeExpired('2026-05-03T00:00:00.000Z');
      assert.ok(purged.idempotencyKeys >= 3);
    });

    it('records documents sent in answer to ACTION_REQUIRED: event, links, idempotency, refusals', async () => {
      const submission = newApplication();
      assert.equal((await store.applications.submit(submission)).kind, 'created');
      const { reference } = submission.application;
      const upload = (attachmentId: string, expiresAt = '2026-05-31T08:00:00.000Z') =>
        store.attachments.save(
          {
            attachmentId,
            filename: `${attachmentId}.pdf`,
            mediaType: 'application/pdf',
            createdAt: '2026-05-01T08:00:00.000Z',
            expiresAt,
          },
          bytes('%PDF-later'),
        );
      const suffix = name === 'SQLite' ? 'sq' : 'pg';
      const [one, two, stale] = [`laterOne-${suffix}`, `laterTwo-${suffix}`, `laterOld-${suffix}`];
      await upload(one);
      await upload(two);
      await upload(stale, '2026-05-01T09:00:00.000Z');
      const deliver = (attachmentIds: string[], keyHash: string, fingerprint = keyHash) =>
        store.applications.deliverDocuments({
          reference,
          attachmentIds,
          message: 'Anbei',
          sentAt: '2026-05-02T10:00:00.000Z',
          status: 'PROCESSING',
          details: { de: 'Nachgereicht' },
          from: ['ACTION_REQUIRED'],
          idempotency: { keyHash: `${keyHash}-${suffix}`, fingerprint },
        });

      assert.deepEqual(await deliver([one], 'early'), { kind: 'refused', status: 'SUBMITTED' });
      await store.applications.changeStatus(reference, {
        status: 'ACTION_REQUIRED',
        at: '2026-05-02T09:00:00.000Z',
        from: ALLOWED_TRANSITIONS.ACTION_REQUIRED,
      });
      assert.deepEqual(await deliver([one, stale, 'nothing-here'], 'bad'), {
        kind: 'unusable',
        attachmentIds: [stale, 'nothing-here'],
      });
      const heard: StatusEvent[] = [];
      const stop = await store.listenStatusEvents?.((event) => heard.push(event));
      const delivered = await deliver([two, one], 'first');
      assert.equal(delivered.kind, 'delivered');
      if (delivered.kind !== 'delivered') return;
      assert.equal(delivered.application.status, 'PROCESSING');
      assert.equal(delivered.event.status, 'PROCESSING');
      assert.deepEqual(delivered.event.details, { de: 'Nachgereicht' });
      assert.deepEqual(delivered.delivery.attachmentIds, [two, one]);
      assert.equal(delivered.delivery.eventId, delivered.event.id);

      const replay = await deliver([two, one], 'first');
      assert.equal(replay.kind, 'replay');
      if (replay.kind === 'replay') assert.deepEqual(replay.delivery, delivered.delivery);
      assert.deepEqual(await deliver([two], 'first', 'another body'), { kind: 'key-reused' });
      assert.deepEqual(await deliver([one], 'second'), { kind: 'refused', status: 'PROCESSING' });

      const events = await store.applications.listEvents(reference);
      assert.deepEqual(
        events.map((event) => event.status),
        ['SUBMITTED', 'ACTION_REQUIRED', 'PROCESSING'],
      );
      assert.equal((await store.applications.get(reference))?.status, 'PROCESSING');
      assert.deepEqual(await store.applications.listDocumentDeliveries(reference), [
        delivered.delivery,
      ]);
      const linked = await store.attachments.get([one, two]);
      assert.deepEqual(
        linked.map((file) => [file.reference, file.expiresAt]),
        [
          [reference, undefined],
          [reference, undefined],
        ],
      );
      // Kept through a purge long after the uploads would have expired.
      await store.purgeExpired('2026-07-01T00:00:00.000Z');
      assert.equal(await read(await store.attachments.open(one)), '%PDF-later');
      // Used now: no other application takes them.
      const other = newApplication();
      await store.applications.submit(other);
      await store.applications.changeStatus(other.application.reference, {
        status: 'ACTION_REQUIRED',
        at: '2026-05-02T09:00:00.000Z',
        from: ALLOWED_TRANSITIONS.ACTION_REQUIRED,
      });
      const taken = await store.applications.deliverDocuments({
        reference: other.application.reference,
        attachmentIds: [one],
        sentAt: '2026-05-02T10:00:00.000Z',
        status: 'PROCESSING',
        details: { de: 'x' },
        from: ['ACTION_REQUIRED'],
        idempotency: { keyHash: `third-${suffix}`, fingerprint: 'third' },
      });
      assert.deepEqual(taken, { kind: 'unusable', attachmentIds: [one] });
      if (stop !== undefined) {
        const deadline = Date.now() + 2000;
        while (!heard.some((event) => event.id === delivered.event.id) && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        await stop();
        assert.ok(
          heard.some((event) => event.id === delivered.event.id),
          'the delivery’s event is announced to every instance',
        );
      }
    });

    if (name === 'PostgreSQL') {
      it('tells every listener about every committed status event (NOTIFY/LISTEN)', async () => {
        const heard: StatusEvent[] = [];
        const stop = await store.listenStatusEvents!((event) => heard.push(event));
        const submission = newApplication();
        await store.applications.submit(submission);
        await store.applications.changeStatus(submission.application.reference, {
          status: 'RECEIVED',
          at: '2026-05-02T08:00:00.000Z',
          from: ['SUBMITTED'],
        });
        const deadline = Date.now() + 2000;
        while (heard.length < 2 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 20));
        await stop();
        assert.deepEqual(
          heard.map((event) => event.status),
          ['SUBMITTED', 'RECEIVED'],
        );
      });
    }
  });
}

const folders: string[] = [];
contract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  folders.push(dir);
  return SqliteStore.open(dir);
});

let database: TestDatabase | undefined;
contract('PostgreSQL', async () => {
  database = await startTestDatabase();
  return PostgresStore.open(await database.fresh());
});

after(async () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  await database?.stop();
});
