/**
 * Type declarations for the part of `oidc-provider` 9 this project uses. The package ships no
 * types and `@types/oidc-provider` is not installed; these follow its documented API
 * (docs/README.md of node-oidc-provider) and stay deliberately narrow.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { EventEmitter } from 'node:events';

  /** A JSON-like object of unknown shape. */
  export type UnknownObject = Record<string, unknown>;

  /** A JSON Web Key as the provider accepts it in `jwks`. */
  export interface ProviderJwk {
    kty?: string;
    kid?: string;
    alg?: string;
    use?: string;
    [parameter: string]: unknown;
  }

  /** Client metadata (RFC 7591 names). */
  export interface ClientMetadata {
    client_id: string;
    client_name?: string;
    application_type?: 'web' | 'native';
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    id_token_signed_response_alg?: string;
    [metadata: string]: unknown;
  }

  /** A registered client. */
  export class Client {
    clientId: string;
    clientName?: string;
    clientAuthMethod: string;
    redirectUris: string[];
    postLogoutRedirectUris?: string[];
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
    grantTypeAllowed(type: string): boolean;
    static find(id: string): Promise<Client | undefined>;
  }

  /** What a consent grants a client on behalf of an account. */
  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    getOIDCScope(): string;
    getRejectedOIDCClaims(): string[] | undefined;
    save(ttl?: number): Promise<string>;
    static find(id: string): Promise<Grant | undefined>;
  }

  /** The prompt an interaction must resolve. */
  export interface PromptDetail {
    name: 'login' | 'consent' | string;
    reasons: string[];
    details: {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
      [detail: string]: unknown;
    };
  }

  /** A pending interaction (login or consent) of an authorization request. */
  export interface Interaction {
    uid: string;
    prompt: PromptDetail;
    params: UnknownObject;
    session?: { accountId?: string; uid?: string; cookie?: string };
    grantId?: string;
    lastSubmission?: InteractionResults;
    returnTo: string;
  }

  /** What an interaction ends with. */
  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
    [result: string]: unknown;
  }

  /** An account as `findAccount` returns it. */
  export interface Account {
    accountId: string;
    claims(
      use: 'id_token' | 'userinfo',
      scope: string,
      claims: UnknownObject,
      rejected: string[],
    ): Promise<UnknownObject> | UnknownObject;
  }

  /** The subset of an issued token model that configuration callbacks read. */
  export interface TokenModel {
    kind: string;
    accountId?: string;
    clientId?: string;
    grantId?: string;
    scope?: string;
    acr?: string;
    aud?: string | string[];
  }

  /** Per-request state of the provider (`ctx.oidc`). */
  export interface OIDCContext {
    readonly route?: string;
    readonly params?: UnknownObject;
    readonly client?: Client;
    readonly acr?: string;
    readonly session?: { accountId?: string; acr?: string };
    readonly entities: {
      Grant?: Grant;
      AuthorizationCode?: TokenModel;
      RefreshToken?: TokenModel;
      [entity: string]: unknown;
    };
  }

  /** The provider's Koa context as configuration callbacks receive it. */
  export interface ProviderContext {
    oidc: OIDCContext;
    method: string;
    path: string;
    status: number;
    type: string;
    body: unknown;
    set(field: string, value: string): void;
  }

  /** A resource server (API) tokens can be issued for (RFC 8707). */
  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg: string; kid?: string } };
  }

  /** Error details the provider renders. */
  export interface ErrorOut {
    error: string;
    error_description?: string;
    state?: string;
    [field: string]: unknown;
  }

  /** A check of an interaction prompt. */
  export class Check {
    constructor(
      reason: string,
      description: string,
      error: string,
      check: (ctx: ProviderContext) => boolean | Promise<boolean>,
      details?: (ctx: ProviderContext) => UnknownObject,
    );
    static REQUEST_PROMPT: true;
    static NO_NEED_TO_PROMPT: false;
  }

  /** An interaction prompt with its checks. */
  export class Prompt {
    name: string;
    checks: Check[];
  }

  /** The ordered prompts the provider evaluates. */
  export interface InteractionPolicy extends Array<Prompt> {
    get(name: string): Prompt | undefined;
  }

  /** An OAuth error the provider turns into a protocol response. */
  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    status: number;
  }

  export const errors: {
    InvalidTarget: new (description?: string) => OIDCProviderError;
    OIDCProviderError: typeof OIDCProviderError;
  };

  export const interactionPolicy: {
    base(): InteractionPolicy;
    Check: typeof Check;
    Prompt: typeof Prompt;
  };

  /** A stored model (session, interaction, grant, code, token) as adapters see it. */
  export interface AdapterPayload {
    grantId?: string;
    userCode?: string;
    uid?: string;
    consumed?: number;
    [property: string]: unknown;
  }

  /** Persistence of one model kind (the adapter interface). */
  export interface ProviderAdapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  /** Provider configuration (the options this project sets). */
  export interface Configuration {
    acrValues?: string[];
    /** A factory (called with the model name) of adapters. */
    adapter?: (model: string) => ProviderAdapter;
    clientAuthMethods?: string[];
    claims?: Record<string, readonly string[] | null>;
    clientBasedCORS?: (ctx: ProviderContext, origin: string, client: Client) => boolean;
    clients?: ClientMetadata[];
    clientDefaults?: Partial<ClientMetadata>;
    conformIdTokenClaims?: boolean;
    allowOmittingSingleRegisteredRedirectUri?: boolean;
    cookies?: {
      keys?: string[];
      long?: UnknownObject;
      short?: UnknownObject;
      names?: Record<string, string>;
    };
    discovery?: UnknownObject;
    enabledJWA?: Record<string, string[]>;
    extraTokenClaims?: (
      ctx: ProviderContext,
      token: TokenModel,
    ) => Promise<UnknownObject | undefined> | UnknownObject | undefined;
    features?: UnknownObject;
    findAccount?: (
      ctx: ProviderContext,
      sub: string,
      token?: TokenModel,
    ) => Promise<Account | undefined> | Account | undefined;
    interactions?: {
      policy?: InteractionPolicy;
      url?: (ctx: ProviderContext, interaction: Interaction) => Promise<string> | string;
    };
    issueRefreshToken?: (
      ctx: ProviderContext,
      client: Client,
      code: TokenModel,
    ) => Promise<boolean>;
    jwks?: { keys: ProviderJwk[] };
    rotateRefreshToken?: boolean | ((ctx: ProviderContext) => boolean | Promise<boolean>);
    pkce?: { required?: (ctx: ProviderContext, client: Client) => boolean };
    renderError?: (ctx: ProviderContext, out: ErrorOut, error: Error) => Promise<void> | void;
    responseTypes?: string[];
    scopes?: string[];
    ttl?: Record<string, number>;
  }

  /** The OpenID Connect provider. */
  /** The part of Koa's context the provider's middleware use here. */
  export interface MiddlewareContext {
    method: string;
    path: string;
    status: number;
    body: unknown;
    type: string;
    set(field: string, value: string): void;
  }

  export class Provider extends EventEmitter {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Client: typeof Client;
    readonly Grant: typeof Grant;
    /** A Node.js request listener serving every provider endpoint. */
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    /** Adds a Koa middleware in front of the provider's own routes. */
    use(middleware: (ctx: MiddlewareContext, next: () => Promise<void>) => Promise<void>): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
  }

  export default Provider;
}
