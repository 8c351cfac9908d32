/** The service finder's public events. */
import type { Area } from '../api/schemas/area.js';
import type { Service } from '../api/schemas/service.js';
import { SaarEvent } from '../shared/events.js';

/** What `saar-service-select` carries. */
export interface ServiceSelectDetail {
  /** The service the citizen wants to apply for, with its full description. */
  service: Service;
  /** The citizen's town, when chosen or preset. */
  area: Area | undefined;
  /** Where the "apply online" link leads, when there is one. */
  href: string | undefined;
}

/**
 * Fired when the citizen chooses "Online beantragen". Cancel it (`preventDefault()`) to handle
 * the application yourself, for example by opening the application form in place.
 */
export class SaarServiceSelectEvent extends SaarEvent<ServiceSelectDetail> {
  static readonly type = 'saar-service-select';
  constructor(detail: ServiceSelectDetail) {
    super(SaarServiceSelectEvent.type, detail, { cancelable: true });
  }
}

/** What `saar-town-change` carries. */
export interface TownChangeDetail {
  /** The town now chosen, or `undefined` when the citizen cleared it. */
  area: Area | undefined;
}

/**
 * Fired when the citizen chooses or clears their town, or goes back to the page's preset town
 * after changing it; never for the preset town the finder starts with.
 */
export class SaarTownChangeEvent extends SaarEvent<TownChangeDetail> {
  static readonly type = 'saar-town-change';
  constructor(detail: TownChangeDetail) {
    super(SaarTownChangeEvent.type, detail);
  }
}

/** What `saar-service-open` carries. */
export interface ServiceOpenDetail {
  /** The id of the service whose details the citizen opened. */
  serviceId: string;
}

/** Fired when the citizen opens a service's details; a town's own analytics may count it. */
export class SaarServiceOpenEvent extends SaarEvent<ServiceOpenDetail> {
  static readonly type = 'saar-service-open';
  constructor(detail: ServiceOpenDetail) {
    super(SaarServiceOpenEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'saar-service-select': SaarServiceSelectEvent;
    'saar-town-change': SaarTownChangeEvent;
    'saar-service-open': SaarServiceOpenEvent;
  }
}
