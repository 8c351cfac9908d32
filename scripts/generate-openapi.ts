/**
 * Generates the OpenAPI 3.1 document and one JSON Schema per component from the zod schemas in
 * `src/api/schemas/`, into `docs/api/`. With `--check` it writes nothing and fails when the
 * committed files differ from what the schemas give (CI runs that).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import * as z from 'zod/mini';
import { COMPONENTS } from './openapi/components.js';
import { answeredStatuses, type EndpointDefinition } from '../server/http/endpoint.js';
import { API_PREFIX, API_ROUTES } from '../server/routes/index.js';

const OUT_DIR = new URL('../docs/api/', import.meta.url);
const SCHEMA_DIR = new URL('schemas/', OUT_DIR);
const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

type JsonObject = Record<string, unknown>;

/**
 * Schemas as the wire carries them: the input side of each zod schema, the side a client parses
 * and the server accepts. A member with a default is optional there (the server may leave it
 * out, as the compact catalogue does), though the parsed output always has it.
 */
const WIRE = { io: 'input', unrepresentable: 'any' } as const;

/** Every component as JSON Schema 2020-12, referring to the others with `$ref`. */
function componentSchemas(refPrefix: string): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...WIRE, uri: (id) => `${refPrefix}${id}` });
  return schemas as Record<string, JsonObject>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The component name of a schema object from the contract. */
function componentName(schema: z.ZodMiniType, definition: EndpointDefinition): string {
  const entry = Object.entries(COMPONENTS).find(([, candidate]) => candidate === schema);
  if (!entry) {
    const { method, path } = definition.endpoint;
    throw new Error(`${method} ${path}: its schema is not a named component`);
  }
  return entry[0];
}

/** A schema inline, without the dialect marker (the document declares it once). */
function inline(schema: z.ZodMiniType): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, WIRE) as JsonObject;
  return rest;
}

/** Path or query parameters from an object schema: names, required, descriptions, types. */
function objectParameters(
  schema: z.ZodMiniType | undefined,
  where: 'path' | 'query',
): JsonObject[] {
  if (schema === undefined) return [];
  const object = inline(schema) as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

function parameters(definition: EndpointDefinition): JsonObject[] {
  const headers = Object.entries(definition.headers).map(([name, header]) => ({
    name,
    in: 'header',
    required: header.required ?? false,
    description: header.description,
    schema: { type: 'string' },
  }));
  return [
    ...objectParameters(definition.params, 'path'),
    ...objectParameters(definition.query, 'query'),
    ...headers,
  ];
}

function responses(definition: EndpointDefinition): JsonObject {
  const answers: JsonObject = {};
  for (const [status, description] of answeredStatuses(definition)) {
    const success = status === definition.status || (status === 200 && definition.status === 201);
    if (status >= 400) {
      answers[status] = {
        description,
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
    } else if (success && definition.response !== undefined) {
      answers[status] = {
        description,
        content: {
          [definition.mediaType]: { schema: ref(componentName(definition.response, definition)) },
        },
      };
    } else if (success && definition.mediaType !== 'application/json') {
      // A file: bytes of the declared media type, no JSON schema.
      answers[status] = {
        description,
        content: { [definition.mediaType]: { schema: { type: 'string', format: 'binary' } } },
      };
    } else {
      answers[status] = { description };
    }
  }
  return answers;
}

function operation(definition: EndpointDefinition): JsonObject {
  const { endpoint } = definition;
  const op: JsonObject = {
    operationId: definition.id,
    summary: definition.summary,
    tags: [endpoint.path.split('/')[1]],
    responses: responses(definition),
  };
  const params = parameters(definition);
  if (params.length > 0) op['parameters'] = params;
  if (definition.body === 'multipart') {
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
  } else if (definition.body) {
    op['requestBody'] = {
      required: true,
      content: {
        'application/json': { schema: ref(componentName(definition.body, definition)) },
      },
    };
  }
  if (endpoint.auth === 'citizen') op['security'] = [{ citizenAccount: [] }];
  if (endpoint.auth === 'caseworker') op['security'] = [{ caseworkerConsole: [] }];
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
  for (const definition of API_ROUTES) {
    const { method, path } = definition.endpoint;
    paths[path] = { ...paths[path], [method.toLowerCase()]: operation(definition) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Saar-Portal API',
      version,
      description:
        'The portal API the Saar-Portal widgets talk to. Generated from the endpoint definitions in server/routes/ and the zod schemas in src/api/schemas/ by scripts/generate-openapi.ts: do not edit by hand.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: API_PREFIX }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        citizenAccount: {
          type: 'http',
          scheme: 'DPoP',
          bearerFormat: 'JWT',
          description:
            'Access token from the citizen account (OpenID Connect), with acr = trust level, bound to a key in the citizen’s browser (RFC 9449): `Authorization: DPoP <token>` and a `DPoP` proof header per request, signed with that key for the request’s method and URL. Bearer use of a bound token is refused.',
        },
        caseworkerConsole: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Access token of the caseworker console (the portal’s own page), with the caseworker role and the authority it works for.',
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
