import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/strike-countdown/define.js';
import { customPropertyStyle } from './helpers.js';

/** The attributes, by their names, and any `--strike-*` custom property the controls set. */
interface Args {
  start?: string;
  end?: string;
  periods?: string;
  timezone?: string;
  label?: string;
  href?: string;
  'action-text'?: string;
  calendar?: boolean;
  precision?: 'seconds' | 'minutes';
  'hide-after'?: boolean;
  /** A date-time as written, or a time value from the date control. */
  now?: string | number;
  lang?: string;
  [customProperty: `--${string}`]: string | undefined;
}

/** The date control gives a time value; the attribute takes ISO 8601. */
const asDateTime = (value: string | number | undefined) =>
  typeof value === 'number' ? new Date(value).toISOString() : value || undefined;

const fallback = html`<p>
  Junior doctors' strike: from 08:00 on Thursday 3 December to 08:00 on Saturday 5 December.
</p>`;

const countdown = (args: Args, content: TemplateResult = fallback) =>
  html`<strike-countdown
    lang=${ifDefined(args.lang)}
    start=${ifDefined(args.start || undefined)}
    end=${ifDefined(args.end || undefined)}
    periods=${ifDefined(args.periods || undefined)}
    timezone=${ifDefined(args.timezone || undefined)}
    label=${ifDefined(args.label || undefined)}
    href=${ifDefined(args.href || undefined)}
    action-text=${ifDefined(args['action-text'] || undefined)}
    ?calendar=${args.calendar}
    precision=${ifDefined(args.precision)}
    ?hide-after=${args['hide-after']}
    now=${ifDefined(asDateTime(args.now))}
    style=${customPropertyStyle(args) ?? nothing}
    >${content}</strike-countdown
  >`;

/**
 * Every story is frozen with `now`, so screenshots never change: clear `now` to see it tick.
 * The toolbar switches language, theme and motion for all stories.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Strike countdown',
  component: 'strike-countdown',
  tags: ['autodocs'],
  args: {
    start: '2026-12-03T08:00',
    end: 'P2D',
    periods: '',
    timezone: 'Europe/London',
    label: "Junior doctors' strike",
    href: 'https://example.org/picket-lines',
    'action-text': 'Find your picket line',
    calendar: false,
    precision: 'seconds',
    'hide-after': false,
    now: '2026-11-30T06:58:30',
  },
  argTypes: {
    // Until the manifest declares the union, the select is given here.
    precision: { control: 'inline-radio', options: ['seconds', 'minutes'] },
    now: {
      control: 'date',
      description:
        'Show the countdown as at this date-time, frozen. The date picker writes an instant in UTC; ' +
        'type a date-time without an offset in the text of a story to mean wall-clock time in `timezone`.',
    },
    start: {
      description: 'ISO 8601: `2026-12-03T08:00` (in `timezone`), `2026-12-03T08:00Z` or a date.',
    },
    end: { description: 'A date-time, or a duration from `start`: `P2D`, `PT48H`.' },
    periods: {
      description: 'Rounds as ISO 8601 intervals: `2026-12-03T08:00/P2D 2026-12-17T08:00/P2D`.',
    },
  },
  render: (args) => countdown(args),
};
export default meta;
type Story = StoryObj<Args>;

export const DaysAway: Story = {};
export const FinalMinute: Story = { args: { now: '2026-12-03T07:59:15' } };
export const DuringWithEnd: Story = {
  name: 'During, with an end',
  args: { now: '2026-12-04T10:00' },
};
export const OpenEnded: Story = { args: { end: '', now: '2026-12-05T10:00' } };
export const BetweenRounds: Story = {
  args: {
    start: '',
    end: '',
    periods: '2026-12-03T08:00/P2D 2026-12-17T08:00/P2D 2027-01-07T08:00/PT24H',
    now: '2026-12-10T12:00',
  },
};
export const After: Story = { args: { now: '2026-12-06T09:00' } };
export const HideAfter: Story = { args: { now: '2026-12-06T09:00', 'hide-after': true } };

/** The page author's own messages, in the `before`, `during` and `after` slots. */
const ownMessages = html`
  <p slot="before">We walk out at 08:00 on Thursday. Bring a flask and a friend.</p>
  <p slot="during">We are on strike now. Thank you for not crossing the picket line.</p>
  <p slot="after">The strike is over. Thank you to everyone who stood with us.</p>
  ${fallback}
`;

/** Slotted message before the strike (`slot="before"`). */
export const OwnMessageBefore: Story = { render: (args) => countdown(args, ownMessages) };
/** Slotted message while the strike is on (`slot="during"`). */
export const OwnMessageDuring: Story = {
  args: { now: '2026-12-04T10:00' },
  render: (args) => countdown(args, ownMessages),
};
/** Slotted message after the strike (`slot="after"`). */
export const OwnMessageAfter: Story = {
  args: { now: '2026-12-06T09:00' },
  render: (args) => countdown(args, ownMessages),
};

