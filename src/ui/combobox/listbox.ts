/* eslint-disable lit-a11y/click-events-have-key-events --
   Options are clicked with a pointer; keyboard users reach them through the combobox
   (aria-activedescendant), as the WAI-ARIA combobox pattern prescribes. */
/** The input and listbox of a combobox, rendered into the host widget's own shadow root. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ComboboxController } from './combobox-controller.js';

/** How the input looks and what it is called. */
export interface ComboboxInputView {
  /** Id of the element that labels the input. */
  labelledBy: string;
  /** Ids of hints and status lines, for `aria-describedby`. */
  describedBy?: string;
  value: string;
  onInput: (event: Event) => void;
  /** `::part` name of the input. */
  part?: string;
  autocomplete?: string;
  enterKeyHint?: 'search' | 'done' | 'go';
}

/** The `<input role="combobox">`, wired to its controller. */
export function renderComboboxInput<T>(
  combobox: ComboboxController<T>,
  view: ComboboxInputView,
): TemplateResult {
  return html`<input
    id=${combobox.ids.input}
    part=${view.part ?? nothing}
    type="text"
    role="combobox"
    aria-labelledby=${view.labelledBy}
    autocomplete=${view.autocomplete ?? 'off'}
    spellcheck="false"
    enterkeyhint=${view.enterKeyHint ?? nothing}
    aria-autocomplete="list"
    aria-expanded=${combobox.expanded ? 'true' : 'false'}
    aria-controls=${combobox.ids.listbox}
    aria-describedby=${view.describedBy ?? nothing}
    aria-activedescendant=${combobox.activeDescendant ?? nothing}
    .value=${view.value}
    @input=${(event: Event) => {
      view.onInput(event);
      combobox.onInput();
    }}
    @keydown=${combobox.onKeydown}
    @blur=${combobox.onBlur}
    @focus=${combobox.onFocus}
  />`;
}

/** How the listbox looks. */
export interface ListboxView {
  /** Accessible name of the listbox. */
  label: string;
  /** Extra classes (`popup` floats it under the input). */
  className?: string;
  /** `::part` names of the list and of each option. */
  part?: string;
  optionPart?: string;
}

/**
 * The listbox. Always rendered (hidden when collapsed), so the input's `aria-controls` never
 * points at nothing.
 */
export function renderListbox<T>(
  combobox: ComboboxController<T>,
  options: readonly T[],
  renderOption: (option: T, index: number) => TemplateResult,
  view: ListboxView,
): TemplateResult {
  const expanded = combobox.expanded;
  return html`<ul
    id=${combobox.ids.listbox}
    role="listbox"
    class=${view.className ?? nothing}
    part=${view.part ?? nothing}
    aria-label=${view.label}
    ?hidden=${!expanded}
  >
    ${
      expanded
        ? options.map(
            (option, index) =>
              html`<li
                id=${combobox.ids.option(index)}
                role="option"
                class="option"
                part=${view.optionPart ?? nothing}
                aria-selected=${index === combobox.activeIndex ? 'true' : 'false'}
                @pointerdown=${(event: Event) => event.preventDefault()}
                @click=${() => combobox.choose(option)}
              >
                ${renderOption(option, index)}
              </li>`,
          )
        : nothing
    }
  </ul>`;
}
