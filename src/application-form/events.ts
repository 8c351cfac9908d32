/** The application form's public events. They carry no answers, only what identifies them. */
import type { ApplicationReceipt } from '../api/schemas/application.js';
import { SaarEvent } from '../shared/events.js';

/** What `saar-submit` carries. */
export interface SubmitDetail {
  serviceId: string;
  /** The town the application goes to (regional key). */
  ars: string;
}

/**
 * Fired when the citizen sends the application, before it goes to the portal. Cancel it
 * (`preventDefault()`) to stop the submission, for example to show a notice of your own.
 */
export class SaarSubmitEvent extends SaarEvent<SubmitDetail> {
  static readonly type = 'saar-submit';
  constructor(detail: SubmitDetail) {
    super(SaarSubmitEvent.type, detail, { cancelable: true });
  }
}

/** What `saar-application-submitted` carries: the receipt, without the access code. */
export interface SubmittedDetail {
  reference: string;
  serviceId: string;
  ars: string;
  authorityName: string;
}

/** Fired once the portal has the application (it answered with a reference number). */
export class SaarApplicationSubmittedEvent extends SaarEvent<SubmittedDetail> {
  static readonly type = 'saar-application-submitted';
  constructor(receipt: ApplicationReceipt) {
    super(SaarApplicationSubmittedEvent.type, {
      reference: receipt.reference,
      serviceId: receipt.serviceId,
      ars: receipt.ars,
      authorityName: receipt.authorityName,
    });
  }
}

/** What `saar-step-change` carries. */
export interface StepChangeDetail {
  /** The step's id (`S…`), or `check` for the check-your-answers page. */
  stepId: string;
  /** 1-based position; the check page comes after the last step. */
  number: number;
}

/** Fired when the citizen moves to another step (a page may scroll or count it). */
export class SaarStepChangeEvent extends SaarEvent<StepChangeDetail> {
  static readonly type = 'saar-step-change';
  constructor(detail: StepChangeDetail) {
    super(SaarStepChangeEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'saar-submit': SaarSubmitEvent;
    'saar-application-submitted': SaarApplicationSubmittedEvent;
    'saar-step-change': SaarStepChangeEvent;
  }
}
