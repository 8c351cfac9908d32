import { expect, html } from '@open-wc/testing';
import { mount } from './helpers.js';
import './sample-widget.js';
import type { SampleWidget } from './sample-widget.js';

describe('a widget’s first render', () => {
  it('comes in a task of its own, not in the microtasks of the task that upgraded it', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const widget = document.createElement('saar-test-sample') as SampleWidget;
    host.append(widget);
    // Every microtask this task queues runs before the next task: Lit's own update would be done.
    for (let turn = 0; turn < 20; turn += 1) await new Promise<void>(queueMicrotask);
    expect(widget.renders).to.equal(0);
    await widget.updateComplete;
    expect(widget.renders).to.equal(1);
  });
});
