/**
 * Words for the OpenAPI document that the route table (`server/routes/index.ts`) does not carry:
 * what each parameter means. Routes and schemas come from the route table itself.
 */

/** Descriptions of path, query and header parameters, by name. */
export const PARAMETER_TEXT: Record<string, string> = {
  id: 'Service id.',
  ars: 'Regional key (ARS, 2, 5 or 12 digits); for /areas/{ars} also a municipality key (AGS, 8 digits).',
  serviceId: 'Service id.',
  token: 'Resume token of the draft.',
  reference: 'Reference number (SAAR-YYYY-XXXX-XXXX).',
  q: 'Name or postcode (areas).',
  lang: 'Language the catalogue is trimmed for (de, en, fr, de-x-ls): names in German and that language; search terms in all. Without it, every language.',
  limit: 'Most results, 1–100.',
  leikaKey: 'LeiKa key of the service.',
  code: 'Access code; only on the event stream, since EventSource cannot send headers.',
  'If-None-Match': 'ETag of a cached catalogue; answered with 304 when unchanged.',
  'Accept-Encoding': 'gzip is served when accepted.',
  'Idempotency-Key':
    'One key per application: a repeat returns the same receipt, a different body 422.',
  'X-Access-Code': 'Access code from the receipt (not needed with the owner’s bearer token).',
  'Last-Event-ID': 'Resume the stream after this event.',
};

/** Query parameters per route (`METHOD /path`); path parameters come from the path itself. */
export const QUERY_PARAMETERS: Record<string, Array<{ name: string; required?: boolean }>> = {
  'GET /services': [{ name: 'lang' }],
  'GET /areas': [{ name: 'q' }, { name: 'limit' }],
  'GET /routes': [
    { name: 'leikaKey', required: true },
    { name: 'ars', required: true },
  ],
  'GET /applications/{reference}/events/stream': [{ name: 'code' }],
};
