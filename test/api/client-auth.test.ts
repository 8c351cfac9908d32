/**
 * The citizen's token goes only where it is needed (issue 13, point 8): to endpoints whose
 * definition says they use it, and only on the portal's own origin, never to another `api-base`
 * such as a town's proxy or a mistyped attribute.
 */
import { expect } from '@open-wc/testing';
import { ENDPOINTS, PortalClient } from '../../src/api/index.js';
import { callEveryEndpoint } from './support/call-every-endpoint.js';

function recordingClient(baseUrl: string, portalOrigin?: string) {
  const requests: Request[] = [];
  const client = new PortalClient({
    baseUrl,
    ...(portalOrigin === undefined ? {} : { portalOrigin }),
    getAccessToken: () => 'secret-token',
    retry: { retries: 0 },
    fetch: async (input, init) => {
      requests.push(new Request(input, init));
      return new Response('{"type":"about:blank","title":"Gone","status":410}', {
        status: 410,
        headers: { 'content-type': 'application/problem+json' },
      });
    },
  });
  return { client, requests };
}

describe('PortalClient: where the token goes', () => {
  it('sends it to every endpoint that uses it, and to none that does not', async () => {
    const { client, requests } = recordingClient(
      'https://portal.test/api/v1/',
      'https://portal.test',
    );
    const seen = await callEveryEndpoint(client, requests);
    for (const [id, request] of seen) {
      const endpoint = ENDPOINTS[id];
      const expected = endpoint.auth === 'none' ? null : 'Bearer secret-token';
      expect(request.headers.get('authorization'), id).to.equal(expected);
    }
    const publicOnes = [...seen.keys()].filter((id) => ENDPOINTS[id].auth === 'none');
    expect(publicOnes).to.include.members(['getCatalogue', 'getService', 'getConfig']);
  });

  it('never sends it to an api-base on another origin, not even for /me', async () => {
    const { client, requests } = recordingClient(
      'https://town-proxy.example/api/v1/',
      'https://portal.test',
    );
    const seen = await callEveryEndpoint(client, requests);
    expect(seen.size).to.be.greaterThan(15);
    for (const [id, request] of seen) {
      expect(request.headers.has('authorization'), id).to.equal(false);
    }
  });

  it('by default trusts only the origin the library was loaded from', async () => {
    const foreign = recordingClient('https://portal.test/api/v1/');
    await foreign.client.getMe().catch(() => undefined);
    expect(foreign.requests[0]!.headers.has('authorization')).to.equal(false);

    const own = recordingClient(new URL('/api/v1/', import.meta.url).href);
    await own.client.getMe().catch(() => undefined);
    expect(own.requests[0]!.headers.get('authorization')).to.equal('Bearer secret-token');
  });

  it('does not follow a same-looking origin (scheme, port or subdomain differ)', async () => {
    for (const base of [
      'http://portal.test/api/v1/',
      'https://portal.test:8443/api/v1/',
      'https://evil.portal.test/api/v1/',
      'https://portal.test.evil.example/api/v1/',
    ]) {
      const { client, requests } = recordingClient(base, 'https://portal.test');
      await client.getMe().catch(() => undefined);
      expect(requests[0]!.headers.has('authorization'), base).to.equal(false);
    }
  });

  it('asks for the token only when it will send it', async () => {
    let asked = 0;
    const client = new PortalClient({
      baseUrl: 'https://portal.test/api/v1/',
      portalOrigin: 'https://portal.test',
      getAccessToken: () => {
        asked += 1;
        return 'secret-token';
      },
      fetch: async () =>
        new Response('{"areas":[]}', { headers: { 'content-type': 'application/json' } }),
    });
    await client.findAreas('Tholey');
    expect(asked).to.equal(0);
  });
});
