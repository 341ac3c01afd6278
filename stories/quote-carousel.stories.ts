import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/quote-carousel/define.js';
import { customPropertyStyle } from './helpers.js';

/**
 * Twenty short excerpts from the seed testimonials, with the attribution each text gives:
 * stories/mock/quotes.json (a copy of test/fixtures/quotes-20.json), served by Storybook's
 * staticDirs at a real URL in dev and in the static build. (Imported with `?url`, Vite inlined it
 * as a `data:` URL, which the widget rightly refuses.)
 */
const QUOTES_URL = '/mock/quotes.json';

/** The attributes, by their names, and any `--strike-*` custom property the controls set. */
interface Args {
  src: string;
  autoplay: boolean;
  interval: string;
  shuffle: boolean;
  label: string;
  index: number;
  [customProperty: `--${string}`]: string | undefined;
}

/** The fallback content a page author writes: excerpts from the seed texts. */
const seeds = html`
  <figure>
    <blockquote>
      I am at the complete mercy of the NHS. And I am entirely in support of the junior doctors'
      strike.
    </blockquote>
    <figcaption>A patient, Barts hospital, London</figcaption>
  </figure>
  <figure>
    <blockquote>
      Hunt has responded to the strikes with aggression and that is all he will understand in
      return. The BMA needs to up its game.
    </blockquote>
    <figcaption>Dr Louise Irvine, London GP</figcaption>
  </figure>
  <figure>
    <blockquote>Striking is an act of desperation.</blockquote>
    <figcaption>A supporter</figcaption>
  </figure>
  <blockquote>
    It is still their fight, but they need us to be behind them. We are, after all, One Profession.
    <footer>A doctor</footer>
  </blockquote>
`;

const long = html`
  <figure>
    <blockquote>
      There are a growing number of campaigns around the country defending local services as well as
      national campaigns to raise awareness and exert political pressure for change. We have had
      some successes. For example, the success of our campaign in Lewisham. But many setbacks.
      Because it's been difficult to translate the obvious public support for the NHS into action to
      defend it. Partly because the NHS still seems to be coping. Given the huge pressures on the
      NHS that is amazing and entirely due to the millions of hours of extra unpaid work that NHS
      staff do each year.
    </blockquote>
    <figcaption>Dr Louise Irvine, London GP</figcaption>
  </figure>
  <figure>
    <blockquote>Something is changing; the cracks are starting to show.</blockquote>
    <figcaption>Dr Louise Irvine, London GP</figcaption>
  </figure>
`;

const welsh = html`
  <figure>
    <blockquote>
      I am at the complete mercy of the NHS. And I am entirely in support of the junior doctors'
      strike.
    </blockquote>
    <figcaption>A patient, Barts hospital, London</figcaption>
  </figure>
  <figure>
    <blockquote>Something is changing; the cracks are starting to show.</blockquote>
    <figcaption>Dr Louise Irvine, London GP</figcaption>
  </figure>
`;

/** Translations (ours) of excerpts from the seed testimonials, with their attributions. */
const arabic = html`
  <figure>
    <blockquote>
      أنا تحت رحمة الخدمة الصحية الوطنية تمامًا. وأنا أؤيد إضراب الأطباء المبتدئين تأييدًا كاملًا.
    </blockquote>
    <figcaption>مريض، مستشفى بارتس، لندن (ترجمة عن الإنجليزية)</figcaption>
  </figure>
  <figure>
    <blockquote>الإضراب فعلُ يأس.</blockquote>
    <figcaption>أحد المؤيدين (ترجمة عن الإنجليزية)</figcaption>
  </figure>
  <figure>
    <blockquote>
      يحظى الأطباء المبتدئون بالثقة في كل أنحاء البلاد، في كل ساعة من كل أسبوع، لرعاية صحة مرضاهم.
    </blockquote>
    <figcaption>أحد المؤيدين (ترجمة عن الإنجليزية)</figcaption>
  </figure>
  <figure>
    <blockquote>شيءٌ ما يتغيّر؛ بدأت الشقوق تظهر.</blockquote>
    <figcaption>الدكتورة لويز إرفاين، طبيبة عامة في لندن (ترجمة عن الإنجليزية)</figcaption>
  </figure>
`;

const carousel = (a: Args, content: TemplateResult | typeof nothing = seeds) =>
  html`<quote-carousel
    src=${ifDefined(a.src || undefined)}
    ?autoplay=${a.autoplay}
    interval=${a.interval}
    ?shuffle=${a.shuffle}
    label=${ifDefined(a.label || undefined)}
    index=${a.index}
    style=${customPropertyStyle(a) ?? nothing}
    >${content}</quote-carousel
  >`;

