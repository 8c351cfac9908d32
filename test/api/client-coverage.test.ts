/**
 * The client covers every endpoint of the API (issue 9, point 3): each id in `ENDPOINTS` is a
 * `PortalClient` method, or an endpoint function of the API that takes the client (decision
 * 0091), that calls that endpoint's method and path. An endpoint added to the table without a
 * client call fails here (and in the typecheck of `CALLS`).
 */
import { expect } from '@open-wc/testing';
import * as api from '../../src/api/index.js';
import { ENDPOINTS, PortalClient, type EndpointId } from '../../src/api/index.js';
import { CALLS, callEveryEndpoint, matchesTemplate } from './support/call-every-endpoint.js';

describe('PortalClient covers every endpoint', () => {
  const ids = Object.keys(ENDPOINTS) as EndpointId[];

  it('has a method or an endpoint function named after each endpoint id', () => {
    const client = new PortalClient({ baseUrl: 'https://portal.test/api/v1/' });
    const methods = client as unknown as Record<string, unknown>;
    const functions = api as unknown as Record<string, unknown>;
    const missing = ids.filter(
      (id) => typeof methods[id] !== 'function' && typeof functions[id] !== 'function',
    );
    expect(missing).to.deep.equal([]);
    expect(Object.keys(CALLS).sort()).to.deep.equal([...ids].sort());
  });

  it('each method calls its endpoint’s method and path', async () => {
    const requests: Request[] = [];
    const client = new PortalClient({
      baseUrl: 'https://portal.test/api/v1/',
      retry: { retries: 0 },
      fetch: async (input, init) => {
        requests.push(new Request(input, init));
        return new Response('{"type":"about:blank","title":"Gone","status":410}', {
          status: 410,
          headers: { 'content-type': 'application/problem+json' },
        });
      },
    });
    const seen = await callEveryEndpoint(client, requests);
    for (const [id, request] of seen) {
      const endpoint = ENDPOINTS[id];
      const url = new URL(request.url);
      expect(request.method, id).to.equal(endpoint.method);
      expect(matchesTemplate(url.pathname, '/api/v1/', endpoint.path), `${id} ${url.pathname}`).to
        .be.true;
    }
    const stream = CALLS.statusStreamUrl(client) as URL;
    expect(matchesTemplate(stream.pathname, '/api/v1/', ENDPOINTS.statusStreamUrl.path)).to.be.true;
    expect(seen.size + 1).to.equal(ids.length);
  });
});
