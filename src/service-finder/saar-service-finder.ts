/**
 * TEMPORARY placeholder, written by the shared-infrastructure agent so the CDN build and the
 * loader have a module to point at. The service finder's own issue replaces this whole file.
 */
import { html } from 'lit';
import { SaarElement } from '../shared/saar-element.js';

/** TEMPORARY: the service finder (placeholder until its issue lands). */
export class SaarServiceFinder extends SaarElement {
  protected override render() {
    return html`<slot></slot>`;
  }
}

SaarServiceFinder.define('saar-service-finder');
