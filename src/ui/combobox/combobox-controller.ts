/**
 * The behaviour of an editable combobox with a listbox popup (WAI-ARIA APG "combobox with list
 * autocomplete"): which option is active, whether the list is open, and the keys. The host owns
 * the options and renders them with `renderListbox`; focus stays in the input and the active
 * option is announced through `aria-activedescendant`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The ids that tie the input, the listbox and its options together in one shadow root. */
export interface ComboboxIds {
  /** The input's id. */
  input: string;
  /** The listbox's id (the input's `aria-controls`). */
  listbox: string;
  /** The id of the option at `index`. */
  option: (index: number) => string;
}

/** How a combobox behaves. */
export interface ComboboxConfig<TOption> {
  ids: ComboboxIds;
  /** The options offered right now (the host filters them). */
  options: () => readonly TOption[];
  /** The citizen chose `option` (Enter on the active option, or a click). */
  onChoose: (option: TOption) => void;
  /** Escape on a closed list: the host clears the input (APG: "optionally clears"). */
  onClear?: () => void;
  /** Enter without an active option chooses the only option there is. */
  chooseSoleOption?: boolean;
}

/** Keyboard and open state of one combobox. */
export class ComboboxController<TOption> implements ReactiveController {
  /** Index of the active option, -1 for none. */
  activeIndex = -1;
  private open = true;
  /** Whether leaving the input closed the list (coming back shows it again). */
  private closedByBlur = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly config: ComboboxConfig<TOption>;

  constructor(host: ReactiveControllerHost & HTMLElement, config: ComboboxConfig<TOption>) {
    this.host = host;
    this.config = config;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The ids of input, listbox and options. */
  get ids(): ComboboxIds {
    return this.config.ids;
  }

  /** Whether the listbox shows: open and something to show. */
  get expanded(): boolean {
    return this.open && this.config.options().length > 0;
  }

  /** The id of the active option, for the input's `aria-activedescendant`. */
  get activeDescendant(): string | undefined {
    return this.expanded && this.activeIndex >= 0
      ? this.config.ids.option(this.activeIndex)
      : undefined;
  }

  /** The citizen typed: the list opens again and no option is active. */
  readonly onInput = (): void => {
    this.open = true;
    this.closedByBlur = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  };

  /** Leaving the input closes the list (a click on an option lands first: see `optionEvents`). */
  readonly onBlur = (): void => {
    if (!this.open) return;
    this.open = false;
    this.closedByBlur = true;
    this.activeIndex = -1;
    this.host.requestUpdate();
  };

  /**
   * Coming back to the input shows again what leaving it hid (a tap outside to close a phone's
   * keyboard must not lose the results); a list closed with Escape stays closed.
   */
  readonly onFocus = (): void => {
    if (!this.closedByBlur) return;
    this.closedByBlur = false;
    this.open = true;
    this.host.requestUpdate();
  };

  /** Arrow keys (with Alt too), Home, End, Enter and Escape, as the APG pattern prescribes. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const options = this.config.options();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.expanded) this.close();
      else this.config.onClear?.();
      return;
    }
    if (event.key === 'Enter') {
      const active = this.expanded ? options[this.activeIndex] : undefined;
      const sole = this.config.chooseSoleOption && options.length === 1 ? options[0] : undefined;
      const chosen = active ?? (this.open ? sole : undefined);
      if (chosen !== undefined) {
        event.preventDefault();
        this.choose(chosen);
      }
      return;
    }
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      // Alt+Down shows the list without moving into it, Alt+Up closes it (APG).
      event.preventDefault();
      if (event.key === 'ArrowUp') this.close();
      else {
        this.open = true;
        this.closedByBlur = false;
        this.host.requestUpdate();
      }
      return;
    }
    const next = nextActiveIndex(event.key, this.expanded ? this.activeIndex : -1, options.length);
    if (next === undefined) return;
    event.preventDefault();
    this.open = true;
    this.activeIndex = next;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.scrollActiveIntoView());
  };

  /** Chooses `option`: the list closes and the host hears of it. */
  choose(option: TOption): void {
    this.open = false;
    this.activeIndex = -1;
    this.config.onChoose(option);
    this.host.requestUpdate();
  }

  /** Opens the list with the option at `index` active (after the host added options). */
  activate(index: number): void {
    this.open = true;
    this.activeIndex = index;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.scrollActiveIntoView());
  }

  /** Closes the list, keeping what was typed. */
  close(): void {
    this.open = false;
    this.closedByBlur = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  /** Back to the start: list open for the next typing, nothing active. */
  reset(): void {
    this.open = true;
    this.activeIndex = -1;
  }

  private scrollActiveIntoView(): void {
    const id = this.activeDescendant;
    const root = this.host.shadowRoot ?? this.host;
    if (id) root.querySelector(`#${CSS.escape(id)}`)?.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * The option that becomes active after `key`, or `undefined` when the key does not move.
 * `current` is -1 when no option is active. Arrow keys wrap, as the APG combobox example does.
 */
export function nextActiveIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return current < 0 ? undefined : 0;
    case 'End':
      return current < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}
