import { expect } from '@open-wc/testing';
import { fold, stem } from '../../../src/service-finder/search/german.js';
import {
  ServiceSearchIndex,
  lifeSituationBranch,
} from '../../../src/service-finder/search/service-index.js';
import { largeCatalogue, searchCatalogue } from './fixtures.js';

function ids(index: ServiceSearchIndex, query: string, limit = 3): string[] {
  return index.search(query, { limit }).map((hit) => hit.service.id);
}

describe('ServiceSearchIndex', () => {
  let index: ServiceSearchIndex;

  before(async () => {
    index = await ServiceSearchIndex.build(searchCatalogue, 'de');
  });

  it('indexes every service of the catalogue', () => {
    expect(index.size).to.equal(searchCatalogue.services.length);
    expect(index.get('kindergeld')?.name.de).to.equal('Kindergeld beantragen');
  });

  it('finds nothing for an empty or blank query', () => {
    expect(index.search('')).to.deep.equal([]);
    expect(index.search('   ')).to.deep.equal([]);
    expect(index.search('der die das ')).to.deep.equal([]);
  });

  describe('folding', () => {
    for (const query of ['Führerschein', 'fuehrerschein', 'fuhrerschein', 'FÜHRERSCHEIN']) {
      it(`finds the driving licence for "${query}"`, () => {
        expect(ids(index, query, 1)).to.deep.equal(['fuehrerschein']);
      });
    }

    it('folds the other way: an umlaut query finds an ae/oe/ue text', async () => {
      const catalogue = {
        lifeSituations: [],
        services: [{ ...searchCatalogue.services[0]!, id: 'x', name: { de: 'Aenderung melden' } }],
      };
      const ascii = await ServiceSearchIndex.build(catalogue, 'de');
      expect(ids(ascii, 'Änderung')).to.deep.equal(['x']);
      expect(ids(ascii, 'anderung')).to.deep.equal(['x']);
    });

    it('meets ß and ss', () => {
      expect(ids(index, 'Strassensperrung', 1)).to.deep.equal(['strassensperrung']);
      expect(ids(index, 'straßensperrung', 1)).to.deep.equal(['strassensperrung']);
    });
  });

  describe('compound words', () => {
    it('finds a compound by its head', () => {
      expect(ids(index, 'genehmigung', 1)).to.deep.equal(['baugenehmigung']);
      expect(ids(index, 'steuer')).to.include.members(['hundesteuer-anmeldung', 'grundsteuer']);
    });

    it('ranks the word itself above a compound that contains it', () => {
      expect(ids(index, 'Steuern ', 1)).to.deep.equal(['steuer-allgemein']);
    });

    it('splits a compound query the catalogue writes as two words', () => {
      expect(ids(index, 'Gewerbeanmeldung', 1)).to.deep.equal(['gewerbe-anmeldung']);
    });
  });

  describe('word forms', () => {
    it('joins verbs and nouns', () => {
      expect(ids(index, 'Gewerbe Anmeldung', 1)).to.deep.equal(['gewerbe-anmeldung']);
      expect(ids(index, 'Gewerbe angemeldet', 1)).to.deep.equal(['gewerbe-anmeldung']);
      expect(ids(index, 'Antrag Kindergeld', 1)).to.deep.equal(['kindergeld']);
    });
  });

  describe('while typing', () => {
    it('searches the last word as a prefix', () => {
      expect(ids(index, 'Führersch', 1)).to.deep.equal(['fuehrerschein']);
      expect(ids(index, 'Kinderg', 1)).to.deep.equal(['kindergeld']);
      expect(ids(index, 'Personalausw', 1)).to.deep.equal(['personalausweis']);
    });

    it('does not take a finished word as a prefix', () => {
      expect(ids(index, 'Kinderg ')).to.deep.equal([]);
    });
  });

  describe('typos', () => {
    it('tolerates a typo in a longer word', () => {
      expect(ids(index, 'Fürerschein', 1)).to.deep.equal(['fuehrerschein']);
      expect(ids(index, 'Persnalausweis', 1)).to.deep.equal(['personalausweis']);
      expect(ids(index, 'Kindergled ', 1)).to.deep.equal(['kindergeld']);
    });

    it('is strict with short words', () => {
      expect(ids(index, 'Hand ')).to.not.include('hundesteuer-anmeldung');
    });
  });

  describe('languages', () => {
    it('finds services by English and French words in the German index', () => {
      expect(ids(index, 'driving licence', 1)).to.deep.equal(['fuehrerschein']);
      expect(ids(index, 'permis de conduire', 1)).to.deep.equal(['fuehrerschein']);
      expect(ids(index, 'child benefit', 1)).to.deep.equal(['kindergeld']);
      expect(ids(index, 'allocations familiales', 1)).to.deep.equal(['kindergeld']);
      expect(ids(index, "carte d'identité", 1)).to.deep.equal(['personalausweis']);
    });

    it('searches the locale name and the German name in another locale', async () => {
      const english = await ServiceSearchIndex.build(searchCatalogue, 'en');
      expect(ids(english, 'building permit', 1)).to.deep.equal(['baugenehmigung']);
      expect(ids(english, 'Baugenehmigung', 1)).to.deep.equal(['baugenehmigung']);
    });
  });

  describe('long queries', () => {
    it('puts services matching all words first and still finds something for the rest', () => {
      expect(ids(index, 'ich möchte meinen Hund anmelden', 1)).to.deep.equal([
        'hundesteuer-anmeldung',
      ]);
      expect(ids(index, 'Hund Xylophon Trompete', 1)).to.deep.equal(['hundesteuer-anmeldung']);
    });
  });

  describe('results', () => {
    it('reports the matched index terms and a descending score', () => {
      const hits = index.search('Hundesteuer', { limit: 5 });
      expect(hits[0]!.service.id).to.equal('hundesteuer-anmeldung');
      expect(hits[0]!.matchedTerms).to.include(stem(fold('Hundesteuer')));
      const scores = hits.map((hit) => hit.score);
      expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    });

    it('leaves the vocabulary alone: a misspelt query stays unknown to the next one', () => {
      const before = index.analyzer.indexTerms.size;
      index.search('Fuhrersien Xylophon ');
      expect(index.analyzer.indexTerms.size).to.equal(before);
    });

    it('ranks a service whose keyword is exactly the query first', async () => {
      const catalogue = {
        lifeSituations: [],
        services: [
          {
            ...searchCatalogue.services[0]!,
            id: 'words',
            name: { de: 'Wohnung anmelden' },
            keywords: { de: ['Umzug', 'beim Amt melden'] },
          },
          {
            ...searchCatalogue.services[0]!,
            id: 'keyword',
            name: { de: 'Wohnung anmelden' },
            keywords: { de: ['Umzug melden', 'beim Amt'] },
          },
        ],
      };
      const phrases = await ServiceSearchIndex.build(catalogue, 'de');
      expect(ids(phrases, 'melden Umzug ', 1)).to.deep.equal(['keyword']);
    });

    it('ranks curated services above the bare long tail, popular ones first', async () => {
      const base = searchCatalogue.services[0]!;
      const same = (id: string, name: typeof base.name, keywords = {}) => ({
        ...base,
        id,
        name,
        keywords,
        summary: undefined,
      });
      const catalogue = {
        lifeSituations: [],
        services: [
          same('bare', { de: 'Tierhaltung melden' }),
          same('translated', { de: 'Tierhaltung melden', en: 'Report keeping animals' }),
          same('popular', { de: 'Tierhaltung melden', 'de-x-ls': 'Tiere melden' }),
        ],
      };
      const priors = await ServiceSearchIndex.build(catalogue, 'de');
      expect(ids(priors, 'Tierhaltung ')).to.deep.equal(['popular', 'translated', 'bare']);
    });

    it('honours the limit', () => {
      expect(index.search('beantragen', { limit: 2 })).to.have.length(2);
    });
  });

  describe('filters', () => {
    it('filters by topic field', () => {
      const hits = index.search('beantragen', { limit: 20, topicField: 'bauen_wohnen' });
      expect(hits.map((hit) => hit.service.id)).to.deep.equal(['baugenehmigung']);
    });

    it('filters by addressee', () => {
      const hits = index.search('anmelden', { limit: 20, addressee: 'businesses' });
      expect(hits.map((hit) => hit.service.id)).to.deep.equal(['gewerbe-anmeldung']);
    });

    it('filters by life situation, including the codes below it', () => {
      const hits = index.search('beantragen', { limit: 20, lifeSituation: '1070000' });
      expect(hits.map((hit) => hit.service.id)).to.deep.equal(['fuehrerschein']);
    });
  });

  describe('browsing', () => {
    it('lists the services of a life situation, sorted by name', () => {
      expect(index.byLifeSituation('1110000').map((service) => service.id)).to.deep.equal([
        'hundesteuer-anmeldung',
      ]);
      expect(index.byLifeSituation('1070000').map((service) => service.id)).to.deep.equal([
        'fuehrerschein',
      ]);
    });

    it('lists the services of a topic field, sorted by name', () => {
      expect(index.byTopicField('steuern_zoll').map((service) => service.id)).to.deep.equal([
        'grundsteuer',
        'hundesteuer-anmeldung',
        'steuer-allgemein',
      ]);
    });

    it('counts services per life situation and leaves empty ones out', () => {
      const entries = index.lifeSituations();
      expect(entries.map((entry) => [entry.situation.code, entry.count])).to.deep.equal([
        ['1050000', 1],
        ['1070000', 1],
        ['1100000', 1],
        ['1110000', 1],
        ['2010000', 1],
      ]);
    });

    it('cuts a life-situation code to its branch', () => {
      expect(lifeSituationBranch('1050000')).to.equal('105');
      expect(lifeSituationBranch('1100000')).to.equal('110');
      expect(lifeSituationBranch('1070100')).to.equal('10701');
    });
  });

  describe('building', () => {
    it('rejects at once when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await ServiceSearchIndex.build(searchCatalogue, 'de', {
        signal: controller.signal,
      }).catch((caught: unknown) => caught);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('rejects when aborted right after it started', async () => {
      const controller = new AbortController();
      const build = ServiceSearchIndex.build(searchCatalogue, 'de', { signal: controller.signal });
      controller.abort();
      const error = await build.catch((caught: unknown) => caught);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('checks the signal between chunks and stops half-way', async () => {
      let checks = 0;
      const signal = {
        aborted: false,
        throwIfAborted() {
          checks += 1;
          if (checks === 5) throw new DOMException('Stopped', 'AbortError');
        },
      } as unknown as AbortSignal;
      const error = await ServiceSearchIndex.build(largeCatalogue(200), 'de', {
        signal,
        chunkSize: 10,
      }).catch((caught: unknown) => caught);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(checks).to.equal(5);
    });

    it('yields to the event loop several times while a large catalogue is indexed', async () => {
      // Spy on scheduler.yield, which the build prefers where the browser has it.
      const global = globalThis as { scheduler?: unknown };
      const original = Object.getOwnPropertyDescriptor(global, 'scheduler');
      let yields = 0;
      Object.defineProperty(global, 'scheduler', {
        configurable: true,
        value: {
          yield: () => {
            yields += 1;
            return new Promise<void>((resolve) => setTimeout(resolve, 0));
          },
        },
      });
      try {
        const large = await ServiceSearchIndex.build(largeCatalogue(3000), 'de', { chunkSize: 25 });
        expect(large.size).to.equal(3000);
        expect(yields).to.be.greaterThan(2);
        expect(large.search('Baugenehmigung Nummer 0', { limit: 1 })[0]!.service.id).to.equal(
          'dienst-0',
        );
      } finally {
        if (original) Object.defineProperty(global, 'scheduler', original);
        else delete global.scheduler;
      }
    });
  });
});
