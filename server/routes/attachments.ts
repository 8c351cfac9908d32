/**
 * Uploads for file fields: one file per request (multipart), PDF, JPEG or PNG by the file's own
 * signature (the declared type is not trusted), at most 10 MB. The store keeps the bytes and the
 * record together; an upload no application uses is purged after the draft lifetime.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AttachmentRefSchema } from '../../src/api/schemas/index.js';
import { DAY_MS } from '../domain/context.js';
import { newAttachmentId } from '../domain/identifiers.js';
import { cleanFilename, peekMediaType } from '../domain/uploads.js';
import { defineEndpoint } from '../http/endpoint.js';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem.js';
import type { AttachmentRecord } from '../store/portal-store.js';
import type { ApiContext } from './context.js';

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

/** Stores one file part: its type from its first bytes, its name cleaned, its bytes in the store. */
async function storeFile(
  ctx: ApiContext,
  part: MultipartFile,
  ownerSub: string | undefined,
): Promise<AttachmentRecord> {
  const { mediaType, bytes } = await peekMediaType(part.file);
  if (mediaType === undefined || !ctx.limits.attachmentTypes.includes(mediaType)) {
    part.file.resume();
    throw unsupported('Only PDF, JPEG and PNG files are accepted.');
  }
  const now = ctx.now();
  return ctx.store.attachments.save(
    {
      attachmentId: newAttachmentId(),
      filename: cleanFilename(part.filename),
      mediaType,
      ...(ownerSub === undefined ? {} : { ownerSub }),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ctx.limits.draftTtlDays * DAY_MS).toISOString(),
    },
    bytes,
  );
}

/** Reads the one file part of an upload request and stores it. */
async function receiveUpload(
  ctx: ApiContext,
  request: FastifyRequest,
  ownerSub: string | undefined,
): Promise<AttachmentRecord> {
  const { limits } = ctx;
  let record: AttachmentRecord | undefined;
  try {
    // Exactly one part, a file named `file`: anything else is refused, like unknown JSON fields.
    // The parser allows two files, so that a second one is answered as a wrong part (400).
    for await (const part of request.parts({
      limits: { fileSize: limits.attachmentBytes, files: 2, fields: 5, parts: 6, fieldSize: 1024 },
    })) {
      if (part.type !== 'file' || part.fieldname !== 'file' || record !== undefined) {
        throw wrongParts('Send exactly one part: the file, named "file".', part.fieldname);
      }
      record = await storeFile(ctx, part, ownerSub);
    }
  } catch (error) {
    // A stored file of a request refused later (a second part) is not kept.
    if (record !== undefined) await ctx.store.attachments.discard(record.attachmentId);
    throw asClientError(error);
  }
  if (record === undefined) throw wrongParts('The request carries no file.', 'file');
  return record;
}

export const uploadAttachment = defineEndpoint({
  id: 'uploadAttachment',
  summary: 'Upload a file (PDF, JPEG, PNG; 10 MB)',
  body: 'multipart',
  status: 201,
  response: AttachmentRefSchema,
  cache: 'no-store',
  rateLimit: 'writes',
  async handler({ user }, ctx, request) {
    if (!request.isMultipart()) throw unsupported('Upload a file as multipart/form-data.');
    const { attachmentId, filename, mediaType, size } = await receiveUpload(
      ctx,
      request,
      user?.sub,
    );
    return { attachmentId, filename, mediaType, size };
  },
});
