/**
 * The widget conformance suite: what every Saar-Portal widget must do, whatever it is. Each
 * widget's tests call `describeConformance` with how to mount it, the states to check and how to
 * make it fire its events; the suite then checks, in Chromium and Firefox:
 *
 * - axe (WCAG 2.2 A/AA) in all four locales, in every state;
 * - reflow at 320 px: nothing sticks out sideways, in every state (WCAG 1.4.10);
 * - targets at least 44 px high for buttons, inputs and options, in every state;
 * - a visible focus ring on every keyboard stop (Tab through the widget);
 * - forced colours: still accessible, focus still visible (Chromium: Firefox's driver cannot
 *   emulate it);
 * - public events bubble and cross the shadow boundary (`composed`), with a detail;
 * - `api-base`: every request goes to the portal the attribute names;
 * - focus: after each of the widget's focus journeys (an action whose control goes away, such
 *   as "try again"), focus is inside the widget, never on `<body>`;
 * - a hostile page stylesheet (a CMS reset for `*`, `html { font-size: 10px }`, buttons
 *   `all: unset`, lists without style) changes nothing inside: same text size, still 44 px
 *   targets, still no sideways scrolling at 320 px.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Locale } from '../../src/api/vocabulary.js';
import { FakePortal } from '../fixtures/fake-portal.js';

/** The four locales every widget speaks. */
export const LOCALES: readonly Locale[] = ['de', 'en', 'fr', 'de-x-ls'];

/** How to mount a widget for a conformance check. */
export interface MountOptions {
  lang: Locale;
  portal: FakePortal;
  /** Set the widget's `api-base` instead of handing it the portal's client. */
  apiBase?: string;
}

/** A state the widget must be conformant in, reached from a freshly mounted, ready widget. */
export interface WidgetState<T extends HTMLElement> {
  name: string;
  reach: (widget: T, portal: FakePortal) => Promise<void>;
}

/** A public event and how to make the widget fire it. */
export interface WidgetEvent<T extends HTMLElement> {
  type: string;
  trigger: (widget: T, portal: FakePortal) => Promise<void>;
}

/** Something the citizen does after which focus must still be in the widget. */
export interface FocusJourney<T extends HTMLElement> {
  name: string;
  /** Mounts a widget (on `portal`), acts, and answers the widget. */
  run: (portal: FakePortal) => Promise<T>;
}

/** What the suite needs to know about one widget. */
export interface ConformanceSpec<T extends HTMLElement> {
  /** The tag, for the suite's title. */
  tag: string;
  /** Mounts the widget (the fixture container is cleaned up by open-wc). */
  mount: (options: MountOptions) => Promise<T>;
  /** Resolves when the widget shows its first complete state. */
  ready: (widget: T) => Promise<void>;
  /** More states to check besides the first one. */
  states: WidgetState<T>[];
  events: WidgetEvent<T>[];
  /**
   * Actions after which focus must still be in the widget (the control the citizen used goes
   * away: a retry button, a picker that closes). Each mounts its widget (some start from a
   * failure) and answers it once done.
   */
  focusJourneys?: FocusJourney<T>[];
  /** A fake portal with the data the states need (default: the finder fixtures). */
  portal?: () => FakePortal;
}

const INTERACTIVE =
  'button, input:not([type="hidden"]), select, textarea, a.button, [role="option"]';

/** Elements of the widget that stick out past its right edge. */
function overflowsSideways(widget: HTMLElement): string[] {
  const limit = widget.getBoundingClientRect().right + 1;
  return [...widget.shadowRoot!.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > limit)
    .map((element) => element.outerHTML.slice(0, 80));
}

/**
 * How tall a target is: a checkbox or radio counts with its labels, which click it too (the
 * GOV.UK pattern: a modest box with a label row of full target height).
 */
