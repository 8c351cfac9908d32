/**
 * Which languages a text has is data: every language map in the API carries exactly the
 * languages the seed wrote, and the server never fills a missing language with another one's
 * text. So a widget can tell, per text, that only German exists (and mark it `lang="de"`), also
 * in the catalogue trimmed to one language (`?lang=`), where a missing name stays missing.
 * See docs/decisions/0101-german-only-is-data.md.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ServiceCatalogueSchema,
  ServiceSchema,
  type LanguageMap,
} from '../../src/api/schemas/index.js';
import { MOST_USED_SERVICES } from '../../scripts/content/most-used-services.js';
import { loadSeedData } from '../../server/seed/index.js';
import { loadDefaultSeed } from '../../server/store/default-seed.js';
import { parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

const seed = loadSeedData();
const languages = (map: LanguageMap | undefined) => Object.keys(map ?? {}).sort();

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal({
    seed: loadDefaultSeed,
    limits: { requestsPerMinute: 1_000_000 },
  });
});
after(() => portal.stop());

const detail = async (id: string) =>
  parseBody(ServiceSchema, await portal.app.inject({ url: `/api/v1/services/${id}` }));

describe('the languages of each text', () => {
  it('are in the detail answer exactly as the seed wrote them, for every authored service', async () => {
    for (const service of seed.services.filter((item) => !item.id.startsWith('pvog-'))) {
      const answer = await detail(service.id);
      assert.deepEqual(languages(answer.name), languages(service.name), `${service.id} name`);
      assert.deepEqual(languages(answer.summary), languages(service.summary), `${service.id}`);
      for (const [module, map] of Object.entries(service.texts)) {
        const answered = answer.texts[module as keyof typeof answer.texts];
        assert.deepEqual(languages(answered), languages(map), `${service.id} ${module}`);
      }
    }
  });

  it('say "German only" where only German exists: a federal service, and the legal basis in Leichte Sprache', async () => {
    const federal = seed.services.find((service) => service.id.startsWith('pvog-'))!;
    const answer = await detail(federal.id);
    for (const map of Object.values(answer.texts)) assert.deepEqual(languages(map), ['de']);
    const identityCard = await detail('personalausweis-beantragen');
    assert.deepEqual(languages(identityCard.texts.description), ['de', 'de-x-ls', 'en', 'fr']);
    assert.deepEqual(languages(identityCard.texts.legalBasis), ['de', 'en', 'fr']);
  });

  it('give the 30 most used services every text in English and French', async () => {
    for (const id of MOST_USED_SERVICES) {
      const answer = await detail(id);
      for (const [module, map] of Object.entries(answer.texts)) {
        assert.ok(map?.en !== undefined && map.fr !== undefined, `${id} ${module}`);
      }
    }
  });

  it('stay missing in the catalogue trimmed to one language, never filled with German', async () => {
    for (const lang of ['en', 'fr', 'de-x-ls'] as const) {
      const catalogue = parseBody(
        ServiceCatalogueSchema,
        await portal.app.inject({ url: `/api/v1/services?lang=${lang}` }),
      );
      for (const service of catalogue.services) {
        const authored = seed.services.find((item) => item.id === service.id)!;
        const expected = authored.name[lang] === undefined ? ['de'] : ['de', lang].sort();
        assert.deepEqual(languages(service.name), expected, `${lang}: ${service.id}`);
      }
    }
  });
});
