/**
 * `<saar-service-finder>` in every state a designer must see. Data comes from schema-valid
 * fixtures through the fake portal of `.storybook/preview.ts` (a story picks its behaviour with
 * `parameters.portal`), never the network; language and theme come from the toolbar (or a
 * story's `globals`); play functions drive it into results, detail and error states.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/service-finder/define.js';
import type { SaarServiceFinder } from '../src/service-finder/saar-service-finder.js';
import { saarlouis, tholey } from '../test/fixtures/finder-data.js';
import { responsibilityData } from '../test/fixtures/responsibility-data.js';
import { SCENARIOS } from './fixtures/portal.js';

interface FinderArgs {
  /** Empty: the language comes from the Storybook toolbar (the page's `lang`). */
  lang: '' | 'de' | 'en' | 'fr' | 'de-x-ls';
  municipality: string;
  applyUrl: string;
  addressee: '' | 'citizens' | 'businesses';
}

function render(args: FinderArgs): TemplateResult {
  return html`<saar-service-finder
    lang=${ifDefined(args.lang || undefined)}
    municipality=${ifDefined(args.municipality || undefined)}
    apply-url=${ifDefined(args.applyUrl || undefined)}
    addressee=${ifDefined(args.addressee || undefined)}
  ></saar-service-finder>`;
}

/** The finder in the story's canvas, once its search is ready. */
async function readyFinder(canvas: HTMLElement): Promise<SaarServiceFinder> {
  const finder = canvas.querySelector('saar-service-finder')!;
  for (let i = 0; i < 100 && !finder.shadowRoot?.querySelector('.browse'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return finder;
}

/** Types into the finder's search box as a citizen would. */
async function typeQuery(finder: SaarServiceFinder, query: string): Promise<void> {
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await finder.updateComplete;
}

async function openFirstResult(finder: SaarServiceFinder): Promise<void> {
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  for (const key of ['ArrowDown', 'Enter']) {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    await finder.updateComplete;
  }
}

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Service finder',
  component: 'saar-service-finder',
  args: {
    lang: '',
    municipality: '',
    applyUrl: '/antrag.html?service={serviceId}&ars={ars}',
    addressee: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'de', 'en', 'fr', 'de-x-ls'] },
    municipality: { control: 'select', options: ['', saarlouis.ars, tholey.ars] },
    addressee: { control: 'inline-radio', options: ['', 'citizens', 'businesses'] },
  },
  render: (args) => render(args),
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Empty box: browse by life situation and topic. */
export const Browse: Story = {};

/** Preset to a town (Saarlouis), as a town's website would embed it. */
export const PresetTown: Story = { args: { municipality: saarlouis.ars } };

/** The catalogue is still loading: placeholders, and the box already takes input. */
export const Loading: Story = { parameters: { portal: SCENARIOS.loading } };

/** Results as the citizen types, matched words underlined. */
export const Results: Story = {
  play: async ({ canvasElement }) => typeQuery(await readyFinder(canvasElement), 'hund anm'),
};

/** Nothing matches: a suggestion and the way to browse. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => typeQuery(await readyFinder(canvasElement), 'Hundd stuer'),
};

/** The rest of the catalogue does not load: the search says it does not find everything. */
export const RestOfCatalogueFailed: Story = {
  parameters: {
    portal: { faults: { 'services?part=long-tail': { kind: 'status', status: 503 } } },
  },
  play: Results.play!,
};

/** A service's details with the responsible office for the preset town and "apply online". */
export const DetailWithOffice: Story = {
  args: { municipality: saarlouis.ars },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await typeQuery(finder, 'Hund');
    await openFirstResult(finder);
  },
};

/** Details before a town is chosen: the town combobox in place of the office. */
export const DetailChooseTown: Story = {
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await typeQuery(finder, 'Personalausweis');
    await openFirstResult(finder);
  },
};

/** A town without a known office: ask the town hall, or call 115. */
export const DetailNoOffice: Story = {
  args: { municipality: tholey.ars },
  play: DetailWithOffice.play!,
};

/** A service routed by the place of the event: the rule, the question, and the office shown meanwhile. */
export const DetailPlaceOfDeath: Story = {
  args: { municipality: tholey.ars },
  parameters: { portal: { data: responsibilityData() } },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await typeQuery(finder, 'Sterbeurkunde');
    await openFirstResult(finder);
  },
};

/** A service the town does not offer: said plainly, with the reason. */
export const DetailNotOffered: Story = {
  args: { municipality: tholey.ars },
  parameters: { portal: { data: responsibilityData() } },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await typeQuery(finder, 'Baum');
    await openFirstResult(finder);
  },
};

/** The portal cannot be reached: what happened, and "try again". */
export const Offline: Story = { parameters: { portal: SCENARIOS.offline } };

/** The portal answers with an error. */
export const ServerError: Story = { parameters: { portal: SCENARIOS.serverError } };

/** The catalogue fails validation: a clear error, no crash. */
export const InvalidCatalogue: Story = { parameters: { portal: SCENARIOS.invalidData } };

/** The office cannot be loaded: the service shows, the office part explains and offers a retry. */
export const DetailOfficeFailed: Story = {
  args: { municipality: saarlouis.ars },
  parameters: { portal: { faults: { routes: { kind: 'status', status: 503 } } } },
  play: DetailWithOffice.play!,
};

/** Only services for businesses. */
export const BusinessesOnly: Story = { args: { addressee: 'businesses' } };

/** English. */
export const English: Story = { args: { lang: 'en' }, play: Results.play! };

/** French, with German-only texts marked. */
export const French: Story = {
  args: { lang: 'fr', municipality: saarlouis.ars },
  play: DetailWithOffice.play!,
};

/** Leichte Sprache. */
export const LeichteSprache: Story = { args: { lang: 'de-x-ls' } };

/** Branded by a town with a few custom properties. */
export const MunicipalTheme: Story = {
  args: { municipality: saarlouis.ars },
  globals: { theme: 'brand' },
};

/** Dark colour scheme. */
export const Dark: Story = { args: { municipality: saarlouis.ars }, globals: { theme: 'dark' } };
