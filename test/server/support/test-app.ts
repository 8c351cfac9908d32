/**
 * Builds the portal for a test: a temporary data folder, the fixture seed, no identity provider
 * and a fake access-token verifier with fixed tokens (`TOKENS`). Close with `stop()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import * as z from 'zod/mini';
import { buildApp, type BuildAppOptions } from '../../../server/app.js';
import { AuthError } from '../../../server/auth/auth-error.js';
import type { AuthenticatedUser } from '../../../server/auth/user.js';
import { loadConfig, type ServerConfig } from '../../../server/config.js';
import type { BearerTokenVerifier } from '../../../server/http/authenticate.js';
import { ProblemSchema, type Problem } from '../../../src/api/schemas/index.js';
import { fixtureSeed } from './seed-fixture.js';

/** The users behind the fake bearer tokens. */
export const USERS = {
  anna: { sub: 'citizen-anna', acr: 'STORK-QAA-Level-1', roles: ['citizen'] },
  ben: { sub: 'citizen-ben', acr: 'STORK-QAA-Level-1', roles: ['citizen'] },
  carla: { sub: 'citizen-carla', acr: 'STORK-QAA-Level-3', roles: ['citizen'] },
  dora: { sub: 'citizen-dora', acr: 'STORK-QAA-Level-4', roles: ['citizen'] },
  caseworker: {
    sub: 'caseworker-1',
    acr: 'STORK-QAA-Level-3',
    roles: ['caseworker'],
    clientId: 'caseworker-console',
    authority: 'gemeinde-10041100',
  },
  /** A caseworker of another town (Saarlouis). */
  caseworkerSaarlouis: {
    sub: 'caseworker-2',
    acr: 'STORK-QAA-Level-3',
    roles: ['caseworker'],
    clientId: 'caseworker-console',
    authority: 'gemeinde-10044111',
  },
  /** A caseworker's account, but a token a town's login client obtained. */
  caseworkerViaTown: {
    sub: 'caseworker-1',
    acr: 'STORK-QAA-Level-3',
    roles: ['caseworker'],
    clientId: 'town-localhost-8801',
    authority: 'gemeinde-10041100',
  },
} as const satisfies Record<string, AuthenticatedUser>;

/** The fake bearer token of a user. */
export type UserName = keyof typeof USERS;

/** A verifier that knows the tokens `token-<name>` and nothing else. */
export const fakeVerifier: BearerTokenVerifier = {
  async verify(bearerToken: string): Promise<AuthenticatedUser> {
    const name = bearerToken.replace(/^token-/, '') as UserName;
    const user: AuthenticatedUser | undefined = bearerToken.startsWith('token-')
      ? USERS[name]
      : undefined;
    if (user === undefined) throw new AuthError('invalid_token', 'unknown test token');
    return { ...user, roles: [...user.roles] };
  },
};

/** Authorization header for a user. */
export function bearer(name: UserName): Record<string, string> {
  return { authorization: `Bearer token-${name}` };
}

/** A portal under test. */
export interface TestPortal {
  app: FastifyInstance;
  config: ServerConfig;
  dataDir: string;
  /** Closes the app (the data folder stays, for restart tests). */
  close(): Promise<void>;
  /** Builds a new app on the same data folder. */
  restart(options?: TestPortalOptions): Promise<TestPortal>;
  /** Closes and deletes the data folder. */
  stop(): Promise<void>;
}

/** Options of a test portal: the app's, plus configuration overrides. */
export type TestPortalOptions = BuildAppOptions & { config?: Partial<ServerConfig> };

/** Starts a portal on a new temporary data folder (or `dataDir`). */
export async function startTestPortal(
  testOptions: TestPortalOptions = {},
  dataDir = mkdtempSync(join(tmpdir(), 'portal-test-')),
): Promise<TestPortal> {
  const { config: configOverrides, ...options } = testOptions;
  const config = loadConfig(
    {},
    {
      dataDir,
      port: 0,
      logLevel: options.logger === true ? 'info' : 'silent',
      // The fake tokens stand for checked, bound ones; binding is tested with the real provider
      // and real proofs in test/server/dpop.test.ts.
      requireBoundTokens: false,
      ...configOverrides,
    },
  );
  const app = await buildApp(config, {
    seed: fixtureSeed,
    verifier: fakeVerifier,
    identityProvider: false,
    logger: false,
    ...options,
  });
  await app.ready();
  const portal: TestPortal = {
    app,
    config,
    dataDir,
    close: () => app.close(),
    restart: async (more = {}) => {
      await app.close();
      return startTestPortal({ ...testOptions, ...more }, dataDir);
    },
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return portal;
}

/** Parses a JSON response body with `schema`, failing the test with the issues otherwise. */
export function parseBody<T extends z.ZodMiniType>(
  schema: T,
  response: LightMyRequestResponse,
): z.output<T> {
  const result = z.safeParse(schema, response.json());
  if (!result.success) {
    throw new Error(
      `response does not match its schema: ${JSON.stringify(result.error.issues)}\n${response.body}`,
    );
  }
  return result.data;
}

/** Checks that a response is problem details with `status`, and answers them. */
export function expectProblem(response: LightMyRequestResponse, status: number): Problem {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  const type = String(response.headers['content-type']);
  if (!type.startsWith('application/problem+json')) throw new Error(`not problem+json: ${type}`);
  const problem = parseBody(ProblemSchema, response);
  if (problem.status !== status) throw new Error(`problem status ${problem.status} != ${status}`);
  return problem;
}

/** `app.inject` with JSON helpers. */
export function inject(
  app: FastifyInstance,
  options: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.inject(options);
}
