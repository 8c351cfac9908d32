/**
 * The provider's interaction pages under `/idp/interaction/:uid`: login with a test account, then
 * consent to release data to the town's site.
 *
 * The forms need no anti-forgery token of their own: the interaction is bound to the provider's
 * `_interaction` cookie (HttpOnly, SameSite=Lax, path-scoped to this interaction), which a
 * cross-site form post does not carry.
 */
import { LoginThrottle } from './login-throttle.js';
import { readFileSync } from 'node:fs';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Interaction, InteractionResults, Provider } from 'oidc-provider';
import { meetsTrustLevel } from '../../src/api/schemas/index.js';
import type { ServerConfig } from '../config.js';
import { authenticate, findAccountBySub } from './accounts.js';
import { minimumRequestedTrustLevel } from './acr.js';
import { pageSecurityPolicy } from './provider.js';
import {
  STYLESHEET_PATH,
  LOGIN_MEANS,
  TRUST_LEVEL_NAMES,
  consentPage,
  errorPage,
  loginPage,
  type FormError,
} from './views.js';

const stylesheet = readFileSync(new URL('./assets/idp.css', import.meta.url), 'utf8');

type UidRequest = FastifyRequest<{ Params: { uid: string }; Body: unknown }>;

/** A form field's value, if the body has it as a single string. */
function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Registers the interaction pages and their stylesheet for `provider`. */
export async function registerInteractions(
  app: FastifyInstance,
  provider: Provider,
  config: ServerConfig,
  throttle: LoginThrottle = new LoginThrottle(),
): Promise<void> {
  const securityPolicy = pageSecurityPolicy([config.portalOrigin, ...config.townOrigins]);

  function sendPage(reply: FastifyReply, status: number, html: string) {
    return reply
      .code(status)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Content-Security-Policy', securityPolicy)
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Referrer-Policy', 'no-referrer')
      .send(html);
  }

  /** The interaction behind this request, or undefined after answering with an error page. */
  async function loadInteraction(
    request: UidRequest,
    reply: FastifyReply,
  ): Promise<Interaction | undefined> {
    try {
      const interaction = await provider.interactionDetails(request.raw, reply.raw);
      if (interaction.uid === request.params.uid) return interaction;
    } catch (error) {
      request.log.info({ err: error }, 'interaction not found');
    }
    await sendPage(
      reply,
      400,
      errorPage(
        'Die Anmeldung ist abgelaufen',
        'Diese Anmeldung ist abgelaufen oder wurde schon abgeschlossen. Gehen Sie zurück zur Website und starten Sie die Anmeldung dort neu.',
      ),
    );
    return undefined;
  }

  async function clientName(interaction: Interaction): Promise<string> {
    const clientId = interaction.params.client_id;
    const client = typeof clientId === 'string' ? await provider.Client.find(clientId) : undefined;
    return client?.clientName ?? client?.clientId ?? 'Eine Website';
  }

  async function finish(
    request: UidRequest,
    reply: FastifyReply,
    result: InteractionResults,
    merge: boolean,
  ) {
    const returnTo = await provider.interactionResult(request.raw, reply.raw, result, {
      mergeWithLastSubmission: merge,
    });
    return reply.header('Cache-Control', 'no-store').redirect(returnTo, 303);
  }

  await app.register(async (scope) => {
    // Our forms post urlencoded bodies; parse them here only (the provider reads its own).
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      await scope.register(formbody, { bodyLimit: 4096 });
    }

    scope.get(STYLESHEET_PATH, async (_request, reply) =>
      reply
        .header('Content-Type', 'text/css; charset=utf-8')
        .header('Cache-Control', 'public, max-age=3600')
        .send(stylesheet),
    );

    scope.get('/idp/interaction/:uid', async (request: UidRequest, reply) => {
      const interaction = await loadInteraction(request, reply);
      if (interaction === undefined) return reply;
      const name = await clientName(interaction);
      if (interaction.prompt.name === 'login') {
        const minimumTrustLevel = minimumRequestedTrustLevel(interaction.params.acr_values);
        return sendPage(
          reply,
          200,
          loginPage({ uid: interaction.uid, clientName: name, minimumTrustLevel }),
        );
      }
      if (interaction.prompt.name === 'consent') {
        const account = findAccountBySub(interaction.session?.accountId ?? '');
        const scopes = String(interaction.params.scope ?? 'openid').split(' ');
        const accountName = account
          ? `${account.claims.given_name ?? ''} ${account.claims.family_name ?? ''}`.trim()
          : 'unbekannt';
        return sendPage(
          reply,
          200,
          consentPage({ uid: interaction.uid, clientName: name, scopes, accountName }),
        );
      }
      return sendPage(
        reply,
        400,
        errorPage('Unbekannter Schritt', 'Diese Anmeldung kann hier nicht fortgesetzt werden.'),
      );
    });

    scope.post('/idp/interaction/:uid/login', async (request: UidRequest, reply) => {
      const interaction = await loadInteraction(request, reply);
      if (interaction === undefined) return reply;
      if (interaction.prompt.name !== 'login') {
        return sendPage(
          reply,
          400,
          errorPage(
            'Schon angemeldet',
            'Diese Anmeldung erwartet keine Zugangsdaten mehr. Gehen Sie zurück zur Website.',
          ),
        );
      }
      const login = field(request.body, 'login')?.trim() ?? '';
      const password = field(request.body, 'password') ?? '';
      const minimumTrustLevel = minimumRequestedTrustLevel(interaction.params.acr_values);
      const meansId = field(request.body, 'means');
      const means = LOGIN_MEANS.find((candidate) => candidate.id === meansId);
      const view = {
        uid: interaction.uid,
        clientName: await clientName(interaction),
        minimumTrustLevel,
        login,
        ...(means ? { means: means.id } : {}),
      };

      const errors: FormError[] = [];
      if (login === '')
        errors.push({ field: 'login', message: 'Geben Sie Ihren Benutzernamen ein.' });
      if (password === '')
        errors.push({ field: 'password', message: 'Geben Sie Ihr Passwort ein.' });
      if (errors.length > 0) return sendPage(reply, 400, loginPage({ ...view, errors }));

      const wait = throttle.retryAfterSeconds(login);
      if (wait > 0) {
        request.log.info('login throttled');
        const minutes = Math.ceil(wait / 60);
        const message = `Zu viele falsche Passwörter für dieses Konto. Versuchen Sie es in ${minutes} Minuten wieder.`;
        reply.header('Retry-After', String(wait));
        return sendPage(reply, 429, loginPage({ ...view, errors: [{ field: 'login', message }] }));
      }
      const account = authenticate(login, password);
      if (account === undefined) {
        throttle.failed(login);
        request.log.info('login failed');
        const message = 'Benutzername oder Passwort ist falsch. Prüfen Sie Ihre Eingabe.';
        return sendPage(reply, 400, loginPage({ ...view, errors: [{ field: 'login', message }] }));
      }
      throttle.succeeded(login);
      // The login's level: the chosen means (a form without one, as a script posts it, logs in
      // at the account's own level), never above what the account has set up.
      const level = means?.level ?? account.trustLevel;
      if (means !== undefined && !meetsTrustLevel(account.trustLevel, means.level)) {
        const message = `Für dieses Konto ist der Anmeldeweg „${means.label}“ nicht eingerichtet. Wählen Sie einen anderen Anmeldeweg.`;
        return sendPage(reply, 400, loginPage({ ...view, errors: [{ field: 'means', message }] }));
      }
      if (minimumTrustLevel !== undefined && !meetsTrustLevel(level, minimumTrustLevel)) {
        // The standard answer is to stay here: the citizen may use a stronger means of login;
        // cancelling then returns `unmet_authentication_requirements` to the site.
        const message = `Mit diesem Konto erreichen Sie höchstens das Vertrauensniveau „${TRUST_LEVEL_NAMES[account.trustLevel]}“. Das reicht für diesen Dienst nicht. Melden Sie sich mit einem Konto höheren Niveaus an oder brechen Sie ab.`;
        return sendPage(
          reply,
          403,
          loginPage({ ...view, errors: [{ message }], trustLevelTooLow: true }),
        );
      }
      return finish(
        request,
        reply,
        // remember: false keeps the provider's session cookie to this browser session.
        {
          login: {
            accountId: account.sub,
            acr: level,
            amr:
              means?.id === 'eid'
                ? ['pwd', 'hwk']
                : means?.id === 'elster'
                  ? ['pwd', 'swk']
                  : ['pwd'],
            remember: false,
          },
        },
        false,
      );
    });

    scope.post('/idp/interaction/:uid/confirm', async (request: UidRequest, reply) => {
      const interaction = await loadInteraction(request, reply);
      if (interaction === undefined) return reply;
      const accountId = interaction.session?.accountId;
      const clientId = interaction.params.client_id;
      if (
        interaction.prompt.name !== 'consent' ||
        accountId === undefined ||
        typeof clientId !== 'string'
      ) {
        return sendPage(
          reply,
          400,
          errorPage(
            'Keine Zustimmung nötig',
            'Diese Anmeldung erwartet keine Zustimmung. Gehen Sie zurück zur Website.',
          ),
        );
      }
      const found =
        interaction.grantId === undefined
          ? undefined
          : await provider.Grant.find(interaction.grantId);
      // After a step-up with another, stronger account the interaction may still name the
      // previous account's grant: never extend someone else's consent.
      const existing =
        found?.accountId === accountId && found.clientId === clientId ? found : undefined;
      const grant = existing ?? new provider.Grant({ accountId, clientId });
      const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } =
        interaction.prompt.details;
      if (missingOIDCScope !== undefined) grant.addOIDCScope(missingOIDCScope.join(' '));
      if (missingOIDCClaims !== undefined) grant.addOIDCClaims(missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      return finish(request, reply, { consent: existing === undefined ? { grantId } : {} }, true);
    });

    scope.post('/idp/interaction/:uid/abort', async (request: UidRequest, reply) => {
      const interaction = await loadInteraction(request, reply);
      if (interaction === undefined) return reply;
      const unmet = field(request.body, 'reason') === 'trust_level';
      const result: InteractionResults = unmet
        ? {
            error: 'unmet_authentication_requirements',
            error_description: 'the account does not reach the requested trust level',
          }
        : { error: 'access_denied', error_description: 'the citizen cancelled the login' };
      return finish(request, reply, result, false);
    });
  });
}
