/**
 * The service finder's texts. Functions, so each call translates into the locale of the widget
 * rendering at that moment (see shared/localization.ts).
 */
import { msg, str } from '@lit/localize';
import type { RoutingBasis } from '../api/vocabulary.js';
import '../shared/localization.js';

/** The polite announcement of how many services match. */
export function resultCountText(count: number): string {
  if (count === 0) return msg('Keine Leistung gefunden', { id: 'finder.results.none' });
  if (count === 1) return msg('1 Leistung gefunden', { id: 'finder.results.one' });
  return msg(str`${count} Leistungen gefunden`, { id: 'finder.results.many' });
}

/** The polite announcement after "show more": how many more, of how many in all. */
export function moreShownText(added: number, total: number): string {
  if (added === 1) {
    return msg(str`1 weitere Leistung angezeigt, ${total} insgesamt`, {
      id: 'finder.results.more-shown-one',
    });
  }
  return msg(str`${added} weitere Leistungen angezeigt, ${total} insgesamt`, {
    id: 'finder.results.more-shown',
  });
}

/** Texts of the finder's fixed parts. */
export const text = {
  heading: () => msg('Leistungen finden', { id: 'finder.heading' }),
  searchLabel: () => msg('Was möchten Sie erledigen?', { id: 'finder.search.label' }),
  searchHint: () =>
    msg('Zum Beispiel: Ausweis verloren, Hund anmelden, umziehen', { id: 'finder.search.hint' }),
  resultsLabel: () => msg('Suchergebnisse', { id: 'finder.results.label' }),
  loadingCatalogue: () =>
    msg('Die Leistungen werden geladen …', { id: 'finder.catalogue.loading' }),
  catalogueFailed: () =>
    msg('Die Leistungen konnten nicht geladen werden.', { id: 'finder.catalogue.failed' }),
  catalogueRestFailed: () =>
    msg(
      'Ein Teil der Leistungen konnte nicht geladen werden: Die Suche findet gerade nicht alles.',
      {
        id: 'finder.catalogue.rest-failed',
      },
    ),
  noResults: (query: string) =>
    msg(str`Zu „${query}“ haben wir keine Leistung gefunden.`, { id: 'finder.results.none-for' }),
  didYouMean: () => msg('Meinten Sie:', { id: 'finder.results.did-you-mean' }),
  tryOther: () =>
    msg('Versuchen Sie ein anderes Wort, oder suchen Sie nach Lebenslage oder Thema.', {
      id: 'finder.results.try-other',
    }),
  browseHeading: () => msg('Nach Lebenslage suchen', { id: 'finder.browse.situations' }),
  topicsHeading: () => msg('Nach Thema suchen', { id: 'finder.browse.topics' }),
  backToOverview: () => msg('Zurück zur Übersicht', { id: 'finder.browse.back' }),
  backToResults: () => msg('Zurück zur Suche', { id: 'finder.detail.back' }),
  townChosen: () => msg('Ihr Wohnort:', { id: 'finder.town.chosen' }),
  townChange: () => msg('Wohnort ändern', { id: 'finder.town.change' }),
  townKeep: (town: string) => msg(str`Bei ${town} bleiben`, { id: 'finder.town.keep' }),
  townBackToPreset: (town: string) =>
    msg(str`Zurück zu ${town}`, { id: 'finder.town.back-to-preset' }),
  townFailed: () =>
    msg('Der eingestellte Wohnort konnte nicht geladen werden.', { id: 'finder.town.failed' }),
  moreResults: (remaining: number, step: number) =>
    remaining > step
      ? msg(str`${step} weitere Ergebnisse anzeigen (von noch ${remaining})`, {
          id: 'finder.results.more',
        })
      : remaining === 1
        ? msg('Das übrige Ergebnis anzeigen', { id: 'finder.results.rest-one' })
        : msg(str`Die übrigen ${remaining} Ergebnisse anzeigen`, { id: 'finder.results.rest' }),
  germanOnly: () =>
    msg('Diese Beschreibung gibt es nur auf Deutsch.', { id: 'finder.detail.german-only' }),
  townUnknown: () =>
    msg('Der eingestellte Ort ist uns nicht bekannt. Bitte wählen Sie Ihren Wohnort.', {
      id: 'finder.town.unknown',
    }),
  description: () => msg('Beschreibung', { id: 'finder.detail.description' }),
  prerequisites: () => msg('Voraussetzungen', { id: 'finder.detail.prerequisites' }),
  documents: () => msg('Welche Unterlagen brauche ich?', { id: 'finder.detail.documents' }),
  costs: () => msg('Kosten', { id: 'finder.detail.costs' }),
  processingTime: () => msg('Bearbeitungsdauer', { id: 'finder.detail.processing-time' }),
  deadlines: () => msg('Fristen', { id: 'finder.detail.deadlines' }),
  responsible: () => msg('Zuständige Stelle', { id: 'finder.detail.responsible' }),
  responsibleFor: (town: string) =>
    msg(str`Zuständige Stelle für ${town}`, { id: 'finder.detail.responsible-for' }),
  chooseTownForOffice: () =>
    msg('Wählen Sie Ihren Wohnort, dann zeigen wir Ihnen die zuständige Stelle.', {
      id: 'finder.detail.choose-town',
    }),
  noOffice: () =>
    msg(
      'Für Ihren Ort ist uns keine zuständige Stelle bekannt. Ihre Stadt- oder Gemeindeverwaltung sagt Ihnen, wer zuständig ist. Sie können auch die Behördennummer 115 anrufen.',
      { id: 'finder.detail.no-office' },
    ),
  call115: () => msg('Behördennummer 115 anrufen', { id: 'finder.detail.call-115' }),
  notOfferedIn: (town: string) =>
    msg(str`In ${town} gibt es diese Leistung nicht.`, { id: 'finder.office.not-offered' }),
  operator: () =>
    msg('Erledigt diese Leistung im Auftrag Ihrer Gemeinde.', { id: 'finder.office.operator' }),
  eventPlaceAssumed: (town: string) =>
    msg(str`Unten steht die Stelle für ${town}. Ist es woanders geschehen, wählen Sie den Ort.`, {
      id: 'finder.event.assumed',
    }),
  eventPlaceHint: () =>
    msg('Ort oder Postleitzahl, zum Beispiel des Krankenhauses', { id: 'finder.event.hint' }),
  officeFailed: () =>
    msg('Die zuständige Stelle konnte nicht geladen werden.', {
      id: 'finder.detail.office-failed',
    }),
  openingHours: () => msg('Öffnungszeiten', { id: 'finder.detail.opening-hours' }),
  phone: () => msg('Telefon', { id: 'finder.detail.phone' }),
  email: () => msg('E-Mail', { id: 'finder.detail.email' }),
  website: () => msg('Internetseite', { id: 'finder.detail.website' }),
  accessibility: () =>
    msg('Informationen zur Barrierefreiheit', { id: 'finder.detail.accessibility' }),
  privacy: () => msg('Datenschutz', { id: 'finder.detail.privacy' }),
  applyOnline: () => msg('Online beantragen', { id: 'finder.detail.apply' }),
  applyNeeds: () => msg('Dafür brauchen Sie:', { id: 'finder.detail.apply-needs' }),
  notOnline: () =>
    msg(
      'Diese Leistung können Sie noch nicht online beantragen. Wenden Sie sich an die zuständige Stelle.',
      {
        id: 'finder.detail.not-online',
      },
    ),
  detailFailed: () =>
    msg('Die Beschreibung der Leistung konnte nicht geladen werden.', {
      id: 'finder.detail.failed',
    }),
  onlineBadge: () => msg('online', { id: 'finder.results.online' }),
  durationDays: (min: number, max: number) =>
    min === max
      ? max === 1
        ? msg('1 Tag', { id: 'finder.duration.day' })
        : msg(str`${max} Tage`, { id: 'finder.duration.days' })
      : msg(str`${min} bis ${max} Tage`, { id: 'finder.duration.days-range' }),
  durationWeeks: (min: number, max: number) =>
    min === max
      ? max === 1
        ? msg('1 Woche', { id: 'finder.duration.week' })
        : msg(str`${max} Wochen`, { id: 'finder.duration.weeks' })
      : msg(str`${min} bis ${max} Wochen`, { id: 'finder.duration.weeks-range' }),
  durationMonths: (min: number, max: number) =>
    min === max
      ? max === 1
        ? msg('1 Monat', { id: 'finder.duration.month' })
        : msg(str`${max} Monate`, { id: 'finder.duration.months' })
      : msg(str`${min} bis ${max} Monate`, { id: 'finder.duration.months-range' }),
};

