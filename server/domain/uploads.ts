/**
 * Uploads: what the portal accepts (PDF, JPEG, PNG by their own first bytes), file names safe to
 * show, and who may use an upload. An upload belongs to the citizen who made it while logged in;
 * an anonymous one to the first draft that saves it; once submitted, to its application. Answers
 * keep the server's metadata of a file, never what the client claimed.
 */
import { Readable } from 'node:stream';
import { attachmentsIn } from '../../src/api/rules/form-model.js';
import type { AttachmentRef, FormAnswers } from '../../src/api/schemas/index.js';
import type { AttachmentRecord } from '../store/portal-store.js';
import type { DomainContext } from './context.js';
import { Refusal } from './refusal.js';

/** The media type a file's first bytes announce, for the types the portal accepts. */
export function sniffMediaType(head: Buffer): string | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  return undefined;
}

/**
 * A file name safe to show and store: no path, no control characters, no bidirectional overrides
 * or invisible characters (which can make `rechnung‮fdp.exe` read as `rechnung.exe.pdf`), at most
 * 255 characters.
 */
export function cleanFilename(name: string | undefined): string {
  const cleaned = (name ?? '')
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    // C0/C1 controls, bidi embeddings/overrides/isolates, zero-width and other format characters.
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .normalize('NFC')
    .trim();
  return [...(cleaned === '' ? 'Anhang' : cleaned)].slice(0, 255).join('');
}

/**
 * Reads the first bytes of `file` to learn its media type, and answers a stream of the whole
 * file again (those bytes first), so the store can write it without a second pass.
 */
export async function peekMediaType(
  file: Readable,
): Promise<{ mediaType: string | undefined; bytes: Readable }> {
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  let done = false;
  while (head.length < 16) {
    const next = await chunks.next();
    if (next.done === true) {
      done = true;
      break;
    }
    head = Buffer.concat([head, next.value]);
  }
  async function* whole(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await chunks.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { mediaType: sniffMediaType(head), bytes: Readable.from(whole(), { objectMode: false }) };
}

/** Who is using uploads: the caller, and the draft whose answers they are in (if any). */
export interface UploadUser {
  sub: string | undefined;
  /** The draft being saved, or the draft a submission comes from. */
  draftTokenHash: string | undefined;
}

/**
 * Whether `upload` is `user`'s, used or not: a logged-in citizen's belongs to that citizen; an
 * anonymous one to the draft that claimed it, or, unclaimed, to whoever holds its id.
 */
export function isUploadOf(upload: AttachmentRecord, user: UploadUser): boolean {
  if (upload.ownerSub !== undefined) return upload.ownerSub === user.sub;
  return upload.draftTokenHash === undefined || upload.draftTokenHash === user.draftTokenHash;
}

/** Whether `user` may put `upload` into their answers: theirs, and not used by an application. */
function mayUse(upload: AttachmentRecord, user: UploadUser): boolean {
  return upload.reference === undefined && isUploadOf(upload, user);
}

/**
 * The answers with every file reference replaced by the server's own record of it, after
 * checking that each upload exists, is not expired and is the caller's to use. Refuses (422, one
 * entry per offending answer) with the same words for "unknown" and "someone else's".
 */
export async function resolveUploads(
  ctx: DomainContext,
  answers: FormAnswers,
  user: UploadUser,
): Promise<{ answers: FormAnswers; uploads: AttachmentRecord[] }> {
  const found = attachmentsIn(answers);
  if (found.length === 0) return { answers, uploads: [] };
  const ids = [...new Set(found.map(({ ref }) => ref.attachmentId))];
  const now = ctx.now().toISOString();
  const usable = new Map(
    (await ctx.store.attachments.get(ids))
      .filter((upload) => upload.expiresAt === undefined || upload.expiresAt > now)
      .filter((upload) => mayUse(upload, user))
      .map((upload) => [upload.attachmentId, upload]),
  );
  const refused = found.filter(({ ref }) => !usable.has(ref.attachmentId));
  if (refused.length > 0) {
    throw new Refusal(
      'unprocessable',
      'Some files were not uploaded, have expired or are not yours.',
      {
        invalidParams: refused.map(({ path }) => ({
          path,
          message: 'Unknown upload: upload the file again.',
        })),
      },
    );
  }
  const describe = (ref: AttachmentRef): AttachmentRef => {
    const upload = usable.get(ref.attachmentId)!;
    return {
      attachmentId: upload.attachmentId,
      filename: upload.filename,
      mediaType: upload.mediaType,
      size: upload.size,
    };
  };
  const replace = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if ('attachmentId' in value && !Array.isArray(value)) return describe(value as AttachmentRef);
    if (Array.isArray(value)) return value.map(replace);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replace(item)]));
  };
  return { answers: replace(answers) as FormAnswers, uploads: [...usable.values()] };
}
