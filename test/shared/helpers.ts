/**
 * Test helpers that never wait for an animation frame: the test runner keeps several pages
 * open, and a page in the background gets no frames (open-wc's `fixture` waits for one when the
 * root is not a Lit element, and would hang there).
 */
import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Renders `template` into the fixture container and waits for every Lit element in it. */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  await settled(root);
  return root;
}

/** Waits until `root` and every element below it (light DOM) have finished updating. */
export async function settled(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')];
  await Promise.all(
    elements.map(
      (element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
}

/** Lets pending microtasks (mutation observers, resolved imports) run. */
export async function microtasks(rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) await Promise.resolve();
}

/** Polls `condition` on a timer (not frames) until it holds or `timeoutMs` passes. */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
