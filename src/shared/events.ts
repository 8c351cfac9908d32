/**
 * Public widget events: one class per event, named `saar-*`, bubbling and composed so a page
 * hears them from outside the shadow DOM, with a typed `detail`.
 *
 * The pattern for a widget's event (in the widget's folder, e.g. `events.ts`):
 *
 * ```ts
 * export interface ServiceSelectDetail { serviceId: string }
 * // Fired when the citizen picks a service (a doc comment here feeds the manifest).
 * export class SaarServiceSelectEvent extends SaarEvent<ServiceSelectDetail> {
 *   static readonly type = 'saar-service-select';
 *   constructor(detail: ServiceSelectDetail) {
 *     super(SaarServiceSelectEvent.type, detail, { cancelable: true });
 *   }
 * }
 * declare global {
 *   interface HTMLElementEventMap { 'saar-service-select': SaarServiceSelectEvent }
 * }
 * ```
 *
 * and in the element `this.emit(new SaarServiceSelectEvent({ serviceId }))`. With the map entry,
 * `finder.addEventListener('saar-service-select', (e) => e.detail.serviceId)` is typed.
 */

/** Name of a public widget event. */
export type SaarEventType = `saar-${string}`;

/** Options of a widget event. */
export interface SaarEventOptions {
  /** Whether the page may call `preventDefault()` to stop the widget's default action. */
  cancelable?: boolean;
}

/**
 * Base class of every public widget event. It is a `CustomEvent`, so frameworks that read
 * `event.detail` (Angular, Vue, React 19) work without knowing the class.
 */
export class SaarEvent<TDetail> extends CustomEvent<TDetail> {
  constructor(type: SaarEventType, detail: TDetail, options: SaarEventOptions = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}