/** Stories that set `parameters.reducedMotion` switch all widgets to reduced motion while shown. */
let weSetMotion = false;

const meta: Meta<Args> = {
  title: 'Widgets/Quote carousel',
  component: 'quote-carousel',
  tags: ['autodocs'],
  args: { src: '', autoplay: false, interval: 'auto', shuffle: false, label: '', index: 0 },
  argTypes: {
    // `auto` or seconds per quote (never under 5).
    interval: { control: 'select', options: ['auto', '5', '8', '10', '15', '30'] },
    index: { control: { type: 'number', min: 0 } },
  },
  decorators: [
    (story, { parameters }) => {
      const root = document.documentElement;
      if (parameters.reducedMotion) {
        weSetMotion = true;
        root.setAttribute('data-strike-reduced-motion', '');
      } else if (weSetMotion) {
        weSetMotion = false;
        root.removeAttribute('data-strike-reduced-motion');
      }
      return html`<div style="max-width: 40rem">${story()}</div>`;
    },
  ],
  render: (a) => carousel(a),
};
export default meta;

type Story = StoryObj<Args>;

/** Quotes from the element's children (also what shows before the script runs). */
export const FromChildren: Story = {};

/** Quotes from a JSON file (`src`): the twenty seed excerpts. */
export const FromJson: Story = {
  name: 'From JSON',
  args: { src: QUOTES_URL },
  render: (a) => carousel(a, nothing),
};

/** Rotating: the play/pause button comes first; hover pauses; focus or any control stops it. */
export const Autoplay: Story = { args: { autoplay: true } };

/** Autoplay stopped (what a visitor gets after pressing pause or using a control). */
export const Paused: Story = {
  args: { autoplay: true },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('quote-carousel');
    canvasElement.querySelector('quote-carousel')!.pause();
  },
};

/** Under reduced motion: no autoplay (play still works), no fade. */
export const ReducedMotion: Story = {
  args: { autoplay: true },
  parameters: { reducedMotion: true },
};

/** A long quote beside a short one: the height stays that of the longest. */
export const LongQuote: Story = { render: (a) => carousel(a, long) };

/** A single quote: no controls. */
export const SingleQuote: Story = {
  render: (a) =>
    carousel(
      a,
      html`<figure>
        <blockquote>Striking is an act of desperation.</blockquote>
        <figcaption>A supporter</figcaption>
      </figure>`,
    ),
};

/** Welsh controls and slide names (the quotes themselves are as written). */
export const Welsh: Story = {
  args: { autoplay: true },
  render: (a) => html`<div lang="cy">${carousel(a, welsh)}</div>`,
};

/**
 * Arabic, right to left: the arrows, the arrow keys and swipes are mirrored. The quotes are our
 * translations of excerpts from the seed testimonials, marked as such in each attribution; the
 * controls speak English (the fallback for languages without built-in texts).
 */
export const RightToLeftArabic: Story = {
  name: 'Right to left (Arabic)',
  render: (a) => html`<div dir="rtl" lang="ar">${carousel(a, arabic)}</div>`,
};

/** A dark theme through the public custom properties. */
export const DarkTheme: Story = {
  args: { autoplay: true },
  render: (a) =>
    html`<div
      style="padding: 1rem; background: #111; --strike-surface: #1f1e24; --strike-text: #f1eff4;
        --strike-muted: #c4c0cc; --strike-accent: #ff8a8a; --strike-line: #5b5863"
    >
      ${carousel(a)}
    </div>`,
};

/** Theming from the page's stylesheet: `::part()` and `--strike-*` custom properties. */
export const ThemedWithParts: Story = {
  name: 'Themed with ::part and custom properties',
  render: (a) => html`
    <style>
      .themed-carousel quote-carousel {
        --strike-accent: #b3261e;
        --strike-surface: #fff8f0;
        --strike-radius: 0.25rem;
        --strike-font: Georgia, 'Times New Roman', serif;
      }
      .themed-carousel quote-carousel::part(text) {
        font-size: 1.25rem;
        font-style: italic;
      }
      .themed-carousel quote-carousel::part(attribution) {
        font-weight: 700;
        color: #b3261e;
      }
      .themed-carousel quote-carousel::part(previous),
      .themed-carousel quote-carousel::part(next) {
        border-radius: 50%;
      }
    </style>
    <div class="themed-carousel">${carousel(a)}</div>
  `,
};

/** The error view: no quote at all. */
export const ErrorNoQuotes: Story = {
  render: (a) => carousel(a, html`<p>Quotes coming soon.</p>`),
};

/** The error view: `src` fails and there are no child quotes. */
export const ErrorBadSource: Story = {
  args: { src: '/no-such-file.json' },
  render: (a) => carousel(a, nothing),
};
