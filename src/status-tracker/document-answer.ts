/**
 * Answering `ACTION_REQUIRED` from the tracker: the citizen chooses the files the office asked
 * for (checked for type and size before anything is sent), adds a note if they like, and sends.
 * Each file is uploaded once, then the answer goes to the portal with one idempotency key per
 * answer, so "try again" after a lost connection never sends twice and never uploads twice.
 * Nothing chosen or typed is lost to a failure.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sendDocuments, uploadAttachment } from '../api/calls/applications.js';
import { HttpError } from '../api/errors.js';
import type { PortalClient } from '../api/portal-client.js';
import { PROBLEM_TYPES } from '../api/rules/problem-types.js';
import type { Application } from '../api/schemas/application.js';
import { DOCUMENTS_MAX_FILES } from '../api/vocabulary.js';
import { text } from './messages.js';

/** File types the portal accepts (it reads the type from the file's first bytes). */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** The largest file the portal accepts by default, in bytes. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Where sending stands. */
export type SendingState =
  | { kind: 'idle' }
  | { kind: 'sending'; uploaded: number; total: number }
  | { kind: 'sent' }
  | { kind: 'failed'; error: unknown };

/** The application to answer, and how to open it. */
export interface AnswerTarget {
  reference: string;
  accessCode: string | undefined;
}

/** What the controller needs from its host. */
export interface DocumentAnswerOptions {
  client: () => PortalClient;
  target: () => AnswerTarget | undefined;
  /** The portal took the answer: the application as it is now. */
  onSent(application: Application): void;
}

/** The citizen's answer to `ACTION_REQUIRED`, while they put it together and send it. */
export class DocumentAnswer implements ReactiveController {
  /** The files chosen so far. */
  files: File[] = [];
  /** The note to the office. */
  message = '';
  /** Why the last choice or "send" was refused, in words. */
  problems: string[] = [];
  state: SendingState = { kind: 'idle' };

  private readonly host: ReactiveControllerHost;
  private readonly options: DocumentAnswerOptions;
  /** Upload ids of files already at the portal (a retry does not upload them again). */
  private readonly uploaded = new WeakMap<File, string>();
  private key: string = crypto.randomUUID();
  /** The application this answer is for (`answerTo`). */
  private reference: string | undefined;
  /** The answers begun for other applications of this page, kept until they are opened again. */
  private readonly others = new Map<string, { files: File[]; message: string; key: string }>();
  /** Counts new answers: a send still on its way when another application opened stays silent. */
  private generation = 0;

  constructor(host: ReactiveControllerHost, options: DocumentAnswerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Adds the chosen files that fit; says why the others do not. */
  choose(chosen: readonly File[]): void {
    const problems: string[] = [];
    for (const file of chosen) {
      if (!(DOCUMENT_TYPES as readonly string[]).includes(file.type)) {
        problems.push(text.documentType(file.name));
      } else if (file.size > DOCUMENT_MAX_BYTES) {
        problems.push(text.documentSize(file.name));
      } else if (this.files.length >= DOCUMENTS_MAX_FILES) {
        problems.push(text.documentCount(DOCUMENTS_MAX_FILES));
        break;
      } else if (!this.files.some((known) => sameFile(known, file))) {
        this.files = [...this.files, file];
      }
    }
    this.problems = problems;
    if (this.state.kind === 'sent') this.state = { kind: 'idle' };
    this.host.requestUpdate();
  }

  /** Takes a file out of the answer. */
  remove(file: File): void {
    this.files = this.files.filter((known) => known !== file);
    this.host.requestUpdate();
  }

  /**
   * Readies the answer for the application with `reference`. What the citizen chose and typed
   * stays with its application: opened again (from the list, on "try again") it is all there,
   * while another application starts with its own, as what was chosen for one must never be sent
   * to another.
   */
  answerTo(reference: string): void {
    if (reference === this.reference) return;
    if (this.reference !== undefined) {
      this.others.set(this.reference, { files: this.files, message: this.message, key: this.key });
    }
    const kept = this.others.get(reference);
    this.others.delete(reference);
    this.reference = reference;
    this.generation += 1;
    this.files = kept?.files ?? [];
    this.message = kept?.message ?? '';
    this.key = kept?.key ?? crypto.randomUUID();
    this.problems = [];
    this.state = { kind: 'idle' };
    this.host.requestUpdate();
  }

  /** Keeps the note as it is typed. */
  setMessage(message: string): void {
    this.message = message;
  }

  /** Uploads what is not at the portal yet, then sends the answer. */
  async send(): Promise<void> {
    const target = this.options.target();
    if (!target || this.state.kind === 'sending') return;
    if (this.files.length === 0) {
      this.problems = [text.documentNone()];
      this.host.requestUpdate();
      return;
    }
    this.problems = [];
    const files = [...this.files];
    const client = this.options.client();
    const generation = this.generation;
    // After `answerTo` another application, this send's outcome belongs to an answer nobody looks at any more.
    const current = () => generation === this.generation;
    try {
      const ids: string[] = [];
      for (const file of files) {
        if (current()) this.set({ kind: 'sending', uploaded: ids.length, total: files.length });
        let id = this.uploaded.get(file);
        if (id === undefined) {
          id = (await uploadAttachment(client, file, file.name)).attachmentId;
          this.uploaded.set(file, id);
        }
        ids.push(id);
      }
      if (current()) this.set({ kind: 'sending', uploaded: files.length, total: files.length });
      const message = this.message.trim();
      const application = await sendDocuments(
        client,
        target.reference,
        { attachmentIds: ids, ...(message ? { message } : {}) },
        { accessCode: target.accessCode, idempotencyKey: this.key },
      );
      if (!current()) return;
      this.files = [];
      this.message = '';
      this.key = crypto.randomUUID();
      this.set({ kind: 'sent' });
      this.options.onSent(application);
    } catch (error) {
      if (current()) this.set({ kind: 'failed', error });
    }
  }

  /** Whether the portal said the application no longer waits for documents. */
  get noLongerAwaited(): boolean {
    const { state } = this;
    return (
      state.kind === 'failed' &&
      state.error instanceof HttpError &&
      state.error.problem?.type === PROBLEM_TYPES.notAwaitingDocuments
    );
  }

  private set(state: SendingState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function sameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}
