/**
 * The provider's pages: login, consent and errors. Plain server-rendered HTML in German, with no
 * script at all and one same-origin stylesheet, so a strict Content-Security-Policy holds.
 */
import type { TrustLevel } from '../../src/api/schemas/index.js';

/** Where the pages' stylesheet is served. */
export const STYLESHEET_PATH = '/idp/assets/idp.css';

/** German names of the trust levels, as BundID shows them. */
export const TRUST_LEVEL_NAMES: Record<TrustLevel, string> = {
  'STORK-QAA-Level-1': 'niedrig (Benutzername und Passwort)',
  'STORK-QAA-Level-3': 'substanziell (zum Beispiel ELSTER-Zertifikat)',
  'STORK-QAA-Level-4': 'hoch (Online-Ausweisfunktion)',
};

/**
 * The ways to log in the test environment offers, simulated: the password alone, and on top of
 * it an ELSTER certificate or the online ID card, as BundID offers them. An account can use the
 * means up to its own trust level, so one citizen can log in low and later step up.
 */
export const LOGIN_MEANS = [
  { id: 'password', level: 'STORK-QAA-Level-1', label: 'Benutzername und Passwort' },
  { id: 'elster', level: 'STORK-QAA-Level-3', label: 'ELSTER-Zertifikat (simuliert)' },
  { id: 'eid', level: 'STORK-QAA-Level-4', label: 'Online-Ausweis (simuliert)' },
] as const satisfies readonly { id: string; level: TrustLevel; label: string }[];

/** A means of login. */
export type LoginMeans = (typeof LOGIN_MEANS)[number];