/** Services routed by the place of an event: who is responsible, and the question for the place. */
export function eventPlaceText(basis: Exclude<RoutingBasis, 'residence'>): {
  rule: string;
  question: string;
} {
  switch (basis) {
    case 'placeOfBirth':
      return {
        rule: msg(
          'Zuständig ist das Standesamt des Ortes, an dem das Kind geboren wurde, nicht das Ihres Wohnorts.',
          { id: 'finder.event.birth.rule' },
        ),
        question: msg('Wo wurde das Kind geboren?', { id: 'finder.event.birth.question' }),
      };
    case 'placeOfDeath':
      return {
        rule: msg(
          'Zuständig ist das Standesamt des Ortes, an dem der Mensch gestorben ist, nicht das Ihres Wohnorts.',
          { id: 'finder.event.death.rule' },
        ),
        question: msg('Wo ist der Mensch gestorben?', { id: 'finder.event.death.question' }),
      };
    case 'placeOfMarriage':
      return {
        rule: msg(
          'Zuständig ist das Standesamt des Ortes, an dem die Ehe geschlossen wurde, nicht das Ihres Wohnorts.',
          { id: 'finder.event.marriage.rule' },
        ),
        question: msg('Wo wurde die Ehe geschlossen?', { id: 'finder.event.marriage.question' }),
      };
  }
}
