/**
 * Uploads as rows, the same in the SQLite and the PostgreSQL store: the row, the record it maps
 * to, the values of its `INSERT`, and the order in which bytes and row are written. The SQL
 * stays in each store.
 */
import type { Readable } from 'node:stream';
import type { AttachmentRecord, BlobStore, NewAttachment } from '../portal-store.js';

/** A row of `attachments`, with the application that uses it (`reference`) joined in. */
export interface AttachmentRow {
  id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  owner_sub: string | null;
  draft_token_hash: string | null;
  reference: string | null;
  created_at: string;
  expires_at: string | null;
}

/** A row as the record the store answers. */
export function toAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    attachmentId: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    ...(row.owner_sub === null ? {} : { ownerSub: row.owner_sub }),
    ...(row.draft_token_hash === null ? {} : { draftTokenHash: row.draft_token_hash }),
    ...(row.reference === null ? {} : { reference: row.reference }),
    createdAt: row.created_at,
    ...(row.expires_at === null ? {} : { expiresAt: row.expires_at }),
  };
}

/**
 * The values of a new upload, in the order of the `INSERT`'s columns: `id, filename, media_type,
 * size, sha256, owner_sub, created_at, expires_at`.
 */
export type AttachmentInsertValues = [
  id: string,
  filename: string,
  mediaType: string,
  size: number,
  sha256: string,
  ownerSub: string | null,
  createdAt: string,
  expiresAt: string | null,
];

/** An upload's record as the values its `INSERT` binds. */
export function attachmentInsertValues(record: AttachmentRecord): AttachmentInsertValues {
  return [
    record.attachmentId,
    record.filename,
    record.mediaType,
    record.size,
    record.sha256,
    record.ownerSub ?? null,
    record.createdAt,
    record.expiresAt ?? null,
  ];
}

/**
 * Stores an upload: its bytes first (which gives the size and hash of what was written), then its
 * row through `insert`; if the row fails the bytes are deleted again. A crash in between leaves
 * bytes without a row, which the store's `sweepOrphans` removes (docs/storage.md).
 */
export async function saveUpload(
  blobs: BlobStore,
  attachment: NewAttachment,
  bytes: Readable,
  insert: (record: AttachmentRecord) => unknown,
): Promise<AttachmentRecord> {
  const { size, sha256 } = await blobs.put(attachment.attachmentId, bytes);
  const record: AttachmentRecord = { ...attachment, size, sha256 };
  try {
    await insert(record);
  } catch (error) {
    await blobs.delete([record.attachmentId]);
    throw error;
  }
  return record;
}
