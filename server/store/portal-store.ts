/**
 * The narrow storage interface of the portal API. `SqliteStore` implements it on an embedded
 * SQLite file; docs/storage.md describes a PostgreSQL implementation for several instances.
 *
 * Every method is asynchronous although SQLite answers synchronously, so a networked store can
 * slot in without touching the routes. Methods that must be atomic (submitting an application,
 * changing a status) are single calls: the store owns the transaction.
 */
import type {
  Area,
  FormAnswers,
  FormDefinition,
  LanguageMap,
  LifeSituation,
  Route,
  Service,
  ServiceSummary,
  StatusEvent,
  StatusValue,
  TrustLevel,
} from '../../src/api/schemas/index.js';

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
   * Who is responsible: the routes for a service at an area key. A municipality's answer falls
   * back to its district's, then the state's, so shared answers are stored once at the top.
   */
  responsibilities: Array<{ serviceId: string; ars: string; routes: Route[] }>;
}

/** A draft as stored. Resume tokens are stored hashed; see docs/decisions. */
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

/** An uploaded file's metadata (the bytes live in `DATA_DIR/attachments/<id>`). */
export interface AttachmentRecord {
  attachmentId: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  ownerSub?: string;
  createdAt: string;
  /** Unreferenced uploads are purged after this; cleared once an application uses the file. */
  expiresAt?: string;
}

/** An application as stored: the citizen-facing fields plus what only the server sees. */
export interface ApplicationRecord {
  reference: string;
  serviceId: string;
  serviceName: LanguageMap;
  ars: string;
  authorityName: string;
  status: StatusValue;
  submittedAt: string;
  updatedAt: string;
  trustLevel?: TrustLevel;
  ownerSub?: string;
  /** Keyed hash of the access code; the code itself is never stored. */
  accessCodeHash: string;
  answers: FormAnswers;
}

/** Everything `submitApplication` writes in one transaction. */
export interface NewApplication {
  application: ApplicationRecord;
  /** The first status event (`SUBMITTED`); the store assigns its id. */
  initialEvent: Omit<StatusEvent, 'id'>;
  idempotency: {
    keyHash: string;
    /** Hash of who submitted what: the same key with another request is refused. */
    fingerprint: string;
    /**
     * Seals the receipt (encrypted with a key only the holder of the idempotency key can derive),
     * called inside the transaction once the first event has its id.
     */
    seal(initialEvent: StatusEvent): string;
    expiresAt: string;
  };
  /** Hash of the resume token of the draft to delete with the submission. */
  draftTokenHash?: string;
  /** Uploads the answers reference; they are kept from now on. */
  attachmentIds: string[];
}

/** What became of a submission. */
export type SubmitOutcome =
  | { kind: 'created'; initialEvent: StatusEvent }
  | { kind: 'replay'; fingerprint: string; sealedReceipt: string; reference: string }
  | { kind: 'reference-taken' };

/** A caseworker's status change, as the store applies it. */
export interface StatusChangeRecord {
  status: StatusValue;
  at: string;
  details?: LanguageMap;
  actionUrl?: string;
}

/** What became of a status change. */
export type StatusChangeOutcome =
  | { kind: 'changed'; event: StatusEvent; application: ApplicationRecord }
  | { kind: 'not-found' }
  | { kind: 'final'; status: StatusValue };

/** Filters for the caseworker's list. */
export interface ApplicationQuery {
  status?: StatusValue;
  limit: number;
}

/** The portal's storage. */
export interface PortalStore {
  /** Writes the catalogue unless one with the same fingerprint is there; user data stays. */
  seedCatalogue(seed: CatalogueSeed): Promise<{ seeded: boolean }>;

  /** Compact summaries of every service, in catalogue order. */
  listServiceSummaries(): Promise<ServiceSummary[]>;
  listLifeSituations(): Promise<LifeSituation[]>;
  getService(id: string): Promise<Service | undefined>;
  getServiceByLeikaKey(leikaKey: string): Promise<Service | undefined>;

  /** Areas whose name or postcode matches, best first; every area without a query. */
  searchAreas(query: string | undefined, limit: number): Promise<Area[]>;
  /** An area by its regional key (ARS) or, for municipalities, its municipality key (AGS). */
  getArea(key: string): Promise<Area | undefined>;
  /** The routes for a service at an area, falling back along the area key (municipality → district → state). */
  getRoutes(serviceId: string, ars: string): Promise<Route[]>;
  getForm(serviceId: string): Promise<FormDefinition | undefined>;

  createDraft(draft: DraftRecord): Promise<void>;
  /** The draft unless it is unknown or expired at `now`. */
  getDraft(tokenHash: string, now: string): Promise<DraftRecord | undefined>;
  updateDraft(draft: DraftRecord): Promise<void>;
  deleteDraft(tokenHash: string): Promise<boolean>;
  listDraftsByOwner(ownerSub: string, now: string): Promise<DraftRecord[]>;

  saveAttachment(attachment: AttachmentRecord): Promise<void>;
  getAttachments(ids: readonly string[]): Promise<AttachmentRecord[]>;
  /** Keeps unsubmitted uploads at least until `expiresAt` (a draft that references them was saved). */
  extendAttachments(ids: readonly string[], expiresAt: string): Promise<void>;

  /** Stores an application, its first event and its idempotency key atomically. */
  submitApplication(submission: NewApplication): Promise<SubmitOutcome>;
  getApplication(reference: string): Promise<ApplicationRecord | undefined>;
  listApplicationsByOwner(ownerSub: string): Promise<ApplicationRecord[]>;
  listApplications(query: ApplicationQuery): Promise<ApplicationRecord[]>;
  /** Records a status change unless the application is unknown or already final. */
  changeStatus(reference: string, change: StatusChangeRecord): Promise<StatusChangeOutcome>;
  /** Status events of an application, oldest first; only those after `afterId` if given. */
  listStatusEvents(reference: string, afterId?: string): Promise<StatusEvent[]>;

  /** Deletes expired drafts, uploads and idempotency keys; answers the ids of removed uploads. */
  purgeExpired(
    now: string,
  ): Promise<{ drafts: number; attachmentIds: string[]; idempotencyKeys: number }>;
  close(): Promise<void>;
}
