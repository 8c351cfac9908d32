/** The login button's texts. Functions, so each call translates into the widget's locale. */
import { msg, str } from '@lit/localize';
import '../shared/localization.js';

export const text = {
  login: () => msg('Anmelden', { id: 'login.login' }),
  loginHint: () =>
    msg('Mit Ihrem Bürgerkonto, für alle Anträge auf dieser Website', { id: 'login.login-hint' }),
  loggingIn: () => msg('Anmeldung läuft …', { id: 'login.logging-in' }),
  completing: () => msg('Die Anmeldung wird abgeschlossen …', { id: 'login.completing' }),
  loggedInAs: (name: string) => msg(str`Angemeldet als ${name}`, { id: 'login.logged-in-as' }),
  anonymousCitizen: () => msg('Angemeldet', { id: 'login.logged-in' }),
  accountMenu: () => msg('Ihr Bürgerkonto', { id: 'login.menu' }),
  trustLevelIs: () => msg('Angemeldet mit:', { id: 'login.trust-level-is' }),
  myApplications: () => msg('Meine Anträge', { id: 'login.my-applications' }),
  logout: () => msg('Abmelden', { id: 'login.logout' }),
  stepUp: () => msg('Mit höherer Sicherheitsstufe anmelden', { id: 'login.step-up' }),
  stepUpWhy: () =>
    msg('Für manche Anträge auf dieser Seite brauchen Sie:', { id: 'login.step-up-why' }),
  expiringSoon: (minutes: number) =>
    minutes <= 1
      ? msg('Ihre Anmeldung endet in weniger als einer Minute.', { id: 'login.expiring-now' })
      : msg(str`Ihre Anmeldung endet in ${minutes} Minuten.`, { id: 'login.expiring' }),
  stayLoggedIn: () => msg('Angemeldet bleiben', { id: 'login.stay' }),
  extended: () => msg('Sie bleiben angemeldet.', { id: 'login.extended' }),
  expired: () =>
    msg('Ihre Anmeldung ist abgelaufen. Was Sie eingegeben haben, bleibt auf der Seite.', {
      id: 'login.expired',
    }),
  loginAgain: () => msg('Erneut anmelden', { id: 'login.again' }),
  cancelled: () => msg('Sie haben die Anmeldung abgebrochen.', { id: 'login.cancelled' }),
  popupBlocked: () =>
    msg(
      'Ihr Browser hat das Fenster für die Anmeldung blockiert. Erlauben Sie Pop-up-Fenster für diese Seite und versuchen Sie es noch einmal.',
      { id: 'login.popup-blocked' },
    ),
  trustLevelTooLow: () =>
    msg('Ihr Konto erreicht nicht die nötige Sicherheitsstufe. Nötig ist:', {
      id: 'login.trust-too-low',
    }),
  otherAccount: () => msg('Mit anderem Zugang anmelden', { id: 'login.other-account' }),
  unreachable: () =>
    msg('Das Bürgerkonto ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.', {
      id: 'login.unreachable',
    }),
  notAvailable: () =>
    msg('Die Anmeldung ist auf dieser Website gerade nicht möglich.', {
      id: 'login.not-available',
    }),
  rejected: () =>
    msg(
      'Die Anmeldung konnte nicht sicher abgeschlossen werden. Bitte melden Sie sich noch einmal an.',
      { id: 'login.rejected' },
    ),
  loggedOut: () => msg('Sie sind abgemeldet.', { id: 'login.logged-out' }),
  prefillQuestion: () =>
    msg('Dürfen Formulare auf dieser Website diese Angaben aus Ihrem Bürgerkonto vorausfüllen?', {
      id: 'login.prefill-question',
    }),
  prefillHint: () =>
    msg('Sie können die Angaben im Formular noch sehen, bevor Sie etwas absenden.', {
      id: 'login.prefill-hint',
    }),
  prefillSave: () => msg('Auswahl übernehmen', { id: 'login.prefill-save' }),
  prefillNone: () => msg('Nichts vorausfüllen', { id: 'login.prefill-none' }),
  prefillChosen: () => msg('Formulare dürfen vorausfüllen:', { id: 'login.prefill-chosen' }),
  prefillNothing: () => msg('Formulare füllen nichts voraus.', { id: 'login.prefill-nothing' }),
  prefillChange: () => msg('Auswahl ändern', { id: 'login.prefill-change' }),
  claimName: () => msg('Name', { id: 'login.claim.name' }),
  claimBirthdate: () => msg('Geburtsdatum', { id: 'login.claim.birthdate' }),
  claimAddress: () => msg('Anschrift', { id: 'login.claim.address' }),
  claimEmail: () => msg('E-Mail-Adresse', { id: 'login.claim.email' }),
  claimPhone: () => msg('Telefonnummer', { id: 'login.claim.phone' }),
};
