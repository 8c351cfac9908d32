// The caseworker demo page: logs in at the portal's identity provider (authorization code with
// PKCE, client `caseworker-console`) or takes a pasted access token, lists applications with the
// documents citizens sent later (and downloads them), and moves them through their statuses. The token lives in memory only; the PKCE verifier sits in
// sessionStorage for the length of the login redirect and is removed right after.

const API = '/api/v1';
const LOGIN_STATE_KEY = 'saar-portal-caseworker-login';

const STATUS_LABELS = {
  SUBMITTED: 'Eingereicht',
  RECEIVED: 'Eingegangen',
  PROCESSING: 'In Bearbeitung',
  ACTION_REQUIRED: 'Mitwirkung erforderlich',
  COMPLETED: 'Abgeschlossen',
  REJECTED: 'Abgelehnt',
  WITHDRAWN: 'Zurückgezogen',
};
const FINAL_STATUSES = ['COMPLETED', 'REJECTED', 'WITHDRAWN'];

/** @type {string | undefined} */
let accessToken;

const $ = (id) => document.getElementById(id);

function say(text, isError = false) {
  const message = $('message');
  message.textContent = text;
  message.classList.toggle('error', isError);
}

function base64url(bytes) {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Reads problem details (or any error body) into a sentence. */
async function problemText(response) {
  try {
    const problem = await response.json();
    const params = (problem.invalidParams ?? []).map((param) => `${param.path}: ${param.message}`);
    return [problem.detail ?? problem.title ?? `HTTP ${response.status}`, ...params].join(' – ');
  } catch {
    return `HTTP ${response.status}`;
  }
}

async function api(path, init = {}) {
  const response = await fetch(`${API}${path}`, {
    ...init,
    headers: {
      ...init.headers,
      accept: 'application/json',
      authorization: `Bearer ${accessToken}`,
    },
  });
  if (response.status === 401) {
    showLogin();
    throw new Error('Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.');
  }
  if (!response.ok) throw new Error(await problemText(response));
  return response.json();
}

async function discover() {
  const configResponse = await fetch(`${API}/config`);
  if (!configResponse.ok) throw new Error(await problemText(configResponse));
  const config = await configResponse.json();
  const metadataResponse = await fetch(`${config.issuer}/.well-known/openid-configuration`);
  if (!metadataResponse.ok) throw new Error('Der Anmeldedienst antwortet nicht.');
  return { config, metadata: await metadataResponse.json() };
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

async function startLogin() {
  try {
    const { config, metadata } = await discover();
    const verifier = randomString();
    const state = randomString();
    const challenge = base64url(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)),
    );
    sessionStorage.setItem(LOGIN_STATE_KEY, JSON.stringify({ verifier, state }));
    const url = new URL(metadata.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: config.clientId,
      redirect_uri: redirectUri(),
      scope: 'openid',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
    }).toString();
    location.assign(url.href);
  } catch (error) {
    say(`Anmeldung nicht möglich: ${error.message}`, true);
  }
}

/** Finishes a login redirect (`?code=&state=`); answers whether it got a token. */
async function finishLogin() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const saved = JSON.parse(sessionStorage.getItem(LOGIN_STATE_KEY) ?? 'null');
  sessionStorage.removeItem(LOGIN_STATE_KEY);
  history.replaceState(null, '', location.pathname);
  if (params.has('error')) {
    say(`Anmeldung abgebrochen: ${params.get('error_description') ?? params.get('error')}`, true);
    return false;
  }
  if (saved === null || saved.state !== params.get('state')) {
    say('Die Anmeldung passt nicht zu dieser Seite. Bitte erneut anmelden.', true);
    return false;
  }
  const { config, metadata } = await discover();
  const response = await fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: saved.verifier,
    }),
  });
  const tokens = await response.json();
  if (!response.ok || typeof tokens.access_token !== 'string') {
    say(
      `Anmeldung fehlgeschlagen: ${tokens.error_description ?? tokens.error ?? response.status}`,
      true,
    );
    return false;
  }
  accessToken = tokens.access_token;
  return true;
}

function showLogin() {
  accessToken = undefined;
  $('login').hidden = false;
  $('workspace').hidden = true;
}

function formatDate(iso) {
  return new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.append(td);
  return td;
}

