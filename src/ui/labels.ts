/**
 * Names of the portal's vocabulary in the citizen's words: topic fields, trust levels,
 * administrative levels and application statuses. Functions, so each call translates into the
 * locale of the widget rendering at that moment.
 */
import { msg } from '@lit/localize';
import type { Level, TrustLevel } from '../api/schemas/common.js';
import type { TopicField } from '../api/schemas/service.js';
import type { StatusValue } from '../api/vocabulary.js';
import '../shared/localization.js';

/** Name of an OZG topic field. */
export function topicFieldName(field: TopicField): string {
  switch (field) {
    case 'familie_kind':
      return msg('Familie und Kind', { id: 'ui.topic.familie_kind' });
    case 'bauen_wohnen':
      return msg('Bauen und Wohnen', { id: 'ui.topic.bauen_wohnen' });
    case 'mobilitaet_reisen':
      return msg('Mobilität und Reisen', { id: 'ui.topic.mobilitaet_reisen' });
    case 'arbeit_ruhestand':
      return msg('Arbeit und Ruhestand', { id: 'ui.topic.arbeit_ruhestand' });
    case 'ein_auswanderung':
      return msg('Ein- und Auswanderung', { id: 'ui.topic.ein_auswanderung' });
    case 'unternehmensfuehrung_entwicklung':
      return msg('Unternehmen', { id: 'ui.topic.unternehmensfuehrung_entwicklung' });
    case 'steuern_zoll':
      return msg('Steuern und Zoll', { id: 'ui.topic.steuern_zoll' });
    case 'gesundheit':
      return msg('Gesundheit', { id: 'ui.topic.gesundheit' });
    case 'bildung':
      return msg('Bildung', { id: 'ui.topic.bildung' });
    case 'engagement_hobby':
      return msg('Engagement und Hobby', { id: 'ui.topic.engagement_hobby' });
    case 'recht_ordnung':
      return msg('Recht und Ordnung', { id: 'ui.topic.recht_ordnung' });
    case 'umwelt':
      return msg('Umwelt', { id: 'ui.topic.umwelt' });
    case 'querschnittsleistungen':
      return msg('Allgemeine Leistungen', { id: 'ui.topic.querschnittsleistungen' });
    case 'forschung_foerderung':
      return msg('Forschung und Förderung', { id: 'ui.topic.forschung_foerderung' });
  }
}

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

/** Who is responsible at a level, for the result list. */
export function levelName(level: Level): string {
  switch (level) {
    case 'municipal':
      return msg('Stadt oder Gemeinde', { id: 'ui.level.municipal' });
    case 'district':
      return msg('Landkreis', { id: 'ui.level.district' });
    case 'state':
      return msg('Land Saarland', { id: 'ui.level.state' });
    case 'federal':
      return msg('Bund', { id: 'ui.level.federal' });
  }
}

/** What an application's status means, in a few words. */
export function statusLabel(status: StatusValue): string {
  switch (status) {
    case 'SUBMITTED':
      return msg('Eingereicht', { id: 'ui.status.submitted' });
    case 'RECEIVED':
      return msg('Eingegangen', { id: 'ui.status.received' });
    case 'PROCESSING':
      return msg('In Bearbeitung', { id: 'ui.status.processing' });
    case 'ACTION_REQUIRED':
      return msg('Ihre Mithilfe ist nötig', { id: 'ui.status.action-required' });
    case 'COMPLETED':
      return msg('Abgeschlossen', { id: 'ui.status.completed' });
    case 'REJECTED':
      return msg('Abgelehnt', { id: 'ui.status.rejected' });
    case 'WITHDRAWN':
      return msg('Zurückgezogen', { id: 'ui.status.withdrawn' });
  }
}
