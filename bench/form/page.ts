/**
 * The benchmark page (bundled by `run.ts`, run in Chromium): mounts `<saar-application-form>`
 * with the 150-field definition from a fake portal in memory, and measures with
 * `performance.now()`. Results go to `window.benchResults` for the runner to print.
 */
import '../../src/application-form/define.js';
import { getForm } from '../../src/api/calls/applications.js';
import { checkAnswers } from '../../src/api/rules/form-model.js';
import type { SaarApplicationForm } from '../../src/application-form/saar-application-form.js';
import { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { createSessionStore } from '../../src/shared/session.js';
import { FakePortal } from '../../test/fixtures/fake-portal.js';
import { saarlouis } from '../../test/fixtures/finder-data.js';
import { servicesWithForms } from '../../test/fixtures/form-data.js';
import { benchAnswers, benchForm, benchService, FIELD_COUNT } from './definition.js';

SaarPortalProvider.define('saar-portal-provider');

/** Milliseconds per sample, by measurement. */
export type BenchResults = Record<string, number[]>;

declare global {
  interface Window {
    benchResults?: BenchResults;
    benchError?: string;
  }
}

const MOUNTS = 30;
const CHANGES = 200;
const CHECKS = 200;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The next task, without the 4 ms clamp nested timers get (so polling adds no time). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

async function until(condition: () => unknown): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!condition() && performance.now() < deadline) await nextTask();
  if (!condition()) {
    const shown = document.querySelector('saar-application-form')?.shadowRoot?.textContent;
    throw new Error(`bench: the form did not get there; it shows: ${shown?.replace(/\s+/g, ' ')}`);
  }
}

function controls(form: SaarApplicationForm): number {
  return form.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0;
}

function mount(portal: FakePortal): SaarApplicationForm {
  const provider = document.createElement('saar-portal-provider') as SaarPortalProvider;
  provider.client = portal.client;
  provider.session = createSessionStore();
  const form = document.createElement('saar-application-form') as SaarApplicationForm;
  form.service = benchService.id;
  form.municipality = saarlouis.ars;
  provider.append(form);
  document.body.append(provider);
  return form;
}

async function run(): Promise<BenchResults> {
  const portal = new FakePortal({
    services: [...servicesWithForms, benchService],
    forms: { [benchService.id]: benchForm },
  });
  const results: BenchResults = {
    'first render (fetch from memory, schema check, render)': [],
    'of which: fetch from memory and schema check': [],
    'typing one character (answer, tab copy, render)': [],
    'leaving a field (check of the answer, render)': [],
    'form model: check of all 150 answers': [],
  };

  for (let run = 0; run < MOUNTS; run++) {
    sessionStorage.clear();
    const started = performance.now();
    const form = mount(portal);
    await until(() => controls(form) >= FIELD_COUNT);
    results['first render (fetch from memory, schema check, render)']!.push(
      performance.now() - started,
    );
    document.body.lastElementChild!.remove();
    const fetchStarted = performance.now();
    await getForm(portal.client, benchService.id);
    results['of which: fetch from memory and schema check']!.push(performance.now() - fetchStarted);
    await nextFrame();
  }

  sessionStorage.clear();
  const form = mount(portal);
  await until(() => controls(form) >= FIELD_COUNT);
  const inputs = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')];
  for (let change = 0; change < CHANGES; change++) {
    const input = inputs[change % inputs.length]!;
    input.value = `Wert ${change}`;
    const typed = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    results['typing one character (answer, tab copy, render)']!.push(performance.now() - typed);
    const left = performance.now();
    input.dispatchEvent(new FocusEvent('blur'));
    await form.updateComplete;
    results['leaving a field (check of the answer, render)']!.push(performance.now() - left);
  }

  const answers = benchAnswers();
  for (let check = 0; check < CHECKS; check++) {
    const started = performance.now();
    const issues = checkAnswers(benchForm, answers, { complete: true });
    results['form model: check of all 150 answers']!.push(performance.now() - started);
    if (issues.length > 0) throw new Error(`bench answers break rules: ${issues[0]!.path}`);
  }
  return results;
}

run().then(
  (results) => (window.benchResults = results),
  (error: unknown) => (window.benchError = String(error)),
);
