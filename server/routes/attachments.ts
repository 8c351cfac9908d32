/**
 * Uploads for file fields: one file per request (multipart), PDF, JPEG or PNG by the file's own
 * signature (the declared type is not trusted), at most 10 MB. Stored under
 * `DATA_DIR/attachments/<id>`; an upload no application references is purged after the draft
 * lifetime.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { AttachmentRefSchema } from '../../src/api/schemas/index.js';
import { newAttachmentId } from '../domain/identifiers.js';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem.js';
import { serialize } from '../http/validation.js';
import type { AttachmentRecord } from '../store/portal-store.js';
import type { ApiContext } from './context.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The media type a file's first bytes announce, for the types the portal accepts. */
export function sniffMediaType(head: Buffer): string | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  return undefined;
}

/** A file name safe to show and store: no path, no control characters, at most 255 characters. */
export function cleanFilename(name: string | undefined): string {
  const cleaned = basename((name ?? '').replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return (cleaned === '' ? 'Anhang' : cleaned).slice(0, 255);
}

function unsupported(detail: string): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.unsupportedMediaType,
    title: 'Unsupported Media Type',
    status: 415,
    detail,
  });
}

/**
 * Errors of the multipart parser without a status (busboy's "Unexpected end of multipart data"
 * and the like) are the client's broken body, not a server fault.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof HttpProblem) return error;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number') return error;
  return new HttpProblem({
    type: PROBLEM_TYPES.validation,
    title: 'Bad Request',
    status: 400,
    detail: 'The multipart body is malformed.',
  });
}

/** A 400 for a multipart request that is not exactly one part `file`. */
function wrongParts(detail: string, path: string): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.validation,
    title: 'Bad Request',
    status: 400,
    detail,
    invalidParams: [{ path, message: path === 'file' ? 'Required.' : 'Unknown field.' }],
  });
}

/** Registers the upload route. */
export async function attachmentRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store, auth, limits } = ctx;

  /** Streams one file part to disk, checking its signature and size; answers its record. */
  async function storeFile(
    part: MultipartFile,
    ownerSub: string | undefined,
  ): Promise<AttachmentRecord> {
    const id = newAttachmentId();
    await mkdir(ctx.attachmentsDir, { recursive: true });
    const partial = join(ctx.attachmentsDir, `${id}.part`);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let size = 0;
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
        if (head.length >= 8 && sniffMediaType(head) === undefined) {
          callback(unsupported('Only PDF, JPEG and PNG files are accepted.'));
          return;
        }
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(part.file, inspect, createWriteStream(partial, { mode: 0o600 }));
      const mediaType = sniffMediaType(head);
      if (mediaType === undefined || !limits.attachmentTypes.includes(mediaType)) {
        throw unsupported('Only PDF, JPEG and PNG files are accepted.');
      }
      await rename(partial, join(ctx.attachmentsDir, id));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    const now = ctx.now();
    return {
      attachmentId: id,
      filename: cleanFilename(part.filename),
      mediaType: sniffMediaType(head)!,
      size,
      sha256: hash.digest('hex'),
      ...(ownerSub === undefined ? {} : { ownerSub }),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + limits.draftTtlDays * DAY_MS).toISOString(),
    };
  }

  app.post(
    '/attachments',
    { config: { rateLimit: { max: ctx.limits.writesPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      if (!request.isMultipart()) throw unsupported('Upload a file as multipart/form-data.');
      const user = await auth.optional(request);
      let record: AttachmentRecord | undefined;
      try {
        // Exactly one part, a file named `file`: anything else is refused, like unknown JSON fields.
        // The parser allows two files, so that a second one is answered as a wrong part (400).
        for await (const part of request.parts({
          limits: {
            fileSize: limits.attachmentBytes,
            files: 2,
            fields: 5,
            parts: 6,
            fieldSize: 1024,
          },
        })) {
          if (part.type !== 'file' || part.fieldname !== 'file' || record !== undefined) {
            throw wrongParts('Send exactly one part: the file, named "file".', part.fieldname);
          }
          record = await storeFile(part, user?.sub);
        }
      } catch (error) {
        if (record !== undefined) {
          await rm(join(ctx.attachmentsDir, record.attachmentId), { force: true });
        }
        throw asClientError(error);
      }
      if (record === undefined) throw wrongParts('The request carries no file.', 'file');
      await store.saveAttachment(record);
      const { attachmentId, filename, mediaType, size } = record;
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(serialize(AttachmentRefSchema, { attachmentId, filename, mediaType, size }));
    },
  );
}
