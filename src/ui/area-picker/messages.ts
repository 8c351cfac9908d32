/** Texts of the area picker. */
import { msg, str } from '@lit/localize';
import '../../shared/localization.js';

export const areaText = {
  label: () => msg('Ihr Wohnort (Name oder Postleitzahl)', { id: 'ui.area.label' }),
  hint: () =>
    msg('Damit wir Ihnen die zuständige Stelle zeigen. Wird nicht gespeichert.', {
      id: 'ui.area.hint',
    }),
  none: () => msg('Kein Ort gefunden', { id: 'ui.area.none' }),
  found: (count: number) =>
    count === 1
      ? msg('1 Ort gefunden', { id: 'ui.area.found-one' })
      : msg(str`${count} Orte gefunden`, { id: 'ui.area.found' }),
  place: (place: string) => msg(str`Ortsteil ${place}`, { id: 'ui.area.place' }),
  searching: () => msg('Orte werden gesucht …', { id: 'ui.area.searching' }),
};
