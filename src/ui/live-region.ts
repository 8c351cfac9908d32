/**
 * A polite live region in the host widget's shadow root: tells screen-reader users about changes
 * that happen out of sight (a result count, a chosen town, a new status), once typing pauses, so
 * nothing is read out per keystroke.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/** Pause after the last request before a delayed announcement is made, in milliseconds. */
export const ANNOUNCE_DELAY_MS = 600;

/** Holds what the live region says; render it once, anywhere in the widget. */
export class LiveRegionController implements ReactiveController {
  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** What the region says right now. */
  get text(): string {
    return this.message;
  }

  /** Says `message` now (it replaces anything pending). */
  announce(message: string): void {
    clearTimeout(this.timer);
    this.set(message);
  }

  /**
   * Says what `compose` returns once things have been quiet for `delayMs`; each call restarts
   * the wait. `compose` runs at the end, so it sees the latest state; `''` says nothing.
   */
  announceLater(compose: () => string, delayMs = ANNOUNCE_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(compose()), delayMs);
  }

  /** The region itself: visually hidden, `role="status"`. */
  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.message}</p>`;
  }

  private set(message: string): void {
    // The same text again would not be read: clear first, then set it a moment later (a timer,
    // not a frame: a page in a background tab gets no frames).
    if (message && message === this.message) {
      this.message = '';
      this.host.requestUpdate();
      this.timer = setTimeout(() => this.set(message), 100);
      return;
    }
    this.message = message;
    this.host.requestUpdate();
  }
}
