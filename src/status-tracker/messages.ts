/** The status tracker's texts. Functions, so each call translates into the widget's locale. */
import { msg, str } from '@lit/localize';
import type { StatusValue } from '../api/vocabulary.js';
import '../shared/localization.js';

export const text = {
  lookupHeading: () => msg('Stand Ihres Antrags abfragen', { id: 'tracker.lookup-heading' }),
  lookupIntro: () =>
    msg('Beides steht in der Bestätigung, die Sie nach dem Absenden bekommen haben.', {
      id: 'tracker.lookup-intro',
    }),
  referenceLabel: () => msg('Aktenzeichen', { id: 'tracker.reference-label' }),
  referenceHint: () => msg('Zum Beispiel SAAR-2026-7KQ4-M2XH', { id: 'tracker.reference-hint' }),
  codeLabel: () => msg('Zugangscode', { id: 'tracker.code-label' }),
  codeHint: () => msg('8 Zeichen, Groß- und Kleinschreibung egal', { id: 'tracker.code-hint' }),
  lookup: () => msg('Stand abfragen', { id: 'tracker.lookup' }),
  referenceMissing: () =>
    msg('Geben Sie das Aktenzeichen an.', { id: 'tracker.reference-missing' }),
  referenceInvalid: () =>
    msg(
      'Geben Sie das Aktenzeichen so ein, wie es in Ihrer Bestätigung steht, zum Beispiel SAAR-2026-7KQ4-M2XH.',
      { id: 'tracker.reference-invalid' },
    ),
  codeMissing: () => msg('Geben Sie den Zugangscode an.', { id: 'tracker.code-missing' }),
  codeInvalid: () =>
    msg(
      'Der Zugangscode hat 8 Zeichen: Ziffern und Buchstaben. Geben Sie ihn so ein, wie er in Ihrer Bestätigung steht.',
      { id: 'tracker.code-invalid' },
    ),
  notFound: () =>
    msg(
      'Wir haben keinen Antrag mit diesem Aktenzeichen und diesem Zugangscode gefunden. Prüfen Sie beide Angaben in Ihrer Bestätigung.',
      { id: 'tracker.not-found' },
    ),
  rateLimitedMinute: () =>
    msg(
      'Zu viele Versuche in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
      { id: 'tracker.rate-limited-minute' },
    ),
  rateLimited: (minutes: number) =>
    msg(
      str`Zu viele Versuche in kurzer Zeit. Bitte warten Sie ${minutes} Minuten und versuchen Sie es dann erneut.`,
      { id: 'tracker.rate-limited' },
    ),
  loading: () => msg('Der Stand wird abgerufen …', { id: 'tracker.loading' }),
  loadFailed: () => msg('Der Stand konnte nicht abgerufen werden.', { id: 'tracker.load-failed' }),
  referenceLine: (reference: string) =>
    msg(str`Aktenzeichen ${reference}`, { id: 'tracker.reference-line' }),
  submittedOn: (date: string) => msg(str`Abgeschickt am ${date}`, { id: 'tracker.submitted-on' }),
  currentStatus: () => msg('Aktueller Stand', { id: 'tracker.current-status' }),
  history: () => msg('Verlauf', { id: 'tracker.history' }),
  office: () => msg('Zuständige Stelle', { id: 'tracker.office' }),
  processingTime: () => msg('Übliche Bearbeitungsdauer', { id: 'tracker.processing-time' }),
  phone: () => msg('Telefon', { id: 'tracker.phone' }),
  email: () => msg('E-Mail', { id: 'tracker.email' }),
  website: () => msg('Internetseite der Stelle', { id: 'tracker.website' }),
  actionHeading: () => msg('Das brauchen wir von Ihnen', { id: 'tracker.action-heading' }),
  actionNoDetails: () =>
    msg(
      'Die zuständige Stelle hat Ihnen geschrieben, was fehlt. Wenn Sie keine Nachricht finden, rufen Sie dort an.',
      { id: 'tracker.action-no-details' },
    ),
  actionLink: () => msg('Jetzt erledigen', { id: 'tracker.action-link' }),
  live: () => msg('Neue Änderungen erscheinen hier sofort.', { id: 'tracker.live' }),
  connecting: () => msg('Verbindung wird aufgebaut …', { id: 'tracker.connecting' }),
  reconnecting: () =>
    msg('Die Verbindung ist unterbrochen. Wir versuchen es gleich wieder.', {
      id: 'tracker.reconnecting',
    }),
  polling: (time: string) =>
    msg(str`Diese Seite fragt den Stand regelmäßig ab. Zuletzt um ${time}.`, {
      id: 'tracker.polling',
    }),
  offline: (time: string) =>
    msg(
      str`Keine Verbindung. Sie sehen den Stand von ${time}. Sobald Sie wieder online sind, geht es weiter.`,
      { id: 'tracker.offline' },
    ),
  ended: () =>
    msg('Der Antrag ist abgeschlossen. Es kommen keine Änderungen mehr.', { id: 'tracker.ended' }),
  refresh: () => msg('Jetzt aktualisieren', { id: 'tracker.refresh' }),
  changed: (status: string) => msg(str`Neuer Stand: ${status}`, { id: 'tracker.changed' }),
  myApplications: () => msg('Ihre Anträge', { id: 'tracker.my-applications' }),
  noApplications: () =>
    msg('Sie haben noch keine Anträge über das Portal gestellt.', {
      id: 'tracker.no-applications',
    }),
  openApplication: () => msg('Stand ansehen', { id: 'tracker.open-application' }),
  backToList: () => msg('Zurück zu Ihren Anträgen', { id: 'tracker.back-to-list' }),
  otherLookup: () =>
    msg('Anderen Antrag mit Aktenzeichen abfragen', { id: 'tracker.other-lookup' }),
  drafts: () => msg('Angefangene Anträge', { id: 'tracker.drafts' }),
  continueDraft: () => msg('Weitermachen', { id: 'tracker.continue-draft' }),
  draftSaved: (date: string) => msg(str`Gespeichert am ${date}`, { id: 'tracker.draft-saved' }),
  documentsHeading: () => msg('Unterlagen nachreichen', { id: 'tracker.documents-heading' }),
  documentsFiles: () => msg('Dateien', { id: 'tracker.documents-files' }),
  documentsHint: () =>
    msg('PDF, JPEG oder PNG, jede Datei höchstens 10 MB, bis zu 10 Dateien.', {
      id: 'tracker.documents-hint',
    }),
  documentsChosen: () => msg('Ausgewählte Dateien', { id: 'tracker.documents-chosen' }),
  documentRemove: () => msg('Entfernen', { id: 'tracker.document-remove' }),
  documentsMessage: () =>
    msg('Nachricht an die zuständige Stelle', { id: 'tracker.documents-message' }),
  documentsSend: () => msg('Unterlagen senden', { id: 'tracker.documents-send' }),
  documentsSending: (done: number, total: number) =>
    msg(str`Wird gesendet … ${done} von ${total} Dateien hochgeladen.`, {
      id: 'tracker.documents-sending',
    }),
  documentsSent: () =>
    msg('Ihre Unterlagen sind bei der zuständigen Stelle angekommen. Sie sehen es im Verlauf.', {
      id: 'tracker.documents-sent',
    }),
  documentsFailed: () =>
    msg('Die Unterlagen konnten nicht gesendet werden.', { id: 'tracker.documents-failed' }),
  documentsNotAwaited: () =>
    msg('Die zuständige Stelle wartet nicht mehr auf Unterlagen. Der aktuelle Stand steht oben.', {
      id: 'tracker.documents-not-awaited',
    }),
  documentNone: () => msg('Wählen Sie mindestens eine Datei aus.', { id: 'tracker.document-none' }),
  documentType: (name: string) =>
    msg(str`„${name}“ ist keine PDF-, JPEG- oder PNG-Datei.`, { id: 'tracker.document-type' }),
  documentSize: (name: string) =>
    msg(str`„${name}“ ist größer als 10 MB.`, { id: 'tracker.document-size' }),
  documentCount: (max: number) =>
    msg(str`Sie können höchstens ${max} Dateien auf einmal senden.`, {
      id: 'tracker.document-count',
    }),
};

