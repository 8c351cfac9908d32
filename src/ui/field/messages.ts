/** Texts of fields and the error summary. */
import { msg, str } from '@lit/localize';
import '../../shared/localization.js';

export const fieldText = {
  optional: () => msg('(optional)', { id: 'ui.field.optional' }),
  errorPrefix: () => msg('Fehler:', { id: 'ui.field.error-prefix' }),
  summaryHeading: () => msg('Bitte prüfen Sie Ihre Angaben', { id: 'ui.field.summary-heading' }),
  summaryCount: (count: number) =>
    count === 1
      ? msg('1 Angabe fehlt oder ist nicht richtig.', { id: 'ui.field.summary-one' })
      : msg(str`${count} Angaben fehlen oder sind nicht richtig.`, { id: 'ui.field.summary-many' }),
};