function formatSize(bytes) {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Downloads a file with the caseworker's token (a link cannot carry it): the bytes come as
 * `application/octet-stream` with `Content-Disposition: attachment`, and are saved, never shown.
 */
async function download(reference, file) {
  const response = await fetch(
    `${API}/caseworker/applications/${encodeURIComponent(reference)}/files/${encodeURIComponent(file.attachmentId)}`,
    { headers: { authorization: `Bearer ${accessToken}` } },
  );
  if (response.status === 401) {
    showLogin();
    throw new Error('Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.');
  }
  if (!response.ok) throw new Error(await problemText(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The documents a citizen sent later: when, their message, each file with a download button. */
function deliveriesList(application) {
  const deliveries = application.documentDeliveries ?? [];
  if (deliveries.length === 0) return undefined;
  const list = document.createElement('ul');
  list.className = 'deliveries';
  for (const delivery of deliveries) {
    const item = document.createElement('li');
    const when = document.createElement('p');
    when.textContent = `Nachgereicht am ${formatDate(delivery.sentAt)}`;
    item.append(when);
    if (delivery.message) {
      const message = document.createElement('blockquote');
      message.textContent = delivery.message;
      item.append(message);
    }
    const files = document.createElement('ul');
    for (const file of delivery.files) {
      const entry = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'download';
      button.textContent = `${file.filename} herunterladen`;
      const size = document.createElement('span');
      size.textContent = ` (${file.mediaType}, ${formatSize(file.size)})`;
      button.addEventListener('click', () => {
        button.disabled = true;
        download(application.reference, file)
          .then(() => say(`${file.filename} heruntergeladen.`))
          .catch((error) => say(error.message, true))
          .finally(() => {
            button.disabled = false;
          });
      });
      entry.append(button, size);
      files.append(entry);
    }
    item.append(files);
    list.append(item);
  }
  return list;
}

function statusForm(application) {
  const form = document.createElement('form');
  const selectId = `status-${application.reference}`;
  const detailsId = `details-${application.reference}`;
  const label = document.createElement('label');
  label.htmlFor = selectId;
  label.textContent = 'Neuer Status';
  const select = document.createElement('select');
  select.id = selectId;
  for (const [value, text] of Object.entries(STATUS_LABELS)) {
    if (value === 'SUBMITTED') continue;
    select.append(new Option(text, value, false, value === application.status));
  }
  const detailsLabel = document.createElement('label');
  detailsLabel.htmlFor = detailsId;
  detailsLabel.textContent = 'Hinweis für die antragstellende Person (optional)';
  const details = document.createElement('input');
  details.id = detailsId;
  details.maxLength = 500;
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Status setzen';
  form.append(label, select, detailsLabel, details, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const text = details.value.trim();
      await api(`/caseworker/applications/${encodeURIComponent(application.reference)}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: select.value, ...(text ? { details: { de: text } } : {}) }),
      });
      say(`${application.reference}: Status „${STATUS_LABELS[select.value]}“ gesetzt.`);
      await loadApplications();
    } catch (error) {
      say(error.message, true);
      button.disabled = false;
    }
  });
  return form;
}

function renderApplications(applications) {
  const list = $('list');
  list.replaceChildren();
  if (applications.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = 'Keine Anträge.';
    list.append(empty);
    return;
  }
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = `${applications.length} ${applications.length === 1 ? 'Antrag' : 'Anträge'}, neueste zuerst`;
  const head = table.createTHead().insertRow();
  for (const title of [
    'Aktenzeichen',
    'Leistung',
    'Zuständig',
    'Eingereicht',
    'Status',
    'Nachgereicht',
    'Bearbeiten',
  ]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const application of applications) {
    const row = body.insertRow();
    cell(row, application.reference);
    cell(row, application.serviceName.de);
    cell(row, application.authorityName);
    cell(row, formatDate(application.submittedAt));
    cell(row, STATUS_LABELS[application.status] ?? application.status, 'status');
    const sent = deliveriesList(application);
    const documents = cell(row, sent ? '' : '–');
    if (sent) documents.append(sent);
    const actions = cell(row, FINAL_STATUSES.includes(application.status) ? 'abgeschlossen' : '');
    if (!FINAL_STATUSES.includes(application.status)) actions.append(statusForm(application));
  }
  table.prepend(caption);
  list.append(table);
}

async function loadApplications() {
  const status = $('status-filter').value;
  const { applications } = await api(
    `/caseworker/applications${status ? `?status=${status}` : ''}`,
  );
  renderApplications(applications);
}

async function enterWorkspace() {
  $('login').hidden = true;
  $('workspace').hidden = false;
  try {
    await loadApplications();
    say('Angemeldet.');
  } catch (error) {
    say(error.message, true);
  }
}

function setUp() {
  const filter = $('status-filter');
  for (const [value, text] of Object.entries(STATUS_LABELS)) filter.append(new Option(text, value));
  filter.addEventListener('change', () =>
    loadApplications().catch((error) => say(error.message, true)),
  );
  $('login-button').addEventListener('click', startLogin);
  $('refresh-button').addEventListener('click', () =>
    loadApplications()
      .then(() => say('Liste aktualisiert.'))
      .catch((error) => say(error.message, true)),
  );
  $('logout-button').addEventListener('click', () => {
    showLogin();
    say('Abgemeldet.');
  });
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    accessToken = $('token-input')
      .value.trim()
      .replace(/^Bearer\s+/i, '');
    $('token-input').value = '';
    void enterWorkspace();
  });
  finishLogin()
    .then((loggedIn) => (loggedIn ? enterWorkspace() : undefined))
    .catch((error) => say(`Anmeldung fehlgeschlagen: ${error.message}`, true));
}

setUp();
