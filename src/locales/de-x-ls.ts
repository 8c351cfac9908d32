
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'shared.error.busy': `Gerade nutzen sehr viele Menschen das Portal. Bitte warten Sie kurz. Dann versuchen Sie es noch einmal.`,
'shared.error.forbidden': `Diese Angaben dürfen Sie leider nicht sehen.`,
'shared.error.invalid-data': `Das Portal hat falsche Daten geschickt. Bitte versuchen Sie es später noch einmal. Oder fragen Sie bei Ihrem Amt nach.`,
'shared.error.network': `Wir erreichen das Portal gerade nicht. Bitte versuchen Sie es in ein paar Minuten noch einmal.`,
'shared.error.not-found': `Wir finden die Angaben leider nicht.`,
'shared.error.offline': `Ihr Gerät hat gerade kein Internet. Bitte prüfen Sie Ihr Internet. Dann versuchen Sie es noch einmal.`,
'shared.error.rejected': `Das Portal kann Ihre Anfrage nicht bearbeiten. Bitte prüfen Sie Ihre Angaben.`,
'shared.error.server': `Das Portal hat einen Fehler. Bitte versuchen Sie es später noch einmal.`,
'shared.error.timeout': `Das Portal antwortet gerade sehr langsam. Bitte versuchen Sie es in ein paar Minuten noch einmal.`,
'shared.error.title': `Das hat nicht geklappt.`,
'shared.error.unauthorized': `Bitte melden Sie sich zuerst an.`,
'shared.error.unknown': `Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.`,
'shared.loading': `Bitte warten. Wir laden die Daten.`,
'shared.retry': `Noch einmal versuchen`,
    };
  