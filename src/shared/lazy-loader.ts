/**
 * The CDN entry's loader: imports a widget's code only when its tag appears in the document.
 *
 * This module stays in the entry chunk (see rollup.config.mjs), so it must import nothing: the
 * entry has a budget of 3 kB gzip and must not pull Lit before a widget is on the page.
 */

/** Tag name → a function importing the module that registers that tag. */
export type WidgetTable = Readonly<Record<string, () => Promise<unknown>>>;

/** A running loader. */
export interface WidgetLoader {
  /** Resolves once every tag of the table is registered or has been imported. */
  readonly done: Promise<void>;
  /** Stops watching the document for tags not seen yet. */
  disconnect(): void;
}

/**
 * Imports each table entry whose tag is on the page now, and watches `root` for the others,
 * importing each once when it first appears; stops watching when all are loaded. Tags already
 * registered (by another copy of the library) are skipped. Tags that appear only inside another
 * component's shadow root are not seen: that component imports what it uses.
 */
export function loadWidgetsOnDemand(
  table: WidgetTable,
  root: ParentNode & Node = document,
  registry: CustomElementRegistry = customElements,
): WidgetLoader {
  const waiting = new Set(Object.keys(table));
  const imports: Promise<unknown>[] = [];
  let observer: MutationObserver | undefined;
  let finish!: () => void;
  const allStarted = new Promise<void>((resolve) => (finish = resolve));

  const scan = () => {
    for (const tag of waiting) {
      if (registry.get(tag)) {
        waiting.delete(tag);
      } else if (root.querySelector(tag)) {
        waiting.delete(tag);
        imports.push(
          table[tag]!().catch((error: unknown) =>
            console.error(`saar-portal: could not load <${tag}>`, error),
          ),
        );
      }
    }
    if (waiting.size === 0) {
      observer?.disconnect();
      finish();
    }
  };

  scan();
  if (waiting.size > 0) {
    observer = new MutationObserver(scan);
    observer.observe(root, { childList: true, subtree: true });
  }
  return {
    done: allStarted.then(() => Promise.all(imports)).then(() => undefined),
    disconnect: () => observer?.disconnect(),
  };
}

/**
 * Runs `start` once the page has painted (the next frame, then a task), or after `fallbackMs`
 * where no frame comes (a tab in the background paints nothing).
 */
export function afterNextPaint(start: () => void, fallbackMs = 50): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}
