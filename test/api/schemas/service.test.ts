import { expect } from '@open-wc/testing';
import { ServiceCatalogueSchema, ServiceSchema } from '../../../src/api/schemas/service.js';
import { sampleCatalogue } from '../../fixtures/services.js';
import { expectInvalidAt, expectValid, variant } from './expect-schema.js';

const service = {
  ...sampleCatalogue.services[0]!,
  texts: {
    description: { de: 'Wer umzieht, muss sich innerhalb von zwei Wochen anmelden.' },
    requiredDocuments: { de: 'Personalausweis, Wohnungsgeberbestätigung' },
    costs: { de: 'gebührenfrei' },
    legalBasis: { de: '§ 17 Bundesmeldegesetz' },
  },
  onlineServices: [
    { name: { de: 'Online-Anmeldung' }, trustLevel: 'STORK-QAA-Level-4', hasPortalForm: true },
  ],
};

describe('Service schema', () => {
  it('accepts a full service description', () => expectValid(ServiceSchema, service));

  it('fills defaults for omitted lists', () => {
    const parsed = ServiceSchema.parse(
      variant(service, { keywords: undefined, onlineServices: undefined }),
    );
    expect(parsed.keywords).to.deep.equal({});
    expect(parsed.onlineServices).to.deep.equal([]);
  });

  it('rejects a wrong LeiKa key, an unknown topic field, no addressee, an unknown level', () => {
    expectInvalidAt(ServiceSchema, variant(service, { leikaKey: '12345' }), 'leikaKey');
    expectInvalidAt(ServiceSchema, variant(service, { topicField: 'haustiere' }), 'topicField');
    expectInvalidAt(ServiceSchema, variant(service, { addressees: [] }), 'addressees');
    expectInvalidAt(ServiceSchema, variant(service, { level: 'county' }), 'level');
  });

  it('rejects an online service with an unknown trust level or a non-http link', () => {
    expectInvalidAt(
      ServiceSchema,
      variant(service, { onlineServices: [{ name: { de: 'x' }, trustLevel: 'LOW' }] }),
      'onlineServices[0].trustLevel',
    );
    expectInvalidAt(
      ServiceSchema,
      variant(service, {
        onlineServices: [
          { name: { de: 'x' }, url: 'javascript:alert(1)', trustLevel: 'STORK-QAA-Level-1' },
        ],
      }),
      'onlineServices[0].url',
    );
  });

  it('a catalogue lists summaries and life situations', () => {
    expectValid(ServiceCatalogueSchema, sampleCatalogue);
    expectInvalidAt(
      ServiceCatalogueSchema,
      { services: [], lifeSituations: [{ code: '12', name: { de: 'x' } }] },
      'lifeSituations[0].code',
    );
  });
});
