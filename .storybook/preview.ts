/// <reference types="vite/client" />
// Every story renders inside a frame that sets its language (`lang`), its theme (colour scheme
// or a town's brand colour through `--saar-*` properties) and a `<saar-portal-provider>` whose
// client answers from schema-valid fixtures, never the network. Stories choose the portal's
// behaviour with `parameters.portal` and a logged-in citizen with `parameters.session`.
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { SaarPortalProvider } from '../src/shared/saar-portal-provider.js';
import { storyPortal, type PortalScenario } from '../stories/fixtures/portal.js';
import { storySession } from '../stories/fixtures/session.js';
import type { CitizenClaims } from '../src/api/schemas/session.js';
import { THEMES, type ThemeName } from '../stories/fixtures/themes.js';
import {
  publicManifest,
  type CustomElementsManifest,
} from '../stories/fixtures/public-manifest.js';

SaarPortalProvider.define('saar-portal-provider');

// Controls and each widget's docs page (attributes, properties, events, slots, parts, `--saar-*`
// custom properties) come from the custom-elements manifest (`cem analyze`, run by the scripts),
// its public members only; a glob, so a missing manifest leaves the controls plain instead of
// failing.
const manifests = import.meta.glob<{ default: CustomElementsManifest }>(
  '../dist/npm/custom-elements.json',
  { eager: true },
);
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicManifest(manifest));

const withPortal: Decorator = (story, context) => {
  const locale = String(context.globals['locale'] ?? 'de');
  const theme = THEMES[(context.globals['theme'] as ThemeName | undefined) ?? 'light'];
  const portal = storyPortal(context.parameters['portal'] as PortalScenario | undefined);
  const claims = context.parameters['session'] as CitizenClaims | undefined;
  const session = storySession(claims);
  // The fake portal answers the citizen's own lists (`/me/…`) for the story's citizen.
  portal.citizen = claims;
  return html`
    <div class="saar-story" lang=${locale} style=${theme.style}>
      <saar-portal-provider .client=${portal.client} .session=${session}>
        ${story()}
      </saar-portal-provider>
    </div>
  `;
};

const preview: Preview = {
  // One docs page per widget, from its stories file and the manifest.
  tags: ['autodocs'],
  decorators: [withPortal],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de-x-ls', title: 'Leichte Sprache' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme and branding',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: Object.entries(THEMES).map(([value, theme]) => ({ value, title: theme.title })),
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
