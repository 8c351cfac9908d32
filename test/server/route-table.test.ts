/**
 * One definition per endpoint: every id of `ENDPOINTS` has exactly one definition, registered at
 * its method and path, and the server has no API route besides them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENDPOINTS, type EndpointId } from '../../src/api/endpoints.js';
import { fastifyPath } from '../../server/http/endpoint.js';
import { API_ENDPOINTS, API_PREFIX, API_ROUTES } from '../../server/routes/index.js';
import { startTestPortal, type TestPortal } from './support/test-app.js';

let portal: TestPortal;
const registered: string[] = [];
before(async () => {
  portal = await startTestPortal({
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) registered.push(`${method} ${route.url}`);
    },
  });
});
after(() => portal.stop());

describe('endpoint definitions', () => {
  it('define each endpoint of the contract once, under its own id', () => {
    assert.deepEqual(Object.keys(API_ENDPOINTS).sort(), Object.keys(ENDPOINTS).sort());
    for (const [id, definition] of Object.entries(API_ENDPOINTS)) {
      assert.equal(definition.id, id);
      assert.equal(definition.endpoint, ENDPOINTS[id as EndpointId]);
    }
    const keys = API_ROUTES.map(({ endpoint }) => `${endpoint.method} ${endpoint.path}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('are exactly the API routes the server registers', () => {
    for (const { endpoint } of API_ROUTES) {
      const url = `${API_PREFIX}${fastifyPath(endpoint.path)}`;
      assert.ok(portal.app.hasRoute({ method: endpoint.method, url }), `${endpoint.method} ${url}`);
    }
    const api = registered
      .filter((route) => route.split(' ')[1]!.startsWith(`${API_PREFIX}/`))
      .filter((route) => !route.startsWith('HEAD ') && !route.startsWith('OPTIONS '));
    assert.equal(api.length, API_ROUTES.length, api.join('\n'));
  });

  it('have a response schema unless they answer no body or a file', () => {
    for (const definition of API_ROUTES) {
      const file = definition.mediaType === 'application/octet-stream';
      assert.equal(
        definition.response === undefined,
        definition.status === 204 || file,
        definition.id,
      );
    }
  });
});
