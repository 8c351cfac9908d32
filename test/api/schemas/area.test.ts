import { AreaListSchema, AreaSchema } from '../../../src/api/schemas/area.js';
import { expectInvalidAt, expectValid, variant } from './expect-schema.js';

const saarlouis = {
  ars: '100440111111',
  ags: '10044111',
  name: 'Saarlouis',
  type: 'municipality',
  postcodes: ['66740'],
  parentArs: '10044',
  parentName: 'Saarlouis',
};

describe('Area schema', () => {
  it('accepts municipalities, districts and the state', () => {
    expectValid(AreaSchema, saarlouis);
    expectValid(AreaSchema, {
      ars: '10044',
      name: 'Landkreis Saarlouis',
      type: 'district',
      parentArs: '10',
    });
    expectValid(AreaListSchema, { areas: [saarlouis] });
  });

  it('rejects malformed keys, postcodes and types', () => {
    expectInvalidAt(AreaSchema, variant(saarlouis, { ags: '1004411' }), 'ags');
    expectInvalidAt(AreaSchema, variant(saarlouis, { postcodes: ['6674'] }), 'postcodes[0]');
    expectInvalidAt(AreaSchema, variant(saarlouis, { type: 'town' }), 'type');
    expectInvalidAt(AreaSchema, variant(saarlouis, { name: '' }), 'name');
  });
});
