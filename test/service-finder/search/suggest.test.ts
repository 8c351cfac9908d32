import { expect } from '@open-wc/testing';
import { ServiceSearchIndex } from '../../../src/service-finder/search/service-index.js';
import { editDistance, suggestQuery } from '../../../src/service-finder/search/suggest.js';
import { searchCatalogue } from './fixtures.js';

describe('suggestQuery', () => {
  let index: ServiceSearchIndex;

  before(async () => {
    index = await ServiceSearchIndex.build(searchCatalogue, 'de');
  });

  it('suggests the catalogue word for a badly misspelt one', () => {
    expect(index.search('Fuhrersien ')).to.deep.equal([]);
    expect(suggestQuery(index, 'Fuhrersien ')).to.equal('Führerschein ');
  });

  it('keeps the words the index knows and the spacing', () => {
    expect(suggestQuery(index, 'Hund  Fuhrersien')).to.equal('Hund  Führerschein');
  });

  it('suggests nothing when every word is known or nothing is near', () => {
    expect(suggestQuery(index, 'Hund')).to.equal(undefined);
    expect(suggestQuery(index, 'Xylophon')).to.equal(undefined);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('schien', 'schein')).to.equal(1);
    expect(editDistance('hund', 'hand')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
  });

  it('gives up above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).to.equal(3);
  });
});
