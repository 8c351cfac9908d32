/**
 * The citizen's town: found by name, postcode or the district they know their place by, said in
 * correct grammar, and "Wohnort ändern" always has a way back (issue 14, point 13).
 */
import { expect } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis, tholey } from '../fixtures/finder-data.js';
import { $, $$, mountFinder, press, ready, type, until } from './finder-harness.js';

/** Mounts a finder preset to Tholey and opens "Wohnort ändern". */
async function changingTown() {
  const { finder } = await mountFinder(new FakePortal(), { municipality: tholey.ars });
  await ready(finder);
  await until(() => $(finder, '#town-change'), 'no town bar');
  $(finder, '#town-change')!.click();
  await until(() => $(finder, '#town-input'), 'no town picker');
  return finder;
}

describe('<saar-service-finder> town', () => {
  it('says "1 Ort gefunden" and echoes a typed postcode first in the option', async () => {
    const finder = await changingTown();
    await type(finder, '66740', '#town-input');
    await until(() => $(finder, '#town-list [role="option"]'), 'no town offered');
    expect($(finder, '#town-status')!.textContent).to.equal('1 Ort gefunden');
    expect($(finder, '#town-option-0 .option-meta')!.textContent!.startsWith('66740')).to.equal(
      true,
    );
  });

  it('finds the town by a district of it, and says which', async () => {
    const finder = await changingTown();
    await type(finder, 'Fraulautern', '#town-input');
    await until(() => $(finder, '#town-list [role="option"]'), 'no town offered');
    expect($(finder, '#town-option-0 .option-name')!.textContent).to.equal('Saarlouis');
    expect($(finder, '#town-option-0 .option-meta')!.textContent).to.contain(
      'Ortsteil Fraulautern',
    );
    await expect(finder).to.be.accessible();
  });

  it('offers a way back while changing the town, and back to the preset town after', async () => {
    const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
    await ready(finder);
    await until(() => $(finder, '#town-change'), 'no town bar');
    $(finder, '#town-change')!.click();
    await until(() => $(finder, '#town-input'), 'no town picker');
    const keep = $(finder, '.town .link-button')!;
    expect(keep.textContent).to.contain('Bei Saarlouis bleiben');
    keep.click();
    await until(() => finder.shadowRoot!.activeElement === $(finder, '#town-change'));
    expect($(finder, '.town-bar strong')!.textContent).to.equal('Saarlouis');

    $(finder, '#town-change')!.click();
    await until(() => $(finder, '#town-input'), 'no town picker');
    await type(finder, '66636', '#town-input');
    await until(() => $(finder, '#town-list [role="option"]'), 'no town offered');
    await press(finder, 'ArrowDown', '#town-input');
    await press(finder, 'Enter', '#town-input');
    await until(() => $(finder, '.town-bar strong')?.textContent === 'Tholey', 'not Tholey');
    const back = $$(finder, '.town-bar .link-button').find((button) =>
      button.textContent!.includes('Zurück zu Saarlouis'),
    );
    expect(back, 'a way back to the preset town').to.exist;
    const changed = new Promise<Event>((resolve) =>
      finder.addEventListener('saar-town-change', resolve, { once: true }),
    );
    back!.click();
    expect(((await changed) as CustomEvent).detail.area.name).to.equal('Saarlouis');
    await until(() => $(finder, '.town-bar strong')!.textContent === 'Saarlouis');
    expect($$(finder, '.town-bar .link-button')).to.have.length(1);
  });
});
