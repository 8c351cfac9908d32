/**
 * The 30 services citizens use most (`scripts/content/most-used-services.ts`) carry their whole
 * description in English, French and Leichte Sprache; the content faults issue 16 found in them
 * stay fixed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Service } from '../../src/api/schemas/index.js';
import { MOST_USED_SERVICES } from '../../scripts/content/most-used-services.js';
import { loadSeedData } from '../../server/seed/index.js';

const services = new Map(loadSeedData().services.map((service) => [service.id, service]));
const service = (id: string): Service => {
  const found = services.get(id);
  assert.ok(found, `no service ${id}`);
  return found;
};

/** The text modules Leichte Sprache tells: what it is, who needs it, what to bring, costs, when. */
const LEICHTE_SPRACHE_MODULES = [
  'description',
  'prerequisites',
  'requiredDocuments',
  'costs',
  'deadlines',
  'processingTime',
] as const;

describe('the 30 most used services', () => {
  it('are 30 distinct authored services', () => {
    assert.equal(new Set(MOST_USED_SERVICES).size, 30);
    for (const id of MOST_USED_SERVICES) assert.ok(!service(id).id.startsWith('pvog-'), id);
  });

  for (const id of MOST_USED_SERVICES) {
    it(`${id}: every text in English and French, and in Leichte Sprache what a reader needs`, () => {
      const { name, summary, texts } = service(id);
      for (const map of [name, summary!]) {
        assert.ok(map.en && map.fr && map['de-x-ls'], `${id}: name or summary`);
      }
      for (const [module, map] of Object.entries(texts)) {
        assert.ok(map?.en, `${id}: ${module} has no English`);
        assert.ok(map?.fr, `${id}: ${module} has no French`);
      }
      for (const module of LEICHTE_SPRACHE_MODULES) {
        if (texts[module] !== undefined) {
          assert.ok(texts[module]['de-x-ls'], `${id}: ${module} has no Leichte Sprache`);
        }
      }
      for (const module of ['description', 'requiredDocuments', 'costs'] as const) {
        assert.ok(texts[module]?.['de-x-ls'], `${id}: no Leichte Sprache ${module}`);
      }
    });
  }

  it('say in Leichte Sprache where to go', () => {
    const office =
      /Bürger-Büro|Standes-Amt|Zulassungs-Stelle|Führer-Schein-Stelle|Ordnungs-Amt|Gewerbe-Amt|Familien-Kasse|Eltern-Geld-Stelle|Wohn-Geld-Stelle|Ausländer-Behörde|Landes-Amt|Land-Kreis|Gemeinde|Bau-Aufsicht|Amt/;
    for (const id of MOST_USED_SERVICES) {
      const { summary, texts } = service(id);
      assert.match(
        `${summary?.['de-x-ls']}\n${texts.description?.['de-x-ls']}`,
        office,
        `${id} does not say where to go`,
      );
    }
  });

  it('render lists as lists: a paragraph with list items holds nothing else', () => {
    for (const id of MOST_USED_SERVICES) {
      for (const [module, map] of Object.entries(service(id).texts)) {
        for (const [locale, text] of Object.entries(map ?? {})) {
          for (const block of text.split(/\n\s*\n/)) {
            const lines = block.split('\n').filter((line) => line.trim() !== '');
            if (lines.some((line) => line.startsWith('- '))) {
              assert.ok(
                lines.length > 1 && lines.every((line) => line.startsWith('- ')),
                `${id} ${module} [${locale}]: ${block.slice(0, 60)}`,
              );
            }
          }
        }
      }
    }
  });
});

describe('content faults of issue 16 stay fixed', () => {
  it('the residence permit is for people from outside the EU, not outside Europe', () => {
    const text = service('aufenthaltserlaubnis').summary!['de-x-ls']!;
    assert.match(text, /nicht in der EU/);
    assert.doesNotMatch(text, /außerhalb von Europa/);
  });

  it('the disabled parking card promises disabled spaces only with aG or Bl', () => {
    const text = service('parkausweis-schwerbehinderte').summary!['de-x-ls']!;
    assert.match(text, /aG oder Bl/);
    assert.match(text, /orangen Park-Ausweis/);
  });

  it('death registration and parental allowance keep their legal deadlines in Leichte Sprache', () => {
    assert.match(service('sterbefall-anzeigen').summary!['de-x-ls']!, /3\. Werk-Tag/);
    assert.match(service('sterbefall-anzeigen').texts.deadlines!['de-x-ls']!, /3\. Werk-Tag/);
    assert.match(service('elterngeld-beantragen').summary!['de-x-ls']!, /3 Monate/);
  });

  it('the English cost texts name every fee the German names', () => {
    assert.match(service('reisepass-beantragen').texts.costs!.en!, /direct delivery EUR 15/);
    assert.match(service('personalausweis-beantragen').texts.costs!.en!, /additional fee/);
  });
});
