import { expect } from '@open-wc/testing';
import { catalogueSearch } from '../../src/service-finder/search-cache.js';
import { FakePortal } from '../fixtures/fake-portal.js';

describe('the catalogue search of a page (search-cache)', () => {
  it('asks for the long tail only once the first index is built', async () => {
    const portal = new FakePortal();
    const search = catalogueSearch(portal.client, 'de', () => new Set(['de']));
    let firstBuilt = false;
    // Registered before complete() is called, so it runs before complete()'s own continuation.
    void search.first.then(() => (firstBuilt = true));
    const builtWhenAsked: boolean[] = [];
    const answer = portal.handle.bind(portal);
    portal.handle = (request) => {
      if (new URL(request.url).searchParams.get('part') === 'long-tail') {
        builtWhenAsked.push(firstBuilt);
      }
      return answer(request);
    };
    // As a finder does when a citizen starts typing while the first index is still being built.
    const whole = await search.complete();
    const first = await search.first;
    expect(builtWhenAsked).to.deep.equal([true]);
    expect(whole).to.not.equal(first);
    // Once per page: a second call reuses the download and the index.
    expect(await search.complete()).to.equal(whole);
    expect(portal.requests.filter((path) => path.includes('long-tail'))).to.have.length(1);
  });
});
