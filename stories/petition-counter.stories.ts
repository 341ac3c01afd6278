import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/petition-counter/define.js';
import { customPropertyStyle, failRequests } from './helpers.js';

/**
 * Every story reads static mock data under /mock/ (stories/mock/, written from the tests' mock
 * UK Parliament API by .storybook/write-mock-data.mjs), never the internet: the same files in
 * `storybook dev` and in the static build. Petitions 700001–700010 are fixtures.
 */
interface Args {
  petition?: string;
  src?: string;
  'count-path'?: string;
  count?: string;
  goal?: string;
  interval?: string;
  label?: string;
  href?: string;
  'action-text'?: string;
  notation?: 'standard' | 'compact';
  lang?: string;
  [customProperty: `--${string}`]: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Widgets/Petition counter',
  component: 'petition-counter',
  tags: ['autodocs'],
  args: {
    petition: '/mock/petitions/700001',
    notation: 'standard',
  },
  argTypes: {
    // Until the manifest declares the union, the select is given here.
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
    interval: { control: { type: 'number', min: 10, step: 10 } },
  },
  render: (args) =>
    html`<petition-counter
      petition=${ifDefined(args.petition || undefined)}
      src=${ifDefined(args.src || undefined)}
      count-path=${ifDefined(args['count-path'] || undefined)}
      count=${ifDefined(args.count || undefined)}
      goal=${ifDefined(args.goal || undefined)}
      interval=${ifDefined(args.interval || undefined)}
      label=${ifDefined(args.label || undefined)}
      href=${ifDefined(args.href || undefined)}
      action-text=${ifDefined(args['action-text'] || undefined)}
      notation=${ifDefined(args.notation)}
      lang=${ifDefined(args.lang)}
      style=${customPropertyStyle(args) ?? nothing}
      ><a href="https://petition.parliament.uk/">Sign the petition</a></petition-counter
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** A UK Parliament petition below 10,000 signatures: the next milestone is a government response. */
export const UkBelow10k: Story = { name: 'UK petition below 10,000' };

/** Between 10,000 and 100,000: the next milestone is the debate threshold. */
export const UkBetween: Story = {
  name: 'UK petition between 10,000 and 100,000',
  args: { petition: '/mock/petitions/700002' },
};

/** Government response and debate held: the status lines. */
export const Debated: Story = { args: { petition: '/mock/petitions/700003' } };

/** A debate scheduled, not yet held. */
export const DebateScheduled: Story = { args: { petition: '/mock/petitions/700007' } };

/** Closed: read once, never polled. */
export const Closed: Story = { args: { petition: '/mock/petitions/700004' } };

/** Rejected. */
export const Rejected: Story = { args: { petition: '/mock/petitions/700005' } };

/**
 * Archived: on the real site the petition's JSON redirects to /archived/petitions/N.json, whose
 * `data.type` is "archived-petition"; read once.
 */
export const Archived: Story = { args: { petition: '/mock/petitions/700006' } };

/** Any JSON source with a path to the count, and an explicit goal. */
export const GenericJson: Story = {
  name: 'Generic JSON',
  args: {
    petition: undefined,
    src: '/mock/campaign.json',
    'count-path': 'campaign.supporters',
    goal: '5000',
    label: 'Open letter in support of the junior doctors',
    href: 'https://union.example/letter',
    'action-text': 'Add your name',
  },
};

/** A fixed count: no network at all. */
export const FixedCount: Story = {
  args: {
    petition: undefined,
    count: '1500',
    goal: '2000',
    label: 'Letters sent to MPs',
    href: '#',
  },
};

/** Compact notation ("220K"; en-GB writes "220k"). */
export const Compact: Story = {
  args: { petition: '/mock/petitions/700008', notation: 'compact' },
};

/**
 * Before any success: "count unavailable", and still the link to sign. The API answers HTTP 503
 * (stubbed in the page: a static server cannot send one).
 */
export const Unavailable: Story = {
  args: { petition: '/mock/petitions/700009' },
  beforeEach: () =>
    failRequests(['/mock/petitions/700009.json', '/mock/petitions/700009/count.json']),
};

/**
 * Stale after a failure: the first reading succeeds, every count.json answers HTTP 503 (stubbed
 * in the page). After one interval (10 s here) the last good count stays, with "Updated HH:MM".
 */
export const StaleAfterFailure: Story = {
  args: { petition: '/mock/petitions/700010', interval: '10' },
  beforeEach: () => failRequests(['/mock/petitions/700010/count.json']),
};

/** Welsh texts, numbers and dates. */
export const Welsh: Story = { args: { petition: '/mock/petitions/700003', lang: 'cy' } };

/** Arabic, right to left: digits and dates by `Intl` for `ar`, texts in English (the fallback). */
export const RightToLeftArabic: Story = {
  name: 'Right to left (Arabic)',
  args: {
    petition: '/mock/petitions/700002',
    lang: 'ar',
    label: 'موّلوا الخدمة الصحية الوطنية كما يجب',
  },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** Dark theme through the public custom properties. */
export const DarkTheme: Story = {
  args: {
    petition: '/mock/petitions/700002',
    '--strike-surface': '#1f1e24',
    '--strike-text': '#f1eff4',
    '--strike-muted': '#c4c0cc',
    '--strike-accent': '#ff8a8a',
    '--strike-on-accent': '#1c1b1f',
    '--strike-line': '#5b5863',
  },
};

/** Theming from the page's stylesheet: `::part()` and `--strike-*` custom properties. */
export const ThemedWithParts: Story = {
  name: 'Themed with ::part and custom properties',
  args: { petition: '/mock/petitions/700002' },
  render: (args, context) => html`
    <style>
      .themed-counter petition-counter {
        --strike-accent: #6b2c91;
        --strike-surface: #faf7fc;
        --strike-radius: 1rem;
        --strike-petition-count-size: 3.5rem;
      }
      .themed-counter petition-counter::part(count) {
        color: #6b2c91;
        font-weight: 900;
      }
      .themed-counter petition-counter::part(label) {
        font-style: italic;
      }
      .themed-counter petition-counter::part(action) {
        text-transform: uppercase;
      }
    </style>
    <div class="themed-counter">${meta.render!(args, context)}</div>
  `,
};

/** Error view: no source at all. */
export const ErrorMissingSource: Story = { args: { petition: undefined } };

/** Error view: a petition that is neither a number nor a URL. */
export const ErrorBadPetition: Story = { args: { petition: 'Fund the NHS' } };

/** Error view: a count that is not a number. */
export const ErrorBadCount: Story = { args: { petition: undefined, count: 'lots' } };

/** Error view: a petition that does not exist (404). */
export const ErrorNotFound: Story = { args: { petition: '/mock/petitions/999999' } };

/**
 * A source whose body is not JSON (a captive portal's page, a truncated body): a failure the
 * counter retries with backoff, not a configuration error, so it says the count is unavailable
 * and still offers the link.
 */
export const UnreadableJson: Story = {
  name: 'Unreadable JSON (retried)',
  args: { petition: undefined, src: '/mock/not-json.txt', 'count-path': 'campaign.supporters' },
};

/** Error view: a count-path that finds nothing. */
export const ErrorPathFindsNothing: Story = {
  args: { petition: undefined, src: '/mock/total.json', 'count-path': 'data.count' },
};

/** Error view: a goal that is not a positive number. */
export const ErrorBadGoal: Story = { args: { goal: '-10' } };
