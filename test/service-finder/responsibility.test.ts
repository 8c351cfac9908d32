/**
 * The office section beyond the office: a service routed by the place of an event asks where it
 * happened and shows that place's office; a service a town does not offer says so plainly. In
 * German, English, French and Leichte Sprache.
 */
import { expect } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import * as data from '../fixtures/finder-data.js';
import { responsibilityData } from '../fixtures/responsibility-data.js';
import { $, mountFinder, press, ready, type, until } from './finder-harness.js';

function portal(): FakePortal {
  return new FakePortal(responsibilityData());
}

async function openService(lang: string, query: string) {
  const { finder } = await mountFinder(portal(), { municipality: data.tholey.ars, lang });
  await ready(finder);
  await type(finder, query);
  await press(finder, 'ArrowDown');
  await press(finder, 'Enter');
  return finder;
}

describe('<saar-service-finder> responsibility', () => {
  describe('the place of the event', () => {
    it('says the place of death decides, shows the residence’s office until asked, and is accessible', async () => {
      const finder = await openService('de', 'Sterbeurkunde');
      await until(() => $(finder, '.event-place'), 'no question for the place');
      const section = $(finder, '.office')!;
      expect(section.textContent).to.contain('an dem der Mensch gestorben ist');
      expect(section.textContent).to.contain('Unten steht die Stelle für Tholey');
      expect($(finder, 'label[for="event-place-input"]')!.textContent).to.contain(
        'Wo ist der Mensch gestorben?',
      );
      expect($(finder, '.route-name')!.textContent).to.contain('Standesamt Tholey');
      await expect(finder).to.be.accessible();
    });

    it('shows the registry office of the place the citizen names', async () => {
      const finder = await openService('de', 'Sterbeurkunde');
      await until(() => $(finder, '#event-place-input'), 'no picker for the place');
      await type(finder, '66740', '#event-place-input');
      await until(
        () => $(finder, '#event-place-list [role="option"]'),
        'no place offered for the postcode',
      );
      await press(finder, 'ArrowDown', '#event-place-input');
      await press(finder, 'Enter', '#event-place-input');
      await until(
        () => $(finder, '.route-name')?.textContent?.includes('Standesamt Saarlouis'),
        'not the office of the place of death',
      );
      expect($(finder, '#office-heading')!.textContent).to.contain('Saarlouis');
      expect($(finder, '.office')!.textContent).not.to.contain('Unten steht die Stelle');
    });

    it('asks in English, French and Leichte Sprache', async () => {
      const expected: Array<[string, string, string]> = [
        ['en', 'death certificate', 'Where did the person die?'],
        ['fr', 'acte de décès', 'Où la personne est-elle décédée\u202f?'],
        ['de-x-ls', 'Sterbeurkunde', 'Wo ist der Mensch gestorben?'],
      ];
      for (const [lang, query, question] of expected) {
        const finder = await openService(lang, query);
        await until(() => $(finder, 'label[for="event-place-input"]'), `no question in ${lang}`);
        expect($(finder, 'label[for="event-place-input"]')!.textContent).to.contain(question);
      }
    });
  });

  describe('not offered in the town', () => {
    it('says plainly that the town does not offer it, and why, without a fallback office', async () => {
      const finder = await openService('de', 'Baum');
      await until(() => $(finder, '.not-offered'), 'no "not offered" statement');
      const text = $(finder, '.not-offered')!.textContent!;
      expect(text).to.contain('In Tholey gibt es diese Leistung nicht.');
      expect(text).to.contain('keine Baumschutzsatzung');
      expect($(finder, '.route')).to.equal(null);
      expect($(finder, '.office a[href="tel:115"]')).to.equal(null);
      await expect(finder).to.be.accessible();
    });

    it('says so in English, French and Leichte Sprache', async () => {
      const expected: Array<[string, string, string]> = [
        ['en', 'tree', 'This service is not offered in Tholey.'],
        ['fr', 'arbre', 'Cette prestation n’existe pas à Tholey.'],
        ['de-x-ls', 'Baum', 'In Tholey gibt es das nicht.'],
      ];
      for (const [lang, query, statement] of expected) {
        const finder = await openService(lang, query);
        await until(() => $(finder, '.not-offered'), `no statement in ${lang}`);
        expect($(finder, '.not-offered')!.textContent).to.contain(statement);
      }
    });
  });
});
