import { expect, html } from '@open-wc/testing';
import { ComboboxController, nextActiveIndex } from '../../src/ui/combobox/combobox-controller.js';
import { renderComboboxInput, renderListbox } from '../../src/ui/combobox/listbox.js';
import { mount } from '../shared/helpers.js';
import { type UiHost } from './ui-host.js';

interface Fruit {
  name: string;
}

/** A host with a fruit combobox, and what it chose. */
async function mountCombobox(options: Fruit[], config: { sole?: boolean } = {}) {
  const host = document.createElement('saar-test-ui-host') as UiHost;
  const chosen: string[] = [];
  let cleared = 0;
  let value = '';
  const combobox = new ComboboxController<Fruit>(host, {
    ids: { input: 'fruit', listbox: 'fruit-list', option: (index) => `fruit-${index}` },
    options: () => options,
    onChoose: (fruit) => chosen.push(fruit.name),
    onClear: () => {
      cleared += 1;
      value = '';
    },
    chooseSoleOption: config.sole ?? false,
  });
  host.view = () =>
    html`<label id="fruit-label" for="fruit">Fruit</label> ${renderComboboxInput(combobox, {
        labelledBy: 'fruit-label',
        value,
        onInput: (event) => (value = (event.target as HTMLInputElement).value),
      })}
      ${renderListbox(combobox, options, (fruit) => html`${fruit.name}`, { label: 'Fruits' })}`;
  const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
  wrapper.append(host);
  await host.updateComplete;
  const input = host.shadowRoot!.querySelector('input')!;
  const press = async (key: string, modifiers: KeyboardEventInit = {}) => {
    input.dispatchEvent(
      new KeyboardEvent('keydown', { ...modifiers, key, bubbles: true, cancelable: true }),
    );
    await host.updateComplete;
  };
  return { host, input, press, chosen, cleared: () => cleared };
}

const FRUITS = [{ name: 'Apfel' }, { name: 'Birne' }, { name: 'Kirsche' }];

describe('combobox controller (src/ui)', () => {
  it('moves the active option with the arrows, wrapping, and Home/End once active', () => {
    expect(nextActiveIndex('ArrowDown', -1, 3)).to.equal(0);
    expect(nextActiveIndex('ArrowDown', 2, 3)).to.equal(0);
    expect(nextActiveIndex('ArrowUp', 0, 3)).to.equal(2);
    expect(nextActiveIndex('Home', -1, 3)).to.equal(undefined);
    expect(nextActiveIndex('End', 0, 3)).to.equal(2);
    expect(nextActiveIndex('ArrowDown', -1, 0)).to.equal(undefined);
  });

  it('shows the list again when the citizen comes back to the input, unless Escape closed it', async () => {
    const { input, press, host } = await mountCombobox(FRUITS);
    const expanded = () => input.getAttribute('aria-expanded');
    input.focus();
    await press('ArrowDown');
    expect(expanded()).to.equal('true');
    input.dispatchEvent(new FocusEvent('blur'));
    await host.updateComplete;
    expect(expanded()).to.equal('false');
    input.dispatchEvent(new FocusEvent('focus'));
    await host.updateComplete;
    expect(expanded()).to.equal('true', 'not shown again on coming back');
    await press('Escape');
    expect(expanded()).to.equal('false');
    input.dispatchEvent(new FocusEvent('blur'));
    input.dispatchEvent(new FocusEvent('focus'));
    await host.updateComplete;
    expect(expanded()).to.equal('false', 'Escape closed it for good');
  });

  it('shows the list with Alt+ArrowDown without moving into it, and closes it with Alt+ArrowUp', async () => {
    const { input, press } = await mountCombobox(FRUITS);
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await press('ArrowDown', { altKey: true });
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await press('ArrowUp', { altKey: true });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('ties input, listbox and active option together with ARIA', async () => {
    const { input, press, host } = await mountCombobox(FRUITS);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-controls')).to.equal('fruit-list');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal('fruit-1');
    expect(host.shadowRoot!.querySelector('#fruit-1')!.getAttribute('aria-selected')).to.equal(
      'true',
    );
    await expect(host).to.be.accessible();
  });

  it('chooses the active option with Enter and closes', async () => {
    const { input, press, chosen } = await mountCombobox(FRUITS);
    await press('ArrowUp');
    await press('Enter');
    expect(chosen).to.deep.equal(['Kirsche']);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on the first Escape and clears on the second (APG)', async () => {
    const { input, press, cleared } = await mountCombobox(FRUITS);
    await press('ArrowDown');
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(cleared()).to.equal(0);
    await press('Escape');
    expect(cleared()).to.equal(1);
  });

  it('opens again when the citizen types or presses ArrowDown', async () => {
    const { input, press } = await mountCombobox(FRUITS);
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await press('ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant')).to.equal('fruit-0');
  });

  it('chooses the only option on Enter when told to', async () => {
    const { press, chosen } = await mountCombobox([{ name: 'Quitte' }], { sole: true });
    await press('Enter');
    expect(chosen).to.deep.equal(['Quitte']);
  });

  it('chooses an option on click, without stealing focus from the input', async () => {
    const { host, chosen } = await mountCombobox(FRUITS);
    const option = host.shadowRoot!.querySelector<HTMLElement>('#fruit-2')!;
    const pointerDown = new PointerEvent('pointerdown', { bubbles: true, cancelable: true });
    option.dispatchEvent(pointerDown);
    expect(pointerDown.defaultPrevented).to.equal(true);
    option.click();
    expect(chosen).to.deep.equal(['Kirsche']);
  });
});
