/**
 * The catalogue's words for the citizen: topic fields and administrative levels, which the
 * service finder shows. Functions, so each call translates into the locale of the widget
 * rendering at that moment.
 */
import { msg } from '@lit/localize';
import type { Level } from '../api/schemas/common.js';
import type { TopicField } from '../api/schemas/service.js';
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
