/** The exported route table (`API_ROUTES`, used for OpenAPI) names exactly routes the server has. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_PREFIX, API_ROUTES } from '../../server/routes/index.js';
import { startTestPortal, type TestPortal } from './support/test-app.js';

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal();
});
after(() => portal.stop());

describe('API_ROUTES', () => {
  it('lists only routes the server registers', () => {
    for (const route of API_ROUTES) {
      const url = `${API_PREFIX}${route.path.replace(/\{(\w+)\}/g, ':$1')}`;
      assert.ok(portal.app.hasRoute({ method: route.method, url }), `${route.method} ${url}`);
    }
  });

  it('has one entry per method and path, each with a response schema unless it answers no body', () => {
    const keys = API_ROUTES.map((route) => `${route.method} ${route.path}`);
    assert.equal(new Set(keys).size, keys.length);
    for (const route of API_ROUTES) {
      assert.equal(
        route.response === undefined,
        route.status === 204,
        `${route.method} ${route.path}`,
      );
    }
  });
});
