/**
 * The citizen's town, chosen by name or postcode in an accessible combobox (WAI-ARIA APG
 * pattern: an input with a listbox popup), rendered into the host widget's shadow root. The
 * choice lives in memory for the page only: nothing is stored on the citizen's device.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalClient } from '../../api/portal-client.js';
import type { Area } from '../../api/schemas/area.js';
import { isAbortError } from '../../api/errors.js';
import { describeError } from '../../shared/messages.js';
import { ComboboxController } from '../combobox/combobox-controller.js';
import { renderComboboxInput, renderListbox } from '../combobox/listbox.js';
import { areaText } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How long typing must pause before we ask the portal, in milliseconds. */
const DEBOUNCE_MS = 200;

/** Search state of the town combobox. */
type LookupState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; areas: Area[] }
  | { kind: 'failed'; error: unknown };

/** How an area picker is set up. */
export interface AreaPickerConfig {
  /** Prefix of every id it renders (two pickers in one widget need two prefixes). */
  idPrefix: string;
  /** The client to ask. */
  client: () => PortalClient;
  /** The citizen chose `area`. */
  onChoose: (area: Area) => void;
  /** Label and hint (defaults: "Ihr Wohnort …" and why we ask). Called while rendering. */
  label?: () => string;
  hint?: () => string;
}

/** Holds one town combobox's state and renders it; the host owns the chosen town. */
export class AreaPicker implements ReactiveController {
  private readonly host: Host;
  private readonly config: AreaPickerConfig;
  private readonly combobox: ComboboxController<Area>;
  private query = '';
  private lookup: LookupState = { kind: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(host: Host, config: AreaPickerConfig) {
    this.host = host;
    this.config = config;
    const prefix = config.idPrefix;
    this.combobox = new ComboboxController<Area>(host, {
      ids: {
        input: `${prefix}-input`,
        listbox: `${prefix}-list`,
        option: (index) => `${prefix}-option-${index}`,
      },
      options: () => this.areas,
      onChoose: (area) => this.choose(area),
      onClear: () => this.clear(),
      chooseSoleOption: true,
    });
    host.addController(this);
  }

  /** The id of the input, for focusing it. */
  get inputId(): string {
    return this.combobox.ids.input;
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
  render(): TemplateResult {
    const prefix = this.config.idPrefix;
    const label = (this.config.label ?? areaText.label)();
    return html`
      <div class="area-picker">
        <label id="${prefix}-label" for=${this.combobox.ids.input}>${label}</label>
        <p id="${prefix}-hint" class="hint">${(this.config.hint ?? areaText.hint)()}</p>
        <div class="combobox">
          ${renderComboboxInput(this.combobox, {
            labelledBy: `${prefix}-label`,
            describedBy: `${prefix}-hint ${prefix}-status`,
            value: this.query,
            onInput: this.onInput,
            part: 'town-input',
            autocomplete: 'postal-code',
          })}
          ${renderListbox(
            this.combobox,
            this.areas,
            (area) =>
              html`<span class="option-name">${area.name}</span>
                <span class="option-meta">${optionMeta(area, this.query)}</span>`,
            { label, className: 'popup' },
          )}
        </div>
        <p id="${prefix}-status" class="status" role="status">${this.statusText()}</p>
      </div>
    `;
  }

  private statusText(): string {
    switch (this.lookup.kind) {
      case 'idle':
        return '';
      case 'searching':
        return areaText.searching();
      case 'failed':
        return describeError(this.lookup.error);
      case 'done':
        return this.lookup.areas.length === 0
          ? areaText.none()
          : areaText.found(this.lookup.areas.length);
    }
  }

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.abort?.abort();
    const query = this.query.trim();
    if (query.length < 2) {
      this.lookup = { kind: 'idle' };
    } else {
      this.timer = setTimeout(() => void this.search(query), DEBOUNCE_MS);
    }
    this.host.requestUpdate();
  };

  private async search(query: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    this.lookup = { kind: 'searching' };
    this.host.requestUpdate();
    try {
      const { areas } = await this.config.client().findAreas(query, { signal: abort.signal });
      this.lookup = { kind: 'done', areas: areas.filter((area) => area.type === 'municipality') };
    } catch (error) {
      if (isAbortError(error)) return;
      this.lookup = { kind: 'failed', error };
    }
    this.host.requestUpdate();
  }

  private clear(): void {
    this.query = '';
    this.lookup = { kind: 'idle' };
    this.host.requestUpdate();
  }

  private choose(area: Area): void {
    this.query = '';
    this.lookup = { kind: 'idle' };
    this.combobox.reset();
    this.config.onChoose(area);
  }
}

/**
 * The place the citizen typed, when the town was found by one of its places (Ortsteile) rather
 * than by its name: "Dudweiler" finds Saarbrücken, and the option says why.
 */
export function matchedPlace(area: Area, query: string): string | undefined {
  const typed = foldPlace(query);
  if (typed === '' || foldPlace(area.name).includes(typed)) return undefined;
  return area.places?.find((place) => foldPlace(place).includes(typed));
}

/** Lower case, without accents and punctuation, "Sankt" as "St." (as the portal searches). */
function foldPlace(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bsankt\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The place typed (when it is not the town's name), postcodes (the typed one first, so the
 * citizen sees it echoed) and the district.
 */
function optionMeta(area: Area, query: string): string {
  const typed = query.trim();
  const postcodes = area.postcodes.includes(typed)
    ? [typed, ...area.postcodes.filter((code) => code !== typed).slice(0, 2)]
    : area.postcodes.slice(0, 3);
  const place = /^\d+$/.test(typed) ? undefined : matchedPlace(area, typed);
  return [place && areaText.place(place), postcodes.join(', '), area.parentName]
    .filter(Boolean)
    .join(' · ');
}
