/** The application form's texts. Functions, so each call translates into the widget's locale. */
import { msg, str } from '@lit/localize';
import '../shared/localization.js';

export const text = {
  loading: () => msg('Das Formular wird geladen …', { id: 'form.loading' }),
  loadFailed: () => msg('Das Formular konnte nicht geladen werden.', { id: 'form.load-failed' }),
  noForm: () =>
    msg('Für diese Leistung gibt es hier kein Online-Formular.', { id: 'form.no-form' }),
  noService: () =>
    msg('Der Antrag kann nicht angezeigt werden: Es ist keine Leistung angegeben.', {
      id: 'form.no-service',
    }),
  stepOf: (current: number, total: number) =>
    msg(str`Schritt ${current} von ${total}`, { id: 'form.step-of' }),
  back: () => msg('Zurück', { id: 'form.back' }),
  continue: () => msg('Weiter', { id: 'form.continue' }),
  toCheck: () => msg('Angaben prüfen', { id: 'form.to-check' }),
  backToCheck: () => msg('Zurück zur Übersicht', { id: 'form.back-to-check' }),
  checkHeading: () => msg('Prüfen Sie Ihre Angaben', { id: 'form.check-heading' }),
  checkIntro: () =>
    msg('Sie können jede Angabe noch ändern, bevor Sie den Antrag absenden.', {
      id: 'form.check-intro',
    }),
  change: () => msg('Ändern', { id: 'form.change' }),
  notAnswered: () => msg('Keine Angabe', { id: 'form.not-answered' }),
  yes: () => msg('Ja', { id: 'form.yes' }),
  no: () => msg('Nein', { id: 'form.no' }),
  choose: () => msg('Bitte wählen', { id: 'form.choose' }),
  day: () => msg('Tag', { id: 'form.day' }),
  month: () => msg('Monat', { id: 'form.month' }),
  year: () => msg('Jahr', { id: 'form.year' }),
  time: () => msg('Uhrzeit', { id: 'form.time' }),
  euro: () => msg('Euro', { id: 'form.euro' }),
  entry: (label: string, number: number) => msg(str`${label} ${number}`, { id: 'form.entry' }),
  addEntry: (label: string) => msg(str`${label} hinzufügen`, { id: 'form.add-entry' }),
  removeEntry: (label: string, number: number) =>
    msg(str`${label} ${number} entfernen`, { id: 'form.remove-entry' }),
  entryAdded: (label: string, number: number) =>
    msg(str`${label} ${number} hinzugefügt`, { id: 'form.entry-added' }),
  entryRemoved: (label: string, number: number) =>
    msg(str`${label} ${number} entfernt`, { id: 'form.entry-removed' }),
  fixedValue: () => msg('Vom Formular festgelegt', { id: 'form.fixed' }),
  prefilled: () => msg('Aus Ihrem Bürgerkonto', { id: 'form.prefilled' }),
  fileChoose: () => msg('Datei auswählen', { id: 'form.file-choose' }),
  fileAccepted: (types: string, megabytes: string) =>
    msg(str`Erlaubt: ${types}, höchstens ${megabytes} MB`, { id: 'form.file-accepted' }),
  fileUploading: (name: string) =>
    msg(str`${name} wird hochgeladen …`, { id: 'form.file-uploading' }),
  fileUploaded: (name: string) => msg(str`${name} ist hochgeladen.`, { id: 'form.file-uploaded' }),
  fileFailed: (name: string) =>
    msg(str`${name} konnte nicht hochgeladen werden.`, { id: 'form.file-failed' }),
  fileRemove: (name: string) => msg(str`${name} entfernen`, { id: 'form.file-remove' }),
  fileRemoved: (name: string) => msg(str`${name} entfernt`, { id: 'form.file-removed' }),
  townHeading: () => msg('Für welchen Ort stellen Sie den Antrag?', { id: 'form.town-heading' }),
  townLabel: () => msg('Ihr Wohnort (Name oder Postleitzahl)', { id: 'form.town-label' }),
  townHint: () =>
    msg('Wir schicken den Antrag an die Stelle, die für Ihren Ort zuständig ist.', {
      id: 'form.town-hint',
    }),
  placeSuggestion: (place: string) =>
    msg(str`Zu dieser Postleitzahl gehört ${place}.`, { id: 'form.place-suggestion' }),
  usePlace: (place: string) => msg(str`${place} übernehmen`, { id: 'form.use-place' }),
  loginHeading: () => msg('Für diesen Antrag melden Sie sich an', { id: 'form.login-heading' }),
  loginWhy: () =>
    msg('Die zuständige Stelle muss sicher wissen, wer den Antrag stellt. Nötig ist:', {
      id: 'form.login-why',
    }),
  stepUpWhy: () =>
    msg('Ihre Anmeldung reicht für diesen Antrag nicht aus. Melden Sie sich noch einmal an, mit:', {
      id: 'form.step-up-why',
    }),
  loginKeeps: () =>
    msg('Was Sie schon eingegeben haben, bleibt erhalten.', { id: 'form.login-keeps' }),
  login: () => msg('Anmelden und weiter', { id: 'form.login' }),
  submit: () => msg('Antrag absenden', { id: 'form.submit' }),
  submitting: () => msg('Der Antrag wird gesendet …', { id: 'form.submitting' }),
  offline: () =>
    msg(
      'Sie sind offline. Ihr Antrag ist nicht verloren: Wir senden ihn, sobald die Verbindung wieder da ist.',
      { id: 'form.offline' },
    ),
  sendFailed: () =>
    msg('Der Antrag konnte nicht gesendet werden. Ihre Angaben sind gespeichert.', {
      id: 'form.send-failed',
    }),
  sendAgain: () => msg('Erneut senden', { id: 'form.send-again' }),
  serverRefused: () =>
    msg('Die Stelle kann den Antrag so nicht annehmen. Bitte prüfen Sie die markierten Angaben.', {
      id: 'form.server-refused',
    }),
  doneHeading: () => msg('Ihr Antrag ist eingegangen', { id: 'form.done-heading' }),
  reference: () => msg('Ihr Aktenzeichen', { id: 'form.reference' }),
  accessCode: () => msg('Ihr Zugangscode', { id: 'form.access-code' }),
  accessCodeWhy: () =>
    msg(
      'Mit Aktenzeichen und Zugangscode sehen Sie jederzeit, wie weit Ihr Antrag ist. Notieren Sie beides oder drucken Sie diese Seite: Den Zugangscode zeigen wir nur jetzt.',
      { id: 'form.access-code-why' },
    ),
  nextSteps: () => msg('Wie es weitergeht', { id: 'form.next-steps' }),
  nextStepsText: (authority: string) =>
    msg(
      str`${authority} bearbeitet Ihren Antrag. Wenn etwas fehlt, meldet sich die Stelle bei Ihnen. Den Stand sehen Sie in der Statusanzeige.`,
      { id: 'form.next-steps-text' },
    ),
  track: () => msg('Stand des Antrags ansehen', { id: 'form.track' }),
  print: () => msg('Bestätigung drucken', { id: 'form.print' }),
  copy: () => msg('Kopieren', { id: 'form.copy' }),
  copied: () => msg('Kopiert', { id: 'form.copied' }),
  saveForLater: () => msg('Später weitermachen', { id: 'form.save-later' }),
  savedHeading: () => msg('Ihr Antrag ist gespeichert', { id: 'form.saved-heading' }),
  savedText: (date: string) =>
    msg(
      str`Mit diesem Link machen Sie bis ${date} weiter, auch auf einem anderen Gerät. Wer den Link hat, kann den Entwurf öffnen: Geben Sie ihn nicht weiter.`,
      { id: 'form.saved-text' },
    ),
  resumeLink: () => msg('Link zum Weitermachen', { id: 'form.resume-link' }),
  draftSaved: () => msg('Entwurf gespeichert', { id: 'form.draft-saved' }),
  draftSaveFailed: () =>
    msg('Der Entwurf konnte gerade nicht gespeichert werden. Wir versuchen es weiter.', {
      id: 'form.draft-failed',
    }),
  laterFailed: () =>
    msg(
      'Der Link zum Weitermachen konnte gerade nicht erstellt werden, weil der Entwurf sich nicht speichern ließ. Ihre Angaben bleiben hier erhalten. Versuchen Sie es gleich noch einmal.',
      { id: 'form.later-failed' },
    ),
  draftFound: (date: string) =>
    msg(str`Sie haben diesen Antrag am ${date} begonnen.`, { id: 'form.draft-found' }),
  draftContinue: () => msg('Weitermachen', { id: 'form.draft-continue' }),
  draftDiscard: () => msg('Neu beginnen', { id: 'form.draft-discard' }),
  chooseSeveral: () => msg('Wählen Sie alles aus, was zutrifft.', { id: 'form.choose-several' }),
  earlierHeading: () =>
    msg('Sie haben diesen Antrag schon angefangen', { id: 'form.earlier-heading' }),
  earlierText: (date: string) =>
    msg(str`Ihr Entwurf ist am ${date} gespeichert worden. Sie können dort weitermachen.`, {
      id: 'form.earlier-text',
    }),
  earlierContinue: () => msg('Beim Entwurf weitermachen', { id: 'form.earlier-continue' }),
  earlierFresh: () => msg('Neu anfangen', { id: 'form.earlier-fresh' }),
  draftGone: () =>
    msg('Dieser Entwurf ist nicht mehr da (abgelaufen oder schon abgeschickt).', {
      id: 'form.draft-gone',
    }),
  draftGoneNext: () =>
    msg('Sie können den Antrag hier neu ausfüllen.', { id: 'form.draft-gone-next' }),
  resumeFailed: () =>
    msg('Ihr gespeicherter Entwurf konnte gerade nicht geladen werden.', {
      id: 'form.resume-failed',
    }),
  errorTitlePrefix: () => msg('Fehler:', { id: 'form.error-title' }),
};
