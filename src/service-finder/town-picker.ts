/* eslint-disable lit-a11y/click-events-have-key-events --
   Options are clicked with a pointer; keyboard users reach them through the combobox
   (aria-activedescendant), as the WAI-ARIA combobox pattern prescribes. */
/**
 * The citizen's town, chosen by name or postcode in an accessible combobox (WAI-ARIA APG
 * pattern: an input with a listbox popup). The choice lives in memory for the page only:
 * nothing is stored on the citizen's device.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalClient } from '../api/portal-client.js';
import type { Area } from '../api/schemas/area.js';
import { isAbortError } from '../api/errors.js';
import { describeError } from '../shared/messages.js';
import { nextActiveIndex } from './keyboard.js';
import { text } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How long typing must pause before we ask the portal, in milliseconds. */
const DEBOUNCE_MS = 200;

/** Search state of the town combobox. */
type LookupState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; areas: Area[] }
  | { kind: 'failed'; error: unknown };

/** Holds the town combobox's state and renders it; the host owns the chosen town. */
export class TownPicker implements ReactiveController {
  private readonly host: Host;
  private readonly getClient: () => PortalClient;
  private readonly onChoose: (area: Area) => void;
  private query = '';
  private lookup: LookupState = { kind: 'idle' };
  private activeIndex = -1;
  private open = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(host: Host, getClient: () => PortalClient, onChoose: (area: Area) => void) {
    this.host = host;
    this.getClient = getClient;
    this.onChoose = onChoose;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** The areas offered right now. */
  private get areas(): Area[] {
    return this.lookup.kind === 'done' ? this.lookup.areas : [];
  }

  /** Renders the labelled combobox, its listbox and its status line. */
  render(idPrefix: string): TemplateResult {
    const listId = `${idPrefix}-list`;
    const hintId = `${idPrefix}-hint`;
    const statusId = `${idPrefix}-status`;
    const areas = this.areas;
    const expanded = this.open && areas.length > 0;
    const active =
      expanded && this.activeIndex >= 0 ? `${idPrefix}-option-${this.activeIndex}` : undefined;
    return html`
      <div class="town-picker">
        <label id="${idPrefix}-label" for="${idPrefix}-input">${text.townLabel()}</label>
        <p id=${hintId} class="hint">${text.townHint()}</p>
        <div class="combobox">
          <input
            id="${idPrefix}-input"
            part="town-input"
            type="text"
            role="combobox"
            aria-labelledby="${idPrefix}-label"
            autocomplete="postal-code"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${listId}
            aria-describedby="${hintId} ${statusId}"
            aria-activedescendant=${active ?? nothing}
            .value=${this.query}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @blur=${this.onBlur}
          />
          <ul
            id=${listId}
            role="listbox"
            class="popup"
            aria-label=${text.townLabel()}
            ?hidden=${!expanded}
          >
            ${areas.map(
              (area, index) =>
                html`<li
                  id="${idPrefix}-option-${index}"
                  role="option"
                  class="option"
                  aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                  @pointerdown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.choose(area)}
                >
                  <span class="option-name">${area.name}</span>
                  <span class="option-meta"
                    >${[area.postcodes.slice(0, 3).join(', '), area.parentName]
                      .filter(Boolean)
                      .join(' · ')}</span
                  >
                </li>`,
            )}
          </ul>
        </div>
        <p id=${statusId} class="status" role="status">${this.statusText()}</p>
      </div>
    `;
  }

  private statusText(): string {
    switch (this.lookup.kind) {
      case 'idle':
        return '';
      case 'searching':
        return text.townSearching();
      case 'failed':
        return describeError(this.lookup.error);
      case 'done':
        return this.lookup.areas.length === 0
          ? text.townNone()
          : text.townsFound(this.lookup.areas.length);
    }
  }

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.activeIndex = -1;
    clearTimeout(this.timer);
    this.abort?.abort();
    const query = this.query.trim();
    if (query.length < 2) {
      this.lookup = { kind: 'idle' };
      this.host.requestUpdate();
      return;
    }
    this.timer = setTimeout(() => void this.search(query), DEBOUNCE_MS);
    this.host.requestUpdate();
  };

  private async search(query: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    this.lookup = { kind: 'searching' };
    this.host.requestUpdate();
    try {
      const { areas } = await this.getClient().findAreas(query, { signal: abort.signal });
      this.lookup = { kind: 'done', areas: areas.filter((area) => area.type === 'municipality') };
    } catch (error) {
      if (isAbortError(error)) return;
      this.lookup = { kind: 'failed', error };
    }
    this.host.requestUpdate();
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const areas = this.areas;
    if (event.key === 'Escape') {
      if (this.open && areas.length > 0) {
        this.open = false;
        this.activeIndex = -1;
      } else {
        this.query = '';
        this.lookup = { kind: 'idle' };
      }
      event.preventDefault();
      this.host.requestUpdate();
      return;
    }
    if (event.key === 'Enter') {
      const area = areas[this.activeIndex] ?? (areas.length === 1 ? areas[0] : undefined);
      if (this.open && area) {
        event.preventDefault();
        this.choose(area);
      }
      return;
    }
    const next = nextActiveIndex(event.key, this.activeIndex, areas.length);
    if (next === undefined) return;
    event.preventDefault();
    this.open = true;
    this.activeIndex = next;
    this.host.requestUpdate();
  };

  private readonly onBlur = () => {
    this.open = false;
    this.host.requestUpdate();
  };

  private choose(area: Area): void {
    this.query = '';
    this.lookup = { kind: 'idle' };
    this.open = false;
    this.activeIndex = -1;
    this.onChoose(area);
    this.host.requestUpdate();
  }
}
