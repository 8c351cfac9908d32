/**
 * What a trust level means for the citizen, in their words: the finder, the form and the login
 * button say it. A function, so each call translates into the locale of the widget rendering at
 * that moment. The catalogue's words are in `catalogue-labels.ts`, a status's in
 * `status-badge.ts`: each travels with the widgets that say it (decision 0091).
 */
import { msg } from '@lit/localize';
import type { TrustLevel } from '../api/schemas/common.js';
import '../shared/localization.js';

/** What a trust level means for the citizen: how they must prove who they are. */
export function trustLevelText(level: TrustLevel): string {
  switch (level) {
    case 'STORK-QAA-Level-1':
      return msg('Anmeldung mit Benutzername und Passwort im Bürgerkonto', {
        id: 'ui.trust.basic',
      });
    case 'STORK-QAA-Level-3':
      return msg('Anmeldung mit ELSTER-Zertifikat oder Online-Ausweis', {
        id: 'ui.trust.substantial',
      });
    case 'STORK-QAA-Level-4':
      return msg('Anmeldung mit dem Online-Ausweis (Personalausweis mit PIN)', {
        id: 'ui.trust.high',
      });
  }
}
