import { expect } from '@open-wc/testing';
import { fold, stem } from '../../../src/service-finder/search/german.js';
import { buildWordQueries, joinSeparableVerb } from '../../../src/service-finder/search/query.js';
import { ServiceSearchIndex } from '../../../src/service-finder/search/service-index.js';
import { searchCatalogue } from './fixtures.js';

function ids(index: ServiceSearchIndex, query: string, limit = 3): string[] {
  return index.search(query, { limit }).map((hit) => hit.service.id);
}

describe('query building', () => {
  let index: ServiceSearchIndex;

  before(async () => {
    index = await ServiceSearchIndex.build(searchCatalogue, 'de');
  });

  describe('words', () => {
    it('drops stop words, keeps a stop word being typed as an optional prefix', () => {
      const finished = buildWordQueries('der Hund und ', index.analyzer);
      expect(finished.map((word) => word.word)).to.deep.equal(['Hund']);
      const typing = buildWordQueries('Hund an', index.analyzer);
      expect(typing.map((word) => [word.word, word.optional, word.typed])).to.deep.equal([
        ['Hund', false, false],
        ['an', true, true],
      ]);
    });

    it('treats the last word as typed unless a space or punctuation follows', () => {
      expect(buildWordQueries('Hund', index.analyzer)[0]!.typed).to.equal(true);
      expect(buildWordQueries('Hund ', index.analyzer)[0]!.typed).to.equal(false);
      expect(buildWordQueries('Hund?', index.analyzer)[0]!.typed).to.equal(false);
    });

    it('searches at most twelve words of a pasted paragraph', () => {
      const paragraph = Array.from({ length: 30 }, (_, i) => `Wort${i}`).join(' ');
      expect(buildWordQueries(paragraph, index.analyzer)).to.have.length(12);
    });

    it('reports stems and folded forms', () => {
      const [word] = buildWordQueries('Führerscheine ', index.analyzer);
      expect(word!.folded).to.equal('fuhrerscheine');
      expect(word!.stem).to.equal(stem(fold('Führerschein')));
    });
  });

  describe('separable verbs', () => {
    it('joins a particle at the end with the verb before it', () => {
      expect(
        joinSeparableVerb(['wo', 'melde', 'ich', 'mein', 'Gewerbe', 'an'], index.analyzer),
      ).to.deep.equal(['wo', 'anmelde', 'ich', 'mein', 'Gewerbe']);
    });

    it('leaves words alone when the joined verb is unknown', () => {
      const words = ['Kindergeld', 'ab'];
      expect(joinSeparableVerb(words, index.analyzer)).to.deep.equal(words);
    });

    it('no longer treats the last word as typed once its particle joined the verb', () => {
      const words = buildWordQueries('wo melde ich mein Gewerbe an', index.analyzer);
      expect(words.map((word) => [word.word, word.typed])).to.deep.equal([
        ['anmelde', false],
        ['Gewerbe', false],
      ]);
    });

    it('finds the service with the rejoined verb', () => {
      expect(ids(index, 'wie melde ich mein Gewerbe an', 1)).to.deep.equal(['gewerbe-anmeldung']);
    });
  });

  describe('word forms while typing', () => {
    it('finds a stem from a word typed past it (anmeldu…)', () => {
      for (const typed of ['Gewerbe anmeldu', 'Gewerbe anmeldun', 'Gewerbe anmeldung']) {
        expect(ids(index, typed, 1), typed).to.deep.equal(['gewerbe-anmeldung']);
      }
    });

    it('finds participles without their ge', () => {
      expect(ids(index, 'Gewerbe angemeldet ', 1)).to.deep.equal(['gewerbe-anmeldung']);
    });

    it('reads English verb forms', () => {
      expect(ids(index, 'registering a business', 1)).to.deep.equal(['gewerbe-anmeldung']);
    });
  });

  describe('typos', () => {
    it('matches typos against words, so a misspelt ending still finds its stem', () => {
      // `kindergeldd` stems to itself, far from `kindergeld`'s stem; the word is one edit away.
      expect(ids(index, 'Kindergeldd ', 1)).to.deep.equal(['kindergeld']);
      expect(ids(index, 'Führungszeugniss ', 1)).to.deep.equal(['fuehrungszeugnis']);
    });
  });
});
