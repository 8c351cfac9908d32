import { RouteListSchema, RouteSchema } from '../../../src/api/schemas/route.js';
import { expectInvalidAt, expectValid, variant } from './expect-schema.js';

const route = {
  destinationId: 'buergeramt-100440111111',
  destinationName: 'Bürgeramt der Kreisstadt Saarlouis',
  level: 'municipal',
  address: { street: 'Großer Markt', houseNumber: '1', zip: '66740', city: 'Saarlouis' },
  contactPersons: [{ tel: '+49 6831 443-0', email: 'buergeramt@saarlouis.example' }],
  openingHours: [{ day: 'mo', opens: '08:00', closes: '12:00' }],
  openingHoursNote: { de: 'Termine nach Vereinbarung' },
  websiteUrl: 'https://www.saarlouis.de/',
  processingDuration: { minDuration: 1, maxDuration: 3, unit: 'weeks' },
};

describe('Route schema', () => {
  it('accepts a FIT-Connect-like route and an empty route list', () => {
    expectValid(RouteSchema, route);
    expectValid(RouteListSchema, { leikaKey: '99115001000000', ars: '100440111111', routes: [] });
  });

  it('rejects malformed contact, opening hours and durations', () => {
    expectInvalidAt(
      RouteSchema,
      variant(route, { contactPersons: [{ email: 'not-an-email' }] }),
      'contactPersons[0].email',
    );
    expectInvalidAt(
      RouteSchema,
      variant(route, { openingHours: [{ day: 'mo', opens: '8', closes: '12:00' }] }),
      'openingHours[0].opens',
    );
    expectInvalidAt(
      RouteSchema,
      variant(route, { openingHours: [{ day: 'monday', opens: '08:00', closes: '12:00' }] }),
      'openingHours[0].day',
    );
    expectInvalidAt(
      RouteSchema,
      variant(route, { processingDuration: { unit: 'years' } }),
      'processingDuration.unit',
    );
    expectInvalidAt(RouteSchema, variant(route, { websiteUrl: 'ftp://x.de' }), 'websiteUrl');
  });
});