/** German descriptions of what a scope releases. */
const SCOPE_DESCRIPTIONS: Record<string, string> = {
  openid: 'eine pseudonyme Kennung und das Vertrauensniveau Ihrer Anmeldung',
  profile: 'Vorname, Familienname und Geburtsdatum',
  email: 'E-Mail-Adresse',
  address: 'Anschrift (Straße, Postleitzahl, Ort, Land)',
  phone: 'Telefonnummer',
};

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function layout(title: string, main: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – Servicekonto (Testumgebung)</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="banner"><p><strong>Testumgebung:</strong> Hier melden Sie sich nur mit Testkonten an. Es werden keine echten Daten verarbeitet.</p></header>
<main id="main">
${main}
</main>
</body>
</html>
`;
}

/** A problem with the login form: which field, and what to do. */
export interface FormError {
  field?: 'login' | 'password' | 'means';
  message: string;
}

/** What the login page shows. */
export interface LoginView {
  uid: string;
  clientName: string;
  /** The request's lowest acceptable trust level, when it asked for one. */
  minimumTrustLevel?: TrustLevel;
  /** The login name typed before (never the password). */
  login?: string;
  errors?: FormError[];
  /** The last attempt failed only because the account's trust level was too low. */
  trustLevelTooLow?: boolean;
  /** The means chosen before (default: the weakest that meets the request). */
  means?: LoginMeans['id'];
}

/** The means a request accepts: those reaching its minimum trust level. */
export function acceptedMeans(minimum: TrustLevel | undefined): LoginMeans[] {
  const order = LOGIN_MEANS.map((means) => means.level as TrustLevel);
  const floor = minimum === undefined ? 0 : order.indexOf(minimum);
  return LOGIN_MEANS.filter((_, index) => index >= floor);
}

function meansField(view: LoginView, error: FormError | undefined): string {
  const offered = acceptedMeans(view.minimumTrustLevel);
  const chosen = view.means ?? offered[0]?.id;
  const options = offered
    .map(
      (means) =>
        `<div class="choice"><input type="radio" id="means-${means.id}" name="means" value="${means.id}"${means.id === chosen ? ' checked' : ''}><label for="means-${means.id}">${escapeHtml(means.label)}</label></div>`,
    )
    .join('\n');
  const message =
    error === undefined
      ? ''
      : `<p class="field-error" id="means-error"><span class="visually-hidden">Fehler:</span> ${escapeHtml(error.message)}</p>`;
  return `<fieldset class="field${error === undefined ? '' : ' field--error'}"${error === undefined ? '' : ' aria-describedby="means-error"'}>
<legend>Anmeldeweg</legend>
${message}
${options}
</fieldset>`;
}

function errorSummary(errors: FormError[]): string {
  const items = errors
    .map((error) =>
      error.field === undefined
        ? `<li>${escapeHtml(error.message)}</li>`
        : `<li><a href="#${error.field}">${escapeHtml(error.message)}</a></li>`,
    )
    .join('');
  // tabindex + autofocus moves focus here after a failed submit, so screen readers read it first.
  return `<div class="error-summary" id="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">Die Anmeldung hat nicht geklappt</h2>
<ul>${items}</ul>
</div>`;
}

function textField(options: {
  id: 'login' | 'password';
  label: string;
  type: 'text' | 'password';
  autocomplete: string;
  value?: string;
  error?: FormError;
  autofocus: boolean;
}): string {
  const { id, label, type, autocomplete, value, error, autofocus } = options;
  const errorId = `${id}-error`;
  const described = error === undefined ? '' : ` aria-describedby="${errorId}" aria-invalid="true"`;
  const message =
    error === undefined
      ? ''
      : `<p class="field-error" id="${errorId}"><span class="visually-hidden">Fehler:</span> ${escapeHtml(error.message)}</p>`;
  const extra = type === 'text' ? ' autocapitalize="none" spellcheck="false"' : '';
  return `<div class="field${error === undefined ? '' : ' field--error'}">
<label for="${id}">${escapeHtml(label)}</label>
${message}
<input id="${id}" name="${id}" type="${type}" autocomplete="${autocomplete}" required${extra}${described}${value === undefined ? '' : ` value="${escapeHtml(value)}"`}${autofocus ? ' autofocus' : ''}>
</div>`;
}

/** The login page. */
export function loginPage(view: LoginView): string {
  const errors = view.errors ?? [];
  const uid = encodeURIComponent(view.uid);
  const fieldError = (field: FormError['field']) => errors.find((error) => error.field === field);
  const requirement =
    view.minimumTrustLevel === undefined
      ? ''
      : `<p>Für diesen Dienst brauchen Sie mindestens das Vertrauensniveau <strong>${escapeHtml(TRUST_LEVEL_NAMES[view.minimumTrustLevel])}</strong>.</p>`;
  const firstInvalid = errors.length > 0;
  return layout(
    'Anmelden',
    `<h1>Mit dem Servicekonto anmelden</h1>
<p><strong>${escapeHtml(view.clientName)}</strong> möchte Sie anmelden.</p>
${requirement}
${errors.length > 0 ? errorSummary(errors) : ''}
<form method="post" action="/idp/interaction/${uid}/login" novalidate>
${textField({ id: 'login', label: 'Benutzername', type: 'text', autocomplete: 'username', value: view.login, error: fieldError('login'), autofocus: !firstInvalid })}
${textField({ id: 'password', label: 'Passwort', type: 'password', autocomplete: 'current-password', error: fieldError('password'), autofocus: false })}
${meansField(view, fieldError('means'))}
<button type="submit">Anmelden</button>
</form>
<form method="post" action="/idp/interaction/${uid}/abort">
${view.trustLevelTooLow === true ? '<input type="hidden" name="reason" value="trust_level">' : ''}
<button type="submit" class="secondary">Abbrechen und zurück zur Website</button>
</form>
<p class="hint">Die Testkonten und ihre Passwörter stehen in der Dokumentation des Projekts (<code>docs/citizen-account.md</code>).</p>`,
  );
}

/** What the consent page shows. */
export interface ConsentView {
  uid: string;
  clientName: string;
  /** The OIDC scopes the client asks for. */
  scopes: string[];
  /** Display name of the logged-in account. */
  accountName: string;
}

/** The consent page: which data the town's site receives. */
export function consentPage(view: ConsentView): string {
  const uid = encodeURIComponent(view.uid);
  const items = view.scopes
    .flatMap((scope) => SCOPE_DESCRIPTIONS[scope] ?? [])
    .map((description) => `<li>${escapeHtml(description)}</li>`)
    .join('');
  return layout(
    'Daten freigeben',
    `<h1>Daten freigeben</h1>
<p>Sie sind angemeldet als <strong>${escapeHtml(view.accountName)}</strong>.</p>
<p><strong>${escapeHtml(view.clientName)}</strong> bittet um diese Angaben aus Ihrem Servicekonto:</p>
<ul class="scopes">${items}</ul>
<p>Die Angaben füllen Formulare vor. Sie können sie dort prüfen und ändern, bevor Sie etwas absenden.</p>
<form method="post" action="/idp/interaction/${uid}/confirm">
<button type="submit" autofocus>Zustimmen und weiter</button>
</form>
<form method="post" action="/idp/interaction/${uid}/abort">
<button type="submit" class="secondary">Ablehnen und zurück zur Website</button>
</form>`,
  );
}

/** An error page: what happened and what to do next. */
export function errorPage(title: string, message: string, details?: string): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${details === undefined ? '' : `<p class="hint">Technische Angabe: <code>${escapeHtml(details)}</code></p>`}`,
  );
}

/**
 * The logout question. `form` is the provider's own hidden form (id `op.logoutForm`, with its
 * anti-forgery token); the buttons submit it.
 */
export function logoutPage(form: string): string {
  return layout(
    'Abmelden',
    `<h1>Vom Servicekonto abmelden?</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Ja, abmelden</button>
<button type="submit" form="op.logoutForm" class="secondary">Nein, angemeldet bleiben</button>`,
  );
}

/** The page after a logout without a way back. */
export function loggedOutPage(): string {
  return layout(
    'Abgemeldet',
    '<h1>Sie sind abgemeldet</h1>\n<p>Sie können dieses Fenster schließen.</p>',
  );
}