/** What a status means for the citizen, in a sentence. */
export function statusExplanation(status: StatusValue): string {
  switch (status) {
    case 'SUBMITTED':
      return msg('Ihr Antrag ist abgeschickt. Die zuständige Stelle bestätigt bald den Eingang.', {
        id: 'tracker.explain.submitted',
      });
    case 'RECEIVED':
      return msg('Die zuständige Stelle hat Ihren Antrag bekommen. Die Bearbeitung beginnt bald.', {
        id: 'tracker.explain.received',
      });
    case 'PROCESSING':
      return msg('Ihr Antrag wird bearbeitet.', { id: 'tracker.explain.processing' });
    case 'ACTION_REQUIRED':
      return msg('Die zuständige Stelle braucht etwas von Ihnen, bevor es weitergeht.', {
        id: 'tracker.explain.action-required',
      });
    case 'COMPLETED':
      return msg('Ihr Antrag ist fertig bearbeitet.', { id: 'tracker.explain.completed' });
    case 'REJECTED':
      return msg(
        'Ihr Antrag wurde abgelehnt. Die Begründung und was Sie dagegen tun können, steht im Bescheid.',
        { id: 'tracker.explain.rejected' },
      );
    case 'WITHDRAWN':
      return msg('Der Antrag wurde zurückgezogen. Er wird nicht weiter bearbeitet.', {
        id: 'tracker.explain.withdrawn',
      });
  }
}
