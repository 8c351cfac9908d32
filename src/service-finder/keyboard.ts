/** Keyboard movement through a list of options (WAI-ARIA combobox with listbox). */

/**
 * The option that becomes active after `key`, or `undefined` when the key does not move.
 * `current` is -1 when no option is active. Arrow keys wrap, as the APG combobox example does.
 */
export function nextActiveIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return current < 0 ? undefined : 0;
    case 'End':
      return current < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}
