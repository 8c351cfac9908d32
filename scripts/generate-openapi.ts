/**
 * Generates the OpenAPI 3.1 document and one JSON Schema per component from the zod schemas in
 * `src/api/schemas/`, into `docs/api/`. With `--check` it writes nothing and fails when the
 * committed files differ from what the schemas give (CI runs that).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import * as z from 'zod/mini';
import { COMPONENTS } from './openapi/components.js';
import { ENDPOINTS, type Endpoint } from './openapi/paths.js';

const OUT_DIR = new URL('../docs/api/', import.meta.url);
const SCHEMA_DIR = new URL('schemas/', OUT_DIR);
const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

type JsonObject = Record<string, unknown>;

/** Every component as JSON Schema 2020-12, referring to the others with `$ref`. */
function componentSchemas(refPrefix: string): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `${refPrefix}${id}`,
    unrepresentable: 'any',
  });
  return schemas as Record<string, JsonObject>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const ERROR_TEXT: Record<number, string> = {
  304: 'Not modified (If-None-Match matched the ETag)',
  401: 'No or invalid bearer token',
  403: 'Not allowed (role or trust level)',
  404: 'Not found (also for a wrong access code)',
  409: 'Conflict with the current state',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Idempotency-Key reused with a different body',
  503: 'Too many open streams',
};

function operation(endpoint: Endpoint): JsonObject {
  const [status, component] = endpoint.success;
  const mediaType = endpoint.successMediaType ?? 'application/json';
  const responses: JsonObject = {
    [status]: {
      description: 'Success',
      ...(component ? { content: { [mediaType]: { schema: ref(component) } } } : {}),
    },
    400: problemResponse('Invalid request: see invalidParams'),
    429: problemResponse('Rate limit reached: see Retry-After'),
    500: problemResponse('Server error'),
  };
  for (const code of endpoint.errors ?? []) {
    responses[code] =
      code === 304
        ? { description: ERROR_TEXT[code] }
        : problemResponse(ERROR_TEXT[code] ?? 'Error');
  }
  const op: JsonObject = { summary: endpoint.summary, tags: [endpoint.tag], responses };
  if (endpoint.parameters?.length) {
    op['parameters'] = endpoint.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.in === 'path' ? true : (p.required ?? false),
      description: p.description,
      schema: { type: 'string' },
    }));
  }
  if (endpoint.body === 'multipart') {
    op['requestBody'] = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { file: { type: 'string', format: 'binary' } },
            required: ['file'],
          },
        },
      },
    };
  } else if (endpoint.body) {
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: ref(endpoint.body) } },
    };
  }
  if (endpoint.auth === 'citizen' || endpoint.auth === 'caseworker')
    op['security'] = [{ citizenAccount: [] }];
  if (endpoint.auth === 'optional') op['security'] = [{}, { citizenAccount: [] }];
  return op;
}

function openApiDocument(): JsonObject {
  const schemas = componentSchemas('#/components/schemas/');
  for (const schema of Object.values(schemas)) {
    delete schema['$schema'];
    delete schema['$id'];
  }
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operation(endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Saar-Portal API',
      version,
      description:
        'The portal API the Saar-Portal widgets talk to. Generated from the zod schemas in src/api/schemas/ by scripts/generate-openapi.ts: do not edit by hand.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/api/v1' }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        citizenAccount: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Access token from the citizen account (OpenID Connect), with acr = trust level.',
        },
      },
    },
  };
}

/** File name → content of everything the generator writes. */
function outputs(): Map<URL, string> {
  const files = new Map<URL, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set(new URL('openapi.json', OUT_DIR), json(openApiDocument()));
  for (const [name, schema] of Object.entries(componentSchemas(''))) {
    const withFileRefs = JSON.parse(
      JSON.stringify(schema).replace(/"\$ref":"([A-Za-z]+)"/g, '"$ref":"$1.schema.json"'),
    ) as JsonObject;
    withFileRefs['$id'] = `${name}.schema.json`;
    files.set(new URL(`${name}.schema.json`, SCHEMA_DIR), json(withFileRefs));
  }
  return files;
}

function main(): void {
  const check = process.argv.includes('--check');
  const files = outputs();
  if (check) {
    const stale = [...files].filter(
      ([url, content]) => !existsSync(url) || readFileSync(url, 'utf8') !== content,
    );
    const expected = new Set([...files.keys()].map((url) => url.pathname));
    const extra = existsSync(SCHEMA_DIR)
      ? readdirSync(SCHEMA_DIR).filter((file) => !expected.has(new URL(file, SCHEMA_DIR).pathname))
      : [];
    if (stale.length > 0 || extra.length > 0) {
      console.error('docs/api is stale: run `npm run openapi` and commit the result.');
      for (const [url] of stale) console.error(`  differs: ${url.pathname}`);
      for (const file of extra) console.error(`  not generated: docs/api/schemas/${file}`);
      process.exit(1);
    }
    console.log(`docs/api is up to date (${files.size} files).`);
    return;
  }
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [url, content] of files) writeFileSync(url, content);
  console.log(`Wrote ${files.size} files to docs/api/.`);
}

main();