/**
 * What a site owner sees with `#strike-preview=2026-12-04T10:00` at the end of the page's
 * address: every countdown as at that time, frozen, with the "preview" marker (`part="preview"`).
 * The story sets the address's hash while shown.
 */
export const PreviewFromAddress: Story = {
  name: 'Preview from the address (#strike-preview)',
  args: { now: '' },
  beforeEach: () => {
    const address = new URL(location.href);
    history.replaceState(
      history.state,
      '',
      `${address.pathname}${address.search}#strike-preview=2026-12-04T10:00`,
    );
    return () => history.replaceState(history.state, '', `${address.pathname}${address.search}`);
  },
};

export const Welsh: Story = {
  args: {
    lang: 'cy',
    label: 'Streic meddygon iau',
    'action-text': 'Dewch o hyd i’ch llinell biced',
  },
};

/** Arabic, right to left: numbers and dates by `Intl` for `ar`, texts in English (the fallback). */
export const RightToLeftArabic: Story = {
  name: 'Right to left (Arabic)',
  args: { lang: 'ar', label: 'إضراب الأطباء المبتدئين', 'action-text': 'اعثر على خط الاعتصام' },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${countdown(args, html`<p>إضراب الأطباء المبتدئين: من الساعة 08:00 يوم 3 ديسمبر إلى الساعة 08:00 يوم 5 ديسمبر.</p>`)}
    </div>`,
};

export const DarkTheme: Story = {
  args: {
    '--strike-surface': '#15141a',
    '--strike-text': '#f1eff4',
    '--strike-muted': '#c4c0cc',
    '--strike-accent': '#ff8a8a',
    '--strike-on-accent': '#15141a',
    '--strike-line': '#5b5863',
  },
};

/**
 * Theming from the page's stylesheet: `::part()` for the numbers, label and call to action, and
 * the `--strike-*` custom properties on the host.
 */
export const ThemedWithParts: Story = {
  name: 'Themed with ::part and custom properties',
  render: (args) => html`
    <style>
      .themed-countdown strike-countdown {
        --strike-accent: #00594f;
        --strike-on-accent: #ffffff;
        --strike-surface: #f3f7f1;
        --strike-line: #00594f;
        --strike-radius: 0;
        --strike-font: Georgia, 'Times New Roman', serif;
      }
      .themed-countdown strike-countdown::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
      .themed-countdown strike-countdown::part(days),
      .themed-countdown strike-countdown::part(hours),
      .themed-countdown strike-countdown::part(minutes),
      .themed-countdown strike-countdown::part(seconds) {
        color: #00594f;
        font-weight: 800;
      }
      .themed-countdown strike-countdown::part(action) {
        border-radius: 999px;
      }
    </style>
    <div class="themed-countdown">${countdown(args)}</div>
  `,
};

export const MinutesPrecision: Story = { args: { precision: 'minutes' } };
export const CalendarButton: Story = {
  args: {
    calendar: true,
    start: '',
    end: '',
    periods: '2026-12-03T08:00/P2D 2026-12-17T08:00/P2D',
  },
};
export const NewYorkAcrossDaylightSaving: Story = {
  args: {
    timezone: 'America/New_York',
    start: '2026-10-31T08:00',
    end: 'P2D',
    now: '2026-10-30T08:00',
  },
};
/** Not frozen: ticks live towards 7 January 2027. */
export const Live: Story = { args: { start: '2027-01-07T08:00', now: '' } };

// Errors: each shows the error view in place and sets phase="error".
export const ErrorUnparseableStart: Story = { args: { start: 'next Thursday' } };
export const ErrorEndBeforeStart: Story = { args: { end: '2026-12-01T08:00' } };
export const ErrorZeroDuration: Story = { args: { end: 'PT0H' } };
export const ErrorNegativeDuration: Story = { args: { end: '-P2D' } };
export const ErrorOverlappingPeriods: Story = {
  args: { start: '', end: '', periods: '2026-12-03T08:00/P2D 2026-12-04T08:00/P2D' },
};
export const ErrorUnorderedPeriods: Story = {
  args: { start: '', end: '', periods: '2026-12-17T08:00/P2D 2026-12-03T08:00/P2D' },
};
export const ErrorUnknownTimeZone: Story = { args: { timezone: 'Europe/Cardiff' } };
export const ErrorNoStart: Story = { args: { start: '', end: '' } };
export const ErrorUnsafeLink: Story = { args: { href: 'javascript:alert(1)' } };
