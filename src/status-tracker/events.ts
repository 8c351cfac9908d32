/** The status tracker's public events. They carry no personal data, only what identifies a change. */
import type { StatusValue } from '../api/vocabulary.js';
import { SaarEvent } from '../shared/events.js';

/** What `saar-status-change` carries. */
export interface StatusChangeDetail {
  reference: string;
  /** The new status. */
  status: StatusValue;
  /** The status before the change. */
  previousStatus: StatusValue;
}

/** Fired when a shown application's status changes while the citizen watches (live). */
export class SaarStatusChangeEvent extends SaarEvent<StatusChangeDetail> {
  static readonly type = 'saar-status-change';
  constructor(detail: StatusChangeDetail) {
    super(SaarStatusChangeEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'saar-status-change': SaarStatusChangeEvent;
  }
}
