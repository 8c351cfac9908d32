/**
 * Which status may follow which: an application moves forward, may ask the citizen for something
 * and come back, and ends once. `SUBMITTED` is only ever the first status.
 */
import type { StatusValue } from '../../src/api/schemas/index.js';

/** For each status a caseworker may set: the statuses it may follow. */
export const ALLOWED_TRANSITIONS: Readonly<Record<StatusValue, readonly StatusValue[]>> = {
  SUBMITTED: [],
  RECEIVED: ['SUBMITTED'],
  PROCESSING: ['SUBMITTED', 'RECEIVED', 'ACTION_REQUIRED'],
  ACTION_REQUIRED: ['SUBMITTED', 'RECEIVED', 'PROCESSING'],
  COMPLETED: ['SUBMITTED', 'RECEIVED', 'PROCESSING', 'ACTION_REQUIRED'],
  REJECTED: ['SUBMITTED', 'RECEIVED', 'PROCESSING', 'ACTION_REQUIRED'],
  WITHDRAWN: ['SUBMITTED', 'RECEIVED', 'PROCESSING', 'ACTION_REQUIRED'],
};

/** Whether an application in `from` may move to `to`. */
export function mayMove(from: StatusValue, to: StatusValue): boolean {
  return ALLOWED_TRANSITIONS[to].includes(from);
}

/**
 * The citizen's one move (decision 0057): sending the documents asked for under
 * `ACTION_REQUIRED` hands the application back to the authority, `PROCESSING`. A move the
 * caseworkers' machine allows too, so either side may come next as before.
 */
export const CITIZEN_ANSWER = {
  from: ['ACTION_REQUIRED'],
  to: 'PROCESSING',
} as const satisfies { from: readonly StatusValue[]; to: StatusValue };
