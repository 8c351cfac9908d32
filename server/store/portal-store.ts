/**
 * The storage interface of the portal API, one part per aggregate: the catalogue, drafts,
 * attachments (metadata and bytes) and applications (with their status events and idempotency
 * keys). `server/store/sqlite/` implements it on an embedded SQLite file and
 * `server/store/postgres/` on PostgreSQL, one file per part each; what both do alike with their
 * rows is in `server/store/rows/` (docs/storage.md).
 *
 * Every method is asynchronous although SQLite answers synchronously, so a networked store slots
 * in without touching the callers. Operations that must be atomic (submitting an application,
 * changing a status) are single calls: the store owns the transaction.
 */
import type { Readable } from 'node:stream';
import type {
  Area,
  FormAnswers,
  FormDefinition,
  LanguageMap,
  LifeSituation,
  NotOffered,
  Route,
  RoutingBasis,
  Service,
  ServiceSummary,
  StatusEvent,
  StatusValue,
  TrustLevel,
} from '../../src/api/schemas/index.js';

/**
 * Who is responsible for a service at an area key: the routes, whose place decides (the
 * residence, or the place of a birth, death or wedding), and why the service is not offered
 * there. No route and no `notOffered`: nobody is known.
 */
export interface Responsibility {
  routes: Route[];
  routedBy: RoutingBasis;
  notOffered?: NotOffered;
}

/** The catalogue as it is written into a store, routes already resolved. */
export interface CatalogueSeed {
  /** Fingerprint of the seed data: a store re-seeds its catalogue only when this changes. */
  fingerprint: string;
  lifeSituations: LifeSituation[];
  /** Full descriptions with their compact summaries, in catalogue order. */
  services: Array<{ service: Service; summary: ServiceSummary }>;
  areas: Area[];
  forms: FormDefinition[];
  /**
   * Who is responsible for a service at an area key. A municipality's answer falls back to its
   * district's, then the state's, so shared answers are stored once at the top.
   */
  responsibilities: Array<{ serviceId: string; ars: string; responsibility: Responsibility }>;
}

/** The catalogue: written only by seeding, read by everyone. */
export interface CatalogueStore {
  /** Writes the catalogue unless one with the same fingerprint is there; user data stays. */
  seed(seed: CatalogueSeed): Promise<{ seeded: boolean }>;
  /** Compact summaries of every service, in catalogue order. */
  listServiceSummaries(): Promise<ServiceSummary[]>;
  listLifeSituations(): Promise<LifeSituation[]>;
  getService(id: string): Promise<Service | undefined>;
  getServiceByLeikaKey(leikaKey: string): Promise<Service | undefined>;
  /** Areas whose name or postcode matches, best first; every area without a query. */
  searchAreas(query: string | undefined, limit: number): Promise<Area[]>;
  /** An area by its regional key (ARS) or, for municipalities, its municipality key (AGS). */
  getArea(key: string): Promise<Area | undefined>;
  /** Who is responsible for a service at an area, falling back municipality → district → state. */
  getResponsibility(serviceId: string, ars: string): Promise<Responsibility>;
  getForm(serviceId: string): Promise<FormDefinition | undefined>;
}

