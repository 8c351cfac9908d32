/**
 * The town search on the real seed: every case of `towns.ts` finds its municipality first
 * (issue 14, point 13: "Sankt Wendel", districts and villages such as Dudweiler and
 * Bliesransbach).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AreaListSchema } from '../../src/api/schemas/index.js';
import { loadDefaultSeed } from '../../server/store/default-seed.js';
import { parseBody, startTestPortal, type TestPortal } from '../server/support/test-app.js';
import { TOWN_CASES } from './towns.js';

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal({ seed: loadDefaultSeed, limits: { requestsPerMinute: 1e6 } });
});
after(() => portal.stop());

test('every town query finds its municipality first', async (t) => {
  const misses: string[] = [];
  for (const { query, expected } of TOWN_CASES) {
    const { areas } = parseBody(
      AreaListSchema,
      await portal.app.inject({ url: `/api/v1/areas?q=${encodeURIComponent(query)}&limit=5` }),
    );
    const first = areas.find((area) => area.type === 'municipality');
    if (first?.name !== expected) misses.push(`${query} → ${first?.name ?? 'nothing'}`);
  }
  t.diagnostic(`towns: ${TOWN_CASES.length - misses.length}/${TOWN_CASES.length} found first`);
  assert.deepEqual(misses, []);
});
