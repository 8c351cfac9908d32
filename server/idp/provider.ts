/**
 * Configuration of the local OpenID Connect provider (`oidc-provider` 9): public clients with
 * PKCE, JWT access tokens for the portal API carrying `acr` and `roles`, short lifetimes; the
 * towns' clients get DPoP-bound tokens (RFC 9449) and rotating refresh tokens bound to the same
 * key (docs/decisions/0080-…); our own German pages instead of the library's defaults (which
 * load a third-party web font).
 */
import { Provider, errors, interactionPolicy, type ProviderContext } from 'oidc-provider';
import type { ServerConfig } from '../config.js';
import { TRUST_LEVELS, meetsTrustLevel } from '../../src/api/schemas/index.js';
import { findAccountBySub } from './accounts.js';
import { isTrustLevel, minimumRequestedTrustLevel } from './acr.js';
import { SCOPE_CLAIMS, releasedClaims } from './claims.js';
import { buildClients, clientOrigins, isRedirectUriOnRegisteredOrigin } from './clients.js';
import { SIGNING_ALG, type IdpKeys } from './keys.js';
import type { ProviderStorage } from './sqlite-adapter.js';
import { errorPage, loggedOutPage, logoutPage } from './views.js';

/** Path the provider is mounted under; the issuer is `${PORTAL_ORIGIN}${IDP_MOUNT_PATH}`. */
export const IDP_MOUNT_PATH = '/idp';

/**
 * Lifetimes in seconds. Access tokens are short; a refresh token lives as long as a session may
 * stay idle (the widgets warn before that and refresh while the citizen is active); the login
 * at the provider lasts a working day at most.
 */
export const TOKEN_LIFETIMES = {
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  IdToken: 10 * 60,
  Interaction: 10 * 60,
  RefreshToken: 30 * 60,
  Session: 8 * 60 * 60,
  Grant: 8 * 60 * 60,
} as const;

