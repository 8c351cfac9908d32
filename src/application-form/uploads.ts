/**
 * Files for the form's file fields: checked against the field's types and size before anything
 * is sent, uploaded one by one with progress, and turned into the attachment references the
 * answers carry. The uploads of a field are kept by its `invalidParams` path.
 */
import { uploadAttachment } from '../api/calls/applications.js';
import type { PortalClient } from '../api/portal-client.js';
import type { AttachmentRef, FormField } from '../api/schemas/form.js';
import type { UploadState } from './render-fields.js';

/** Why a file was refused before upload. */
export type FileRefusal = 'file-type' | 'file-size';

/** Whether `file` fits `field` (type and size); the rule it breaks otherwise. */
export function refusalOf(field: FormField, file: File): FileRefusal | undefined {
  const { accept, maxFileSize } = field.constraints ?? {};
  if (accept !== undefined && !accept.includes(file.type)) return 'file-type';
  if (maxFileSize !== undefined && file.size > maxFileSize) return 'file-size';
  return undefined;
}

let counter = 0;

/** A state for a file that is about to be uploaded. */
export function startedUpload(file: File): UploadState {
  counter += 1;
  return { key: `upload-${counter}`, name: file.name, status: 'uploading', progress: 0 };
}

/** The state of an already uploaded file (restored from answers). */
export function doneUpload(ref: AttachmentRef): UploadState {
  counter += 1;
  return { key: `upload-${counter}`, name: ref.filename, status: 'done', progress: 1, ref };
}

/** Uploads `file`, reporting progress; answers its reference. */
export function upload(
  client: PortalClient,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<AttachmentRef> {
  return uploadAttachment(client, file, file.name, {
    onProgress: (sent, total) => onProgress(total > 0 ? sent / total : 0),
  });
}

/** The answer a file field holds for its finished uploads: one reference, or a list. */
export function fileAnswer(field: FormField, uploads: readonly UploadState[]): unknown {
  const refs = uploads.flatMap((state) => (state.ref ? [state.ref] : []));
  if (refs.length === 0) return undefined;
  const max = Number(field.cardinality.split(':')[1] ?? '1');
  return max === 1 && field.cardinality.split(':')[1] !== '*' ? refs[0] : refs;
}
