import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/strike-countdown/define.js';

interface Args {
  start?: string;
  end?: string;
  periods?: string;
  timezone?: string;
  label?: string;
  href?: string;
  actionText?: string;
  calendar?: boolean;
  precision?: string;
  hideAfter?: boolean;
  now?: string;
  lang?: string;
  dark?: boolean;
}

/** Every story is frozen with `now`, so screenshots never change; clear `now` to see it tick. */
const meta: Meta<Args> = {
  title: 'Widgets/strike-countdown',
  component: 'strike-countdown',
  args: {
    start: '2026-12-03T08:00',
    end: 'P2D',
    periods: '',
    timezone: 'Europe/London',
    label: "Junior doctors' strike",
    href: 'https://example.org/picket-lines',
    actionText: 'Find your picket line',
    calendar: false,
    precision: 'seconds',
    hideAfter: false,
    now: '2026-11-30T06:58:30',
    lang: 'en',
    dark: false,
  },
  argTypes: {
    precision: { control: 'inline-radio', options: ['seconds', 'minutes'] },
    lang: { control: 'inline-radio', options: ['en', 'cy', 'fr'] },
    dark: { control: 'boolean', description: 'Dark theme via the --strike-* custom properties' },
  },
  render: (a) =>
    html`<strike-countdown
      lang=${a.lang || nothing}
      start=${a.start || nothing}
      end=${a.end || nothing}
      periods=${a.periods || nothing}
      timezone=${a.timezone || nothing}
      label=${a.label || nothing}
      href=${a.href || nothing}
      action-text=${a.actionText || nothing}
      ?calendar=${a.calendar}
      precision=${a.precision || nothing}
      ?hide-after=${a.hideAfter}
      now=${a.now || nothing}
      class=${a.dark ? 'dark' : ''}
      style=${
        a.dark
          ? '--strike-surface:#15141a;--strike-text:#f1eff4;--strike-muted:#c4c0cc;--strike-accent:#ff8a8a;--strike-on-accent:#15141a;--strike-line:#5b5863'
          : ''
      }
      ><p>
        Junior doctors' strike: from 08:00 on Thursday 3 December to 08:00 on Saturday 5 December.
      </p></strike-countdown
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const DaysAway: Story = {};
export const FinalMinute: Story = { args: { now: '2026-12-03T07:59:15' } };
export const DuringWithEnd: Story = { args: { now: '2026-12-04T10:00' } };
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
export const HideAfter: Story = { args: { now: '2026-12-06T09:00', hideAfter: true } };
export const Welsh: Story = {
  args: { lang: 'cy', label: 'Streic meddygon iau', actionText: 'Dewch o hyd i’ch llinell biced' },
};
export const DarkTheme: Story = { args: { dark: true } };
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
