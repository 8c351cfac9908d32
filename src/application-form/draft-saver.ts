/**
 * Saves the form as a draft at the portal while the citizen goes, a moment after they stop
 * typing: the first save creates the draft and its resume token, later ones replace it. A failed
 * save is tried again with the next change or a little later; the tab's copy holds the answers
 * meanwhile. Drafts of a logged-in citizen belong to them (the portal lists them).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createDraft, updateDraft } from '../api/calls/drafts.js';
import { HttpError, NetworkError, PortalError } from '../api/errors.js';
import type { PortalClient } from '../api/portal-client.js';
import type { DraftInput } from '../api/schemas/draft.js';

/** Quiet time after the last change before a draft is saved. */
const SAVE_DELAY_MS = 2_000;
/** Wait before a failed save is tried again without a new change. */
const RETRY_DELAY_MS = 15_000;

/** What the form hears of the saves. */
export interface DraftHooks {
  /** A save failed (`first`: after saves that worked); the form tells the webmaster and citizen. */
  failed?(error: unknown, first: boolean): void;
  /** A save worked (`recovered`: after one that failed). */
  saved?(recovered: boolean): void;
}

/** Whether a failed save may work later without a change: network trouble, the portal's own. */
function mayPass(error: unknown): boolean {
  if (error instanceof NetworkError) return error.reason !== 'refused';
  return error instanceof PortalError ? error.retryable : true;
}

/** The draft's state, as the form shows it. */
export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Keeps one form's draft at the portal. */
export class DraftSaver implements ReactiveController {
  status: DraftStatus = 'idle';
  resumeToken: string | undefined;
  /** When the portal forgets the draft (ISO timestamp). */
  expiresAt: string | undefined;
  private pending: DraftInput | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private stopped = false;
  private connected = false;
  /** Whether the last save failed (so the next one that works is a recovery). */
  private failedBefore = false;
  private readonly host: ReactiveControllerHost;
  private readonly client: () => PortalClient;
  private readonly hooks: DraftHooks;

  constructor(host: ReactiveControllerHost, client: () => PortalClient, hooks: DraftHooks = {}) {
    this.host = host;
    this.client = client;
    this.hooks = hooks;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Back on the page (moved in the document) with answers the portal does not have yet.
    if (this.status === 'failed' && this.pending) this.retryLater();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
  }

  /** Continues a draft saved before (the tab's copy, or a resume link). */
  adopt(resumeToken: string | undefined, expiresAt?: string): void {
    this.resumeToken = resumeToken;
    this.expiresAt = expiresAt;
  }

  /** The answers changed: save them once things are quiet. */
  changed(input: DraftInput): void {
    if (this.stopped) return;
    this.pending = input;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now ("Später weitermachen"); resolves when the portal has it or the save failed. */
  async saveNow(input: DraftInput): Promise<void> {
    this.pending = input;
    clearTimeout(this.timer);
    await this.saving;
    await this.flush();
  }

  /** The application is in: no more drafts (the portal deleted this one with the submission). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.pending = undefined;
  }

  /**
   * Saves the latest answers, one save at a time: two at once would create two drafts, or let an
   * older version arrive last.
   */
  private async flush(): Promise<void> {
    while (this.saving) await this.saving;
    const input = this.pending;
    if (!input || this.stopped) return;
    this.pending = undefined;
    this.saving = this.save(input).finally(() => (this.saving = undefined));
    await this.saving;
  }

  private async save(input: DraftInput): Promise<void> {
    this.set('saving');
    try {
      const client = this.client();
      let draft;
      try {
        draft = this.resumeToken
          ? await updateDraft(client, this.resumeToken, input)
          : await createDraft(client, input);
      } catch (error) {
        // The draft expired or was removed: start a new one with the same answers.
        if (!(error instanceof HttpError && error.status === 404) || !this.resumeToken) throw error;
        this.resumeToken = undefined;
        draft = await createDraft(client, input);
      }
      if (this.stopped) return;
      this.resumeToken = draft.resumeToken;
      this.expiresAt = draft.expiresAt;
      const recovered = this.failedBefore;
      this.failedBefore = false;
      this.set('saved');
      this.hooks.saved?.(recovered);
    } catch (error) {
      const first = !this.failedBefore;
      this.failedBefore = true;
      this.pending ??= input;
      this.set('failed');
      this.hooks.failed?.(error, first);
      // A refusal will not pass by itself: the next change tries again, no timer does.
      if (mayPass(error)) this.retryLater();
    }
  }

  private retryLater(): void {
    clearTimeout(this.timer);
    if (this.connected && !this.stopped) {
      this.timer = setTimeout(() => void this.flush(), RETRY_DELAY_MS);
    }
  }

  private set(status: DraftStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
