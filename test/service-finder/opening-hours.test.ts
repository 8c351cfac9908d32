/**
 * The finder shows an office's opening hours as each language writes them (issue 16, point 4):
 * "8 Uhr bis 12 Uhr" in Leichte Sprache, "8 h – 12 h" in French, the clock in German and English.
 */
import { expect } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { $, mountFinder, press, ready, type, until } from './finder-harness.js';

/** The opening hours of the dog-tax office in Saarlouis, as the finder in `lang` shows them. */
async function shownHours(lang: string, query: string): Promise<string> {
  const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars, lang });
  await ready(finder);
  await type(finder, query);
  await press(finder, 'ArrowDown');
  await press(finder, 'Enter');
  await until(() => $(finder, '.hours'), 'no opening hours shown');
  return $(finder, '.hours')!.textContent!.replace(/[ \t\n]+/g, ' ');
}

describe('opening hours in the finder', () => {
  it('read naturally in Leichte Sprache: "8 Uhr bis 12 Uhr", no leading zero, no dash', async () => {
    const hours = await shownHours('de-x-ls', 'Hund');
    expect(hours).to.contain('Montag');
    expect(hours).to.contain('8 Uhr bis 12 Uhr, 14 Uhr bis 16 Uhr');
    expect(hours).to.contain('8 Uhr bis 18 Uhr');
    expect(hours).not.to.match(/\d:\d|–/);
  });

  it('are written the French way in French', async () => {
    const hours = await shownHours('fr', 'chien');
    expect(hours).to.contain('8\u00A0h – 12\u00A0h, 14\u00A0h – 16\u00A0h');
    expect(hours).not.to.contain('08:00');
  });

  it('keep the clock in English', async () => {
    expect(await shownHours('en', 'dog')).to.contain('08:00–12:00, 14:00–16:00');
  });
});