function targetHeight(element: HTMLElement): number {
  const own = element.getBoundingClientRect().height;
  if (!(element instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(element.type)) {
    return own;
  }
  return Math.max(
    own,
    ...[...(element.labels ?? [])].map((label) => label.getBoundingClientRect().height),
  );
}

/** Visible interactive elements lower than `minimum` px. */
function smallTargets(widget: HTMLElement, minimum: number): string[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>(INTERACTIVE)]
    .filter((element) => element.getClientRects().length > 0)
    .filter((element) => targetHeight(element) < minimum - 0.5)
    .map(
      (element) =>
        `${element.outerHTML.slice(0, 60)} (${element.getBoundingClientRect().height} px)`,
    );
}

/** The element that has focus, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` shows a focus indicator: an outline or a box shadow of 2 px or more. */
function focusIndicator(element: Element): string | undefined {
  const style = getComputedStyle(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return undefined;
  if (style.boxShadow && style.boxShadow !== 'none') return undefined;
  return `${element.outerHTML.slice(0, 60)}: outline ${style.outlineStyle} ${style.outlineWidth}`;
}

/**
 * Tabs through `widget` from a button placed before it, as a keyboard user would, and answers
 * how many stops were inside it and which of them showed no focus ring.
 */
async function tabThrough(widget: HTMLElement): Promise<{ stops: number; missing: string[] }> {
  // Buttons on both sides: Tab past the page's last element leaves the document for the browser's
  // own controls, and the window would then lose focus for every later test.
  const [before, after] = ['before', 'after'].map((label) =>
    Object.assign(document.createElement('button'), { textContent: label }),
  );
  widget.before(before!);
  widget.after(after!);
  before!.focus();
  const missing: string[] = [];
  let stops = 0;
  try {
    for (let step = 0; step < 40; step++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (!active || !widget.shadowRoot!.contains(active)) break;
      stops += 1;
      const problem = focusIndicator(active);
      if (problem) missing.push(problem);
    }
  } finally {
    before!.remove();
    after!.remove();
  }
  return { stops, missing };
}

/** What CMS stylesheets do to every element, the widget's host included. */
export const HOSTILE_PAGE_CSS = `
  html { font-size: 10px; }
  * { box-sizing: content-box !important; font-size: 14px; line-height: 1; letter-spacing: 0.1em;
      text-align: center; text-transform: uppercase; color: #777; font-family: serif; }
  button, input { all: unset; }
  ul, ol, li { list-style: none; margin: 0; padding: 0; }
  p { margin: 3em 0; }
`;

/** Computed text styles of the widget's text, which page CSS must not change. */
function textLook(widget: HTMLElement): string[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>('label, p, button, input, h2, h3')]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => {
      const style = getComputedStyle(element);
      return `${element.localName}.${element.className}: ${style.fontSize} ${style.lineHeight} ${style.boxSizing} ${style.textTransform} ${style.fontFamily.slice(0, 20)}`;
    });
}