/** The Content-Security-Policy of every page the provider renders. */
export function pageSecurityPolicy(formTargets: string[]): string {
  // form-action also governs where a form submission may be redirected to: the towns' sites.
  return [
    "default-src 'none'",
    // The provider's own auto-submitting pages (form_post) add their script's hash here.
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `form-action 'self' ${formTargets.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function renderHtml(ctx: ProviderContext, status: number, html: string, formTargets: string[]) {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', pageSecurityPolicy(formTargets));
  ctx.set('Cache-Control', 'no-store');
  ctx.body = html;
}

/** A login prompt check: a session below the requested trust level must log in again. */
function trustLevelCheck() {
  const { Check } = interactionPolicy;
  return new Check(
    'trust_level_too_low',
    'the session does not reach the requested trust level (acr_values)',
    'login_required',
    (ctx) => {
      const minimum = minimumRequestedTrustLevel(ctx.oidc.params?.acr_values);
      if (minimum === undefined) return Check.NO_NEED_TO_PROMPT;
      const acr = ctx.oidc.session?.acr;
      return isTrustLevel(acr) && meetsTrustLevel(acr, minimum)
        ? Check.NO_NEED_TO_PROMPT
        : Check.REQUEST_PROMPT;
    },
  );
}

function interactionPolicyWithTrustLevels() {
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.push(trustLevelCheck());
  return policy;
}

/** Builds the provider for `config`, signing with `keys` and keeping its state in `storage`. */
export function createProvider(
  config: ServerConfig,
  keys: IdpKeys,
  storage: ProviderStorage,
): Provider {
  const issuer = `${config.portalOrigin}${IDP_MOUNT_PATH}`;
  const formTargets = [config.portalOrigin, ...config.townOrigins];

  const provider = new Provider(issuer, {
    adapter: storage.adapterFor,
    clients: buildClients(config),
    clientDefaults: { id_token_signed_response_alg: SIGNING_ALG },
    jwks: { keys: keys.signingKeys },
    enabledJWA: { idTokenSigningAlgValues: [SIGNING_ALG] },
    cookies: {
      keys: keys.cookieKeys,
      // The session cookie stays on the provider's paths, away from the portal API.
      long: { httpOnly: true, sameSite: 'lax', signed: true, path: IDP_MOUNT_PATH },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    acrValues: [...TRUST_LEVELS],
    scopes: ['openid', ...Object.keys(SCOPE_CLAIMS)],
    claims: {
      // acr with every ID token: the site needs the trust level to know what the citizen may do.
      openid: ['sub', 'acr', 'auth_time'],
      sid: null,
      ...SCOPE_CLAIMS,
    },
    // The widgets read the released claims from the ID token: their access token is for the
    // portal API and so cannot be used at the userinfo endpoint.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    // Every client is public (a site in the citizen's browser); no client secrets at all.
    clientAuthMethods: ['none'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    // Only clients registered for it (the towns'): bound to the same DPoP key, rotated on use.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: { ...TOKEN_LIFETIMES, AccessToken: config.accessTokenTtlSeconds },
    clientBasedCORS: (_ctx, origin, client) => clientOrigins(client).has(origin),
    features: {
      devInteractions: { enabled: false },
      // Sender-constrained tokens: a token copied off a town page is worthless without the key.
      dPoP: { enabled: true },
      pushedAuthorizationRequests: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: ProviderContext, form: string) =>
          renderHtml(ctx, 200, logoutPage(form), formTargets),
        postLogoutSuccessSource: (ctx: ProviderContext) =>
          renderHtml(ctx, 200, loggedOutPage(), formTargets),
      },
      resourceIndicators: {
        enabled: true,
        // Widgets need not know the API's identifier: every authorization is for the portal API.
        defaultResource: async (_ctx: ProviderContext, _client: unknown, oneOf?: string[]) =>
          oneOf ?? config.oidcAudience,
        // Issue the access token for the API even though `openid` was requested.
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: ProviderContext, indicator: string) => {
          if (indicator !== config.oidcAudience) {
            throw new errors.InvalidTarget('the only resource is the portal API');
          }
          return {
            scope: '',
            audience: config.oidcAudience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: config.accessTokenTtlSeconds,
            jwt: { sign: { alg: SIGNING_ALG } },
          };
        },
      },
    },
    interactions: {
      policy: interactionPolicyWithTrustLevels(),
      url: (_ctx, interaction) => `${IDP_MOUNT_PATH}/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx, sub) => {
      const account = findAccountBySub(sub);
      if (account === undefined) return undefined;
      // The provider filters these by the granted scopes and claims.
      return { accountId: sub, claims: () => ({ sub, ...account.claims }) };
    },
    extraTokenClaims: (ctx, token) => {
      const account = token.accountId === undefined ? undefined : findAccountBySub(token.accountId);
      if (account === undefined) return undefined;
      const { AuthorizationCode, Grant } = ctx.oidc.entities;
      // The acr of this login; an account's logins always reach the account's own level.
      const loginAcr = AuthorizationCode?.acr;
      const acr = isTrustLevel(loginAcr) ? loginAcr : account.trustLevel;
      return {
        acr,
        roles: [...account.roles],
        ...(account.authority === undefined ? {} : { authority: account.authority }),
        ...releasedClaims(account, Grant),
      };
    },
    renderError: (ctx, out) => {
      const details = [out.error, out.error_description].filter(Boolean).join(': ');
      renderHtml(
        ctx,
        ctx.status >= 400 ? ctx.status : 400,
        errorPage(
          'Die Anmeldung ist nicht möglich',
          'Die Website hat eine Anmeldung angefragt, die das Servicekonto nicht ausführen kann. Gehen Sie zurück zur Website und versuchen Sie es erneut.',
          details,
        ),
        formTargets,
      );
    },
  });

  // Any page of a client's registered origin may receive the code (docs/decisions/0012-…).
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value: string) {
    return isRedirectUriOnRegisteredOrigin(value, this.redirectUris);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function allowed(value: string) {
    return isRedirectUriOnRegisteredOrigin(value, this.postLogoutRedirectUris ?? []);
  };
  // Behind a TLS-terminating proxy (an https portal origin), trust X-Forwarded-Proto.
  provider.proxy = new URL(config.portalOrigin).protocol === 'https:';
  return provider;
}
