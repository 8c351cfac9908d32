/**
 * Generates the OpenAPI 3.1 document and one JSON Schema per component from the zod schemas in
 * `src/api/schemas/`, into `docs/api/`. With `--check` it writes nothing and fails when the
 * committed files differ from what the schemas give (CI runs that).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import * as z from 'zod/mini';
import { COMPONENTS } from './openapi/components.js';
import { API_ROUTES, type ApiRouteSpec } from '../server/routes/index.js';
import { PARAMETER_TEXT, QUERY_PARAMETERS } from './openapi/parameters.js';

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

/** The component name of a schema object from the contract. */
function componentName(schema: z.ZodMiniType, route: ApiRouteSpec): string {
  const entry = Object.entries(COMPONENTS).find(([, candidate]) => candidate === schema);
  if (!entry) throw new Error(`${route.method} ${route.path}: its schema is not a named component`);
  return entry[0];
}

/** The error answers a route can give, from what it takes and who may call it. */
function errorResponses(route: ApiRouteSpec): JsonObject {
  const errors: JsonObject = {
    400: problemResponse('Invalid request: see invalidParams'),
    429: problemResponse('Rate limit reached: see Retry-After'),
    500: problemResponse('Server error'),
  };
  if (route.headers?.includes('If-None-Match')) errors[304] = { description: 'Not modified' };
  if (route.auth === 'citizen' || route.auth === 'caseworker') {
    errors[401] = problemResponse('No or invalid bearer token');
  }
  if (route.auth === 'caseworker') errors[403] = problemResponse('Not a caseworker');
  if (route.path.includes('{'))
    errors[404] = problemResponse('Not found (also for a wrong access code)');
  if (route.request) {
    errors[413] = problemResponse('Body too large');
    errors[415] = problemResponse('Unsupported media type');
  }
  if (route.headers?.includes('Idempotency-Key')) {
    errors[422] = problemResponse('Idempotency-Key reused with a different body');
  }
  return errors;
}

function parameters(route: ApiRouteSpec): JsonObject[] {
  const describe = (name: string) => PARAMETER_TEXT[name] ?? name;
  const path = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: describe(name!),
    schema: { type: 'string' },
  }));
  const query = (QUERY_PARAMETERS[`${route.method} ${route.path}`] ?? []).map((parameter) => ({
    name: parameter.name,
    in: 'query',
    required: parameter.required ?? false,
    description: describe(parameter.name),
    schema: { type: 'string' },
  }));
  const headers = (route.headers ?? []).map((name) => ({
    name,
    in: 'header',
    required: name === 'Idempotency-Key',
    description: describe(name),
    schema: { type: 'string' },
  }));
  return [...path, ...query, ...headers];
}

function operation(route: ApiRouteSpec): JsonObject {
  const mediaType = route.responseMediaType ?? 'application/json';
  const success = route.response
    ? {
        description: 'Success',
        content: { [mediaType]: { schema: ref(componentName(route.response, route)) } },
      }
    : { description: 'Success, no body' };
  const op: JsonObject = {
    summary: route.summary,
    tags: [route.path.split('/')[1]],
    responses: { [route.status]: success, ...errorResponses(route) },
  };
  const params = parameters(route);
  if (params.length > 0) op['parameters'] = params;
  if (route.request === 'multipart') {
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
  } else if (route.request) {
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: ref(componentName(route.request, route)) } },
    };
  }
  if (route.auth === 'citizen' || route.auth === 'caseworker')
    op['security'] = [{ citizenAccount: [] }];
  if (route.auth === 'optional') op['security'] = [{}, { citizenAccount: [] }];
  return op;
}

function openApiDocument(): JsonObject {
  const schemas = componentSchemas('#/components/schemas/');
  for (const schema of Object.values(schemas)) {
    delete schema['$schema'];
    delete schema['$id'];
  }
  const paths: Record<string, JsonObject> = {};
  for (const route of API_ROUTES) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
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
