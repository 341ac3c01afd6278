import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

/** All three widgets together, as on the demo page. */
const meta: Meta = {
  title: 'Widgets/Overview',
};
export default meta;

export const AllThree: StoryObj = {
  name: 'All three',
  render: () => html`
    <strike-countdown
      start="2026-12-03T08:00"
      end="P2D"
      label="Junior doctors' strike"
      now="2026-11-30T12:00"
    >
      Junior doctors' strike: 08:00 on 3 December to 08:00 on 5 December.
    </strike-countdown>
    <quote-carousel>
      <figure>
        <blockquote>
          Seeing the way the public has been supporting the doctors has been so uplifting.
        </blockquote>
        <figcaption>Dr Louise Irvine, London GP</figcaption>
      </figure>
    </quote-carousel>
    <petition-counter count="219672" label="Fund the NHS properly"></petition-counter>
  `,
};
