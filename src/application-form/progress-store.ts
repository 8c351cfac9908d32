/**
 * The tab's copy of a form in progress: what was typed, where the citizen is, the draft's resume
 * token and a submission's idempotency key. It bridges a reload, a login redirect and a dropped
 * connection, and is cleared once the application is in. `sessionStorage` only: it ends with the
 * tab, and the issue of storing on the citizen's device is weighed in docs/application-form.md.
 */
import type { FormAnswers } from '../api/schemas/form.js';

/** Where the citizen is in the form. */
export type FormView = 'town' | 'steps' | 'check';

/** What is kept for one service's form. */
export interface FormProgress {
  /** The definition's id and version: a copy for another version is dropped. */
  formVersion: string;
  answers: FormAnswers;
  view: FormView;
  step: number;
  ars?: string;
  resumeToken?: string;
  /** Set when a submission started: a retry after a reload sends the same key. */
  idempotencyKey?: string;
  savedAt: number;
}

const PREFIX = 'saar-portal.application.';
/** A copy older than a day is not offered again (drafts at the portal live longer). */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The kept progress for `serviceId` in `formVersion`, if any. */
export function loadProgress(serviceId: string, formVersion: string): FormProgress | undefined {
  try {
    const text = storage()?.getItem(PREFIX + serviceId);
    if (!text) return undefined;
    const progress = JSON.parse(text) as FormProgress;
    if (progress.formVersion !== formVersion || Date.now() - progress.savedAt > MAX_AGE_MS) {
      return undefined;
    }
    return progress;
  } catch {
    return undefined;
  }
}

/** Keeps `progress` for `serviceId` (quietly does nothing when storage is unavailable or full). */
export function saveProgress(serviceId: string, progress: Omit<FormProgress, 'savedAt'>): void {
  try {
    storage()?.setItem(PREFIX + serviceId, JSON.stringify({ ...progress, savedAt: Date.now() }));
  } catch {
    // The portal draft still holds the answers.
  }
}

/** Forgets the progress for `serviceId` (after the submission, or "start again"). */
export function clearProgress(serviceId: string): void {
  try {
    storage()?.removeItem(PREFIX + serviceId);
  } catch {
    // Nothing to clear.
  }
}
