import { expect, html } from '@open-wc/testing';
import { microtasks, mount } from './helpers.js';
import {
  afterNextPaint,
  loadWidgetsOnDemand,
  type WidgetTable,
} from '../../src/shared/lazy-loader.js';

/** A fake widget table: counts imports per tag instead of loading code. */
function fakeTable(tags: string[]) {
  const imports = new Map<string, number>(tags.map((tag) => [tag, 0]));
  const table: WidgetTable = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        imports.set(tag, imports.get(tag)! + 1);
      },
    ]),
  );
  return { table, imports };
}

describe('afterNextPaint', () => {
  it('starts after the next frame, once, not in the task that asked', async () => {
    // Frames by hand: a test page in a background tab gets none of its own.
    const frames: FrameRequestCallback[] = [];
    const frame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    let starts = 0;
    try {
      afterNextPaint(() => (starts += 1), 10_000);
    } finally {
      window.requestAnimationFrame = frame;
    }
    await microtasks();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(starts, 'before the frame').to.equal(0);
    for (const callback of frames) callback(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(starts).to.equal(1);
  });

  it('starts anyway where no frame comes', async () => {
    const frame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    let starts = 0;
    try {
      afterNextPaint(() => (starts += 1), 30);
      await new Promise((resolve) => setTimeout(resolve, 80));
    } finally {
      window.requestAnimationFrame = frame;
    }
    expect(starts).to.equal(1);
  });
});

describe('loadWidgetsOnDemand', () => {
  it('imports a widget present at start, and no other', async () => {
    const root = await mount<HTMLDivElement>(
      html`<div><saar-test-lazy-a></saar-test-lazy-a></div>`,
    );
    const { table, imports } = fakeTable(['saar-test-lazy-a', 'saar-test-lazy-b']);
    const loader = loadWidgetsOnDemand(table, root);
    expect(imports.get('saar-test-lazy-a')).to.equal(1);
    expect(imports.get('saar-test-lazy-b')).to.equal(0);
    loader.disconnect();
  });

  it('imports a widget once, when its tag first appears', async () => {
    const root = await mount<HTMLDivElement>(html`<div></div>`);
    const { table, imports } = fakeTable(['saar-test-lazy-c', 'saar-test-lazy-d']);
    const loader = loadWidgetsOnDemand(table, root);
    await microtasks();
    expect(imports.get('saar-test-lazy-c')).to.equal(0);

    const section = document.createElement('section');
    section.innerHTML = '<p><saar-test-lazy-c></saar-test-lazy-c></p>';
    root.append(section);
    await microtasks();
    expect(imports.get('saar-test-lazy-c')).to.equal(1);

    root.append(document.createElement('saar-test-lazy-c'));
    await microtasks();
    expect(imports.get('saar-test-lazy-c')).to.equal(1);
    expect(imports.get('saar-test-lazy-d')).to.equal(0);

    root.append(document.createElement('saar-test-lazy-d'));
    await loader.done;
    expect(imports.get('saar-test-lazy-d')).to.equal(1);
  });

  it('skips tags another copy of the library already registered', async () => {
    customElements.define('saar-test-lazy-defined', class extends HTMLElement {});
    const root = await mount<HTMLDivElement>(
      html`<div><saar-test-lazy-defined></saar-test-lazy-defined></div>`,
    );
    const { table, imports } = fakeTable(['saar-test-lazy-defined']);
    await loadWidgetsOnDemand(table, root).done;
    expect(imports.get('saar-test-lazy-defined')).to.equal(0);
  });

  it('reports a failed import and keeps loading the others', async () => {
    const root = await mount<HTMLDivElement>(
      html`<div>
        <saar-test-lazy-broken></saar-test-lazy-broken><saar-test-lazy-ok></saar-test-lazy-ok>
      </div>`,
    );
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    let loaded = false;
    try {
      await loadWidgetsOnDemand(
        {
          'saar-test-lazy-broken': () => Promise.reject(new Error('404')),
          'saar-test-lazy-ok': async () => void (loaded = true),
        },
        root,
      ).done;
    } finally {
      console.error = original;
    }
    expect(loaded).to.equal(true);
    expect(errors).to.have.length(1);
  });
});