/** A draft as stored. Resume tokens are stored hashed; see decision 0034. */
export interface DraftRecord {
  tokenHash: string;
  /** The citizen (`sub`) who saved it while logged in; absent for anonymous drafts. */
  ownerSub?: string;
  /** The token itself, kept only for owned drafts (listed by `GET /me/drafts`). */
  resumeToken?: string;
  serviceId: string;
  ars?: string;
  stepId?: string;
  answers: FormAnswers;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

/** Drafts, keyed by the hash of their resume token; expired drafts are invisible. */
export interface DraftStore {
  create(draft: DraftRecord): Promise<void>;
  /** The draft unless it is unknown or expired at `now`. */
  get(tokenHash: string, now: string): Promise<DraftRecord | undefined>;
  update(draft: DraftRecord): Promise<void>;
  delete(tokenHash: string): Promise<boolean>;
  listByOwner(ownerSub: string, now: string): Promise<DraftRecord[]>;
}

/** What the server knows of an upload: its own findings, never the client's claims. */
export interface AttachmentRecord {
  attachmentId: string;
  filename: string;
  /** The media type its first bytes announce. */
  mediaType: string;
  size: number;
  sha256: string;
  /** The citizen who uploaded it while logged in; absent for anonymous uploads. */
  ownerSub?: string;
  /** The draft that claimed an anonymous upload: only that draft may use it from then on. */
  draftTokenHash?: string;
  /** The application it was submitted with, once submitted. */
  reference?: string;
  createdAt: string;
  /** Unreferenced uploads are purged after this; cleared once an application uses the file. */
  expiresAt?: string;
}

/** An upload to store: what the server found out about it before its bytes. */
export type NewAttachment = Omit<
  AttachmentRecord,
  'size' | 'sha256' | 'draftTokenHash' | 'reference'
>;

/** Where upload bytes live: files, a database, or an object store behind the same four calls. */
export interface BlobStore {
  /**
   * Stores `bytes` under `id`: visible only once written in full and durable. Answers the size
   * and SHA-256 (hex) of what was written; rejects (and keeps nothing) if `bytes` errors.
   */
  put(id: string, bytes: Readable): Promise<{ size: number; sha256: string }>;
  /** The bytes of `id`, or undefined. */
  get(id: string): Promise<Readable | undefined>;
  /** Deletes the blobs (unknown ids are ignored). */
  delete(ids: readonly string[]): Promise<void>;
  /** Removes what a crash left behind: partial writes, and blobs `isKnown` does not know. */
  sweep(isKnown: (ids: readonly string[]) => Promise<ReadonlySet<string>>): Promise<number>;
}

/** Uploads: metadata and bytes together, so neither outlives the other. */
export interface AttachmentStore {
  /** Stores the bytes and the record; the record gets the size and hash of what was stored. */
  save(attachment: NewAttachment, bytes: Readable): Promise<AttachmentRecord>;
  get(ids: readonly string[]): Promise<AttachmentRecord[]>;
  /** The bytes of an upload. */
  open(id: string): Promise<Readable | undefined>;
  /** Deletes an upload that was stored for a request refused afterwards. */
  discard(id: string): Promise<void>;
  /**
   * Marks uploads as used by a saved draft: kept at least until `expiresAt`, and anonymous ones
   * bound to that draft.
   */
  claim(ids: readonly string[], draftTokenHash: string, expiresAt: string): Promise<void>;
}

/** An application as stored: the citizen-facing fields plus what only the server sees. */
export interface ApplicationRecord {
  reference: string;
  serviceId: string;
  serviceName: LanguageMap;
  ars: string;
  authorityName: string;
  /** The responsible authority's id (its route's `destinationId`): caseworkers are scoped by it. */
  authorityId?: string;
  status: StatusValue;
  submittedAt: string;
  updatedAt: string;
  trustLevel?: TrustLevel;
  ownerSub?: string;
  /** Keyed hash of the access code; the code itself is never stored. */
  accessCodeHash: string;
  answers: FormAnswers;
}

/** Everything `submit` writes in one transaction. */
export interface NewApplication {
  application: ApplicationRecord;
  /** The first status event (`SUBMITTED`); the store assigns its id. */
  initialEvent: Omit<StatusEvent, 'id'>;
  idempotency: {
    keyHash: string;
    /** Hash of who submitted what: the same key with another request is refused. */
    fingerprint: string;
    /** The access code, encrypted under a key only the idempotency key's holder can derive. */
    sealedAccessCode: string;
    expiresAt: string;
  };
  /** Hash of the resume token of the draft to delete with the submission. */
  draftTokenHash?: string;
  /** Uploads the answers reference; they are kept with the application from now on. */
  attachmentIds: string[];
}

/** What became of a submission. */
export type SubmitOutcome =
  | { kind: 'created'; initialEvent: StatusEvent }
  | { kind: 'replay'; fingerprint: string; sealedAccessCode: string; reference: string }
  | { kind: 'reference-taken' };

/** A caseworker's status change, as the store applies it. */
export interface StatusChangeRecord {
  status: StatusValue;
  at: string;
  details?: LanguageMap;
  actionUrl?: string;
  /** The statuses the change may start from (the status machine); any other is refused. */
  from: readonly StatusValue[];
}

/** What became of a status change. */
export type StatusChangeOutcome =
  | { kind: 'changed'; event: StatusEvent; application: ApplicationRecord }
  | { kind: 'not-found' }
  | { kind: 'refused'; status: StatusValue };

/** Documents a citizen sends in answer to `ACTION_REQUIRED`, as the store records them. */
export interface NewDocumentDelivery {
  reference: string;
  /** The uploads, in the citizen's order; each is linked to the application and kept. */
  attachmentIds: string[];
  /** The citizen's note for the caseworker, trimmed, non-empty when present. */
  message?: string;
  sentAt: string;
  /** The status event recorded with it (the status the application moves to, and its words). */
  status: StatusValue;
  details: LanguageMap;
  /** The statuses the application must be in; any other is refused. */
  from: readonly StatusValue[];
  /** The request's `Idempotency-Key` (hashed) and who sent which body (decision 0057). */
  idempotency: { keyHash: string; fingerprint: string };
}

/** Documents sent later, as stored. */
export interface DocumentDeliveryRecord {
  id: string;
  reference: string;
  sentAt: string;
  attachmentIds: string[];
  message?: string;
  /** The status event that recorded it. */
  eventId: string;
}

/** What became of sending documents. */
export type DocumentDeliveryOutcome =
  | {
      kind: 'delivered';
      delivery: DocumentDeliveryRecord;
      event: StatusEvent;
      application: ApplicationRecord;
    }
  /** The key came with the same request before (a retry): nothing new is stored. */
  | { kind: 'replay'; delivery: DocumentDeliveryRecord; application: ApplicationRecord }
  /** The key came with another request (another body, caller or application). */
  | { kind: 'key-reused' }
  | { kind: 'not-found' }
  | { kind: 'refused'; status: StatusValue }
  /** Uploads that are gone, expired or already used (by any application, this one included). */
  | { kind: 'unusable'; attachmentIds: string[] };

/** Filters for the caseworker's list. */
export interface ApplicationQuery {
  status?: StatusValue;
  /** Only applications of this authority (a caseworker's own), by its id. */
  authorityId?: string;
  limit: number;
}

/** Applications, their status events and the idempotency keys of their submissions. */
export interface ApplicationStore {
  /** Stores an application, its first event and its idempotency key atomically. */
  submit(submission: NewApplication): Promise<SubmitOutcome>;
  /** The submission an idempotency key already made, if any (and not expired). */
  findSubmission(
    keyHash: string,
  ): Promise<Omit<SubmitOutcome & { kind: 'replay' }, 'kind'> | undefined>;
  get(reference: string): Promise<ApplicationRecord | undefined>;
  /** Only the access-code hash (the status look-up reads it before anything else). */
  getAccessCodeHash(reference: string): Promise<string | undefined>;
  listByOwner(ownerSub: string): Promise<ApplicationRecord[]>;
  list(query: ApplicationQuery): Promise<ApplicationRecord[]>;
  /** Records a status change unless the application is unknown or its status forbids it. */
  changeStatus(reference: string, change: StatusChangeRecord): Promise<StatusChangeOutcome>;
  /** Status events of an application, oldest first; only those after `afterId` if given. */
  listEvents(reference: string, afterId?: string): Promise<StatusEvent[]>;
  /**
   * Records documents sent in answer to `ACTION_REQUIRED` with their status event, atomically:
   * a known idempotency key answers its delivery (same fingerprint) or `key-reused`; otherwise
   * the status must allow it and every upload must exist, be unexpired and unused. The store
   * checks use and expiry itself, under lock, so two requests cannot both take one upload.
   */
  deliverDocuments(delivery: NewDocumentDelivery): Promise<DocumentDeliveryOutcome>;
  /** Documents sent later for an application, oldest first. */
  listDocumentDeliveries(reference: string): Promise<DocumentDeliveryRecord[]>;
}

/** What a purge removed. */
export interface PurgeResult {
  drafts: number;
  attachments: number;
  idempotencyKeys: number;
  /** DPoP proof ids past their proofs' lifetime (a store that keeps them on disk). */
  proofIds?: number;
}

/**
 * DPoP proof ids (`jti`) seen while their proofs could still be accepted (RFC 9449 replay check).
 * Every instance that accepts the same tokens must share it, or a captured proof could be replayed
 * once per instance.
 */
export interface ProofIdStore {
  /** Records `jti` until `expiresAt` (ms since 1970); false if it is there already (a replay). */
  remember(jti: string, expiresAt: number, now: number): Promise<boolean>;
}

/** The portal's storage. */
export interface PortalStore {
  readonly catalogue: CatalogueStore;
  readonly drafts: DraftStore;
  readonly attachments: AttachmentStore;
  readonly applications: ApplicationStore;
  readonly proofIds: ProofIdStore;
  /** Deletes expired drafts, uploads (bytes too) and idempotency keys. */
  purgeExpired(now: string): Promise<PurgeResult>;
  /** Removes upload bytes a crash left without a record; answers how many. */
  sweepOrphans(): Promise<number>;
  /**
   * For a store several instances share: hears every status event committed by any of them (this
   * one included), so each instance's streams see changes made through the others. A store
   * without it is used by one process, which announces its own changes.
   */
  listenStatusEvents?(
    listener: (event: StatusEvent) => void,
    onError?: (error: unknown) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
