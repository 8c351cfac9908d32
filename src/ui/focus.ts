/**
 * Moves focus after the next render to an element that may only exist once it has rendered
 * (a heading that takes focus when a view opens). Targets are element ids in the host's shadow
 * root (the same ids ARIA references use), or functions answering an element; a request names
 * fallbacks, so focus always lands somewhere meaningful.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Something that can take focus: an element id in the host's shadow root, or a function. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/** How many renders a request waits for its target before giving up. */
const MAX_WAIT_UPDATES = 5;

/** Focus after update, for one host. */
export class FocusController implements ReactiveController {
  private pending: FocusTarget[] = [];
  private waited = 0;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /**
   * After the next render, focuses the first of `targets` that is in the document. Waits a few
   * renders for a target that appears later (data still loading), then takes the last one there.
   */
  focusAfterUpdate(...targets: FocusTarget[]): void {
    this.pending = targets;
    this.waited = 0;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.pending.length === 0) return;
    const [first, ...fallbacks] = this.pending.map((target) => this.resolve(target));
    const ready = first ?? (this.waited >= MAX_WAIT_UPDATES ? fallbacks.find(Boolean) : undefined);
    if (ready) {
      this.pending = [];
      focusElement(ready);
      return;
    }
    this.waited += 1;
    if (this.waited > MAX_WAIT_UPDATES) this.pending = [];
  }

  private resolve(target: FocusTarget): HTMLElement | undefined {
    const element =
      typeof target === 'function' ? target() : this.host.shadowRoot?.getElementById(target);
    return element?.isConnected ? element : undefined;
  }
}

const NATIVELY_FOCUSABLE = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary']);

/** Focuses `element`, making a heading or region focusable by script first (not by Tab). */
export function focusElement(element: HTMLElement): void {
  if (!NATIVELY_FOCUSABLE.has(element.localName) && !element.hasAttribute('tabindex')) {
    element.tabIndex = -1;
  }
  element.focus();
}