/** Runs the conformance suite for one widget. */
export function describeConformance<T extends HTMLElement>(spec: ConformanceSpec<T>): void {
  const newPortal = spec.portal ?? (() => new FakePortal());

  async function mountReady(lang: Locale = 'de', portal = newPortal()): Promise<T> {
    const widget = await spec.mount({ lang, portal });
    await spec.ready(widget);
    return widget;
  }

  /** The first state, then each of `spec.states`, each from a fresh widget. */
  async function eachState(
    lang: Locale,
    check: (widget: T, state: string) => Promise<void>,
  ): Promise<void> {
    const first = await mountReady(lang);
    await check(first, 'ready');
    for (const state of spec.states) {
      const portal = newPortal();
      const widget = await mountReady(lang, portal);
      await state.reach(widget, portal);
      await check(widget, state.name);
    }
  }

  describe(`${spec.tag}: conformance`, function () {
    // axe takes seconds per run on a loaded machine, and this suite runs it many times.
    this.timeout(120_000);

    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    for (const lang of LOCALES) {
      it(`passes axe in every state in ${lang}`, async () => {
        await eachState(lang, async (widget, state) => {
          await expect(widget, `${state} (${lang})`).to.be.accessible();
        });
      });
    }

    it('reflows at 320 px in every state', async () => {
      await setViewport({ width: 320, height: 640 });
      await eachState('de', async (widget, state) => {
        expect(overflowsSideways(widget), state).to.deep.equal([]);
      });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps targets at least 44 px high in every state', async () => {
      await eachState('de', async (widget, state) => {
        expect(smallTargets(widget, 44), state).to.deep.equal([]);
      });
    });

    it('shows a visible focus ring on every keyboard stop', async () => {
      const { stops, missing } = await tabThrough(await mountReady());
      expect(stops, 'keyboard stops inside the widget').to.be.greaterThan(0);
      expect(missing).to.deep.equal([]);
    });

    describe('forced colours', () => {
      afterEach(async () => {
        await executeServerCommand('emulate-forced-colors', { active: false });
      });

      it('stays accessible with a visible focus ring (Chromium)', async function () {
        const supported = await executeServerCommand<boolean, { active: boolean }>(
          'emulate-forced-colors',
          { active: true },
        );
        if (!supported) this.skip(); // Firefox: puppeteer's BiDi driver cannot emulate it.
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        await eachState('de', async (widget, state) => {
          await expect(widget, state).to.be.accessible();
        });
        const { stops, missing } = await tabThrough(await mountReady());
        expect(stops, 'keyboard stops inside the widget').to.be.greaterThan(0);
        expect(missing).to.deep.equal([]);
      });
    });

    for (const event of spec.events) {
      it(`fires ${event.type} bubbling and composed, with a detail`, async () => {
        const portal = newPortal();
        const widget = await mountReady('de', portal);
        let seen: Event | undefined;
        const listener = (received: Event) => (seen = received);
        document.addEventListener(event.type, listener);
        try {
          await event.trigger(widget, portal);
        } finally {
          document.removeEventListener(event.type, listener);
        }
        expect(seen, `${event.type} reached the document`).to.not.equal(undefined);
        expect(seen!.bubbles).to.equal(true);
        expect(seen!.composed).to.equal(true);
        expect((seen as CustomEvent).detail).to.not.equal(undefined);
      });
    }

    for (const journey of spec.focusJourneys ?? []) {
      it(`keeps focus in the widget after ${journey.name}`, async () => {
        const widget = await journey.run(newPortal());
        // Let a pending render and its focus move happen, as a citizen would wait.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const active = deepActiveElement();
        expect(active, 'focus on <body>').not.to.equal(document.body);
        expect(
          active !== null && widget.shadowRoot!.contains(active),
          `focus on ${active?.outerHTML.slice(0, 60)}`,
        ).to.equal(true);
      });
    }

    describe('under a hostile page stylesheet', () => {
      let style: HTMLStyleElement | undefined;
      afterEach(() => style?.remove());

      it('looks the same, keeps 44 px targets and reflows at 320 px', async () => {
        const calm = textLook(await mountReady());
        style = Object.assign(document.createElement('style'), { textContent: HOSTILE_PAGE_CSS });
        document.head.append(style);
        await setViewport({ width: 320, height: 640 });
        await eachState('de', async (widget, state) => {
          expect(overflowsSideways(widget), state).to.deep.equal([]);
          expect(smallTargets(widget, 44), state).to.deep.equal([]);
        });
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await setViewport({ width: 800, height: 600 });
        expect(textLook(await mountReady())).to.deep.equal(calm);
      });
    });

    it('sends every request to the portal its api-base names', async () => {
      const portal = newPortal();
      const apiBase = 'https://api-base.test/api/v1/';
      const original = window.fetch;
      const urls: string[] = [];
      window.fetch = (input, init) => {
        const request = new Request(input, init);
        urls.push(request.url);
        return portal.handle(request);
      };
      try {
        const widget = await spec.mount({ lang: 'de', portal, apiBase });
        await spec.ready(widget);
      } finally {
        window.fetch = original;
      }
      expect(urls.length, 'requests made').to.be.greaterThan(0);
      expect(urls.filter((url) => !url.startsWith(apiBase))).to.deep.equal([]);
    });
  });
}
