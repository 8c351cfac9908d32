/**
 * Texts every widget needs: busy and retry labels, and what to tell the citizen for each kind of
 * error the portal client throws. Call these while a widget renders (or inside `inLocale`), so
 * they come out in that widget's language.
 */
import { msg } from '@lit/localize';
import { HttpError, NetworkError, PortalError } from '../api/errors.js';
import './localization.js';

/** Label of a button that repeats what just failed. */
export const retryLabel = (): string => msg('Erneut versuchen', { id: 'shared.retry' });

/** Text while data is on its way. */
export const loadingLabel = (): string => msg('Wird geladen …', { id: 'shared.loading' });

/** Heading above an error explanation. */
export const errorTitle = (): string =>
  msg('Das hat leider nicht geklappt', { id: 'shared.error.title' });

/**
 * What to tell the citizen about `error`, in words they can act on. Never shows transport
 * details: those go to the console, not the page.
 */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError && error.reason === 'refused') {
    // The portal refuses this website: trying again will not help, and the portal is not down.
    return msg(
      'Diese Angaben können auf dieser Internetseite gerade nicht angezeigt werden. Sie finden sie auch bei Ihrer Stadt- oder Gemeindeverwaltung oder unter der Behördennummer 115.',
      { id: 'shared.error.refused' },
    );
  }
  if (error instanceof NetworkError) {
    return error.offline
      ? msg(
          'Sie sind offline. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
          {
            id: 'shared.error.offline',
          },
        )
      : msg(
          'Das Portal ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
          {
            id: 'shared.error.network',
          },
        );
  }
  if (error instanceof HttpError) return describeHttpError(error.status);
  if (error instanceof PortalError && error.kind === 'timeout') {
    return msg(
      'Das Portal antwortet gerade zu langsam. Bitte versuchen Sie es in einigen Minuten erneut.',
      {
        id: 'shared.error.timeout',
      },
    );
  }
  if (error instanceof PortalError && (error.kind === 'schema' || error.kind === 'too-large')) {
    return msg(
      'Das Portal hat unerwartete Daten geschickt. Bitte versuchen Sie es später erneut oder wenden Sie sich an Ihre Verwaltung.',
      { id: 'shared.error.invalid-data' },
    );
  }
  return msg('Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.', {
    id: 'shared.error.unknown',
  });
}

function describeHttpError(status: number): string {
  if (status === 401) {
    return msg('Bitte melden Sie sich an, um fortzufahren.', { id: 'shared.error.unauthorized' });
  }
  if (status === 403) {
    return msg('Sie haben keinen Zugriff auf diese Angaben.', { id: 'shared.error.forbidden' });
  }
  if (status === 404 || status === 410) {
    return msg('Die gesuchten Angaben wurden nicht gefunden.', { id: 'shared.error.not-found' });
  }
  if (status === 429) {
    return msg(
      'Das Portal ist gerade stark ausgelastet. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
      {
        id: 'shared.error.busy',
      },
    );
  }
  if (status >= 500) {
    return msg('Beim Portal ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.', {
      id: 'shared.error.server',
    });
  }
  return msg('Das Portal konnte die Anfrage nicht bearbeiten. Bitte prüfen Sie Ihre Angaben.', {
    id: 'shared.error.rejected',
  });
}
