/**
 * The design tokens every widget shares. Switch the theme in the toolbar to see them in the
 * dark colour scheme and with a town's brand colour; for forced colours, use the browser's
 * emulation (Chrome DevTools › Rendering › "Emulate CSS media feature forced-colors").
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './tokens-preview.js';

const meta: Meta = {
  title: 'Foundations/Design tokens',
  render: (args) => html`<saar-tokens-preview group=${args['group']}></saar-tokens-preview>`,
  argTypes: {
    group: {
      control: 'select',
      options: ['color', 'typography', 'space', 'shape', 'focus', 'motion'],
    },
  },
};
export default meta;

type Story = StoryObj;

/** Colours in light and dark, their forced-colours system colours, and their contrast. */
export const Colours: Story = { args: { group: 'color' } };

/** The system font stack and the type scale. */
export const Typography: Story = { args: { group: 'typography' } };

/** The spacing scale. */
export const Spacing: Story = { args: { group: 'space' } };

/** Corner radii and the 44 px target size. */
export const Shape: Story = { args: { group: 'shape' } };

/** The focus ring on primary and secondary buttons. */
export const FocusRing: Story = { args: { group: 'focus' } };

/** Transition timing (zero under reduced motion). */
export const Motion: Story = { args: { group: 'motion' } };

/** The same colours in the dark colour scheme, whatever the toolbar says. */
export const ColoursDark: Story = {
  args: { group: 'color' },
  render: () =>
    html`<div style="color-scheme: dark; background: Canvas; padding: 1rem">
      <saar-tokens-preview group="color"></saar-tokens-preview>
    </div>`,
};
