/**
 * The natural key of documents sent later (decision 0057): an upload can be used once, so the
 * same files with the same message can only be a retry of the delivery that took them.
 */
import type { DocumentDeliveryRecord } from './portal-store.js';

/** Whether `delivery` is the one `ids` and `message` describe (a retry of it). */
export function isSameDelivery(
  delivery: DocumentDeliveryRecord,
  ids: readonly string[],
  message: string | undefined,
): boolean {
  const sent = new Set(delivery.attachmentIds);
  return (
    delivery.message === message && sent.size === ids.length && ids.every((id) => sent.has(id))
  );
}
