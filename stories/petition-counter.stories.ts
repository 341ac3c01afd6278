import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/petition-counter/define.js';

/**
 * Every story reads the local mock API (test/mock-api.mjs, served under /mock/ by Storybook's
 * dev server), never the internet. Petitions 700001–700006 are fixed fixtures; `/mock/control`
 * sets up the failing ones.
 */
type Args = {
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
  style?: string;
};

/** Sets up a mock scenario (see test/mock-api.mjs) before the story renders. */
const mock = (params: Record<string, string>) => async () => {
  await fetch(`/mock/control?${new URLSearchParams(params)}`);
  return {};
};

const meta: Meta<Args> = {
  title: 'Widgets/petition-counter',
  component: 'petition-counter',
  args: {
    petition: '/mock/petitions/700001',
    src: undefined,
    'count-path': undefined,
    count: undefined,
    goal: undefined,
    interval: undefined,
    label: undefined,
    href: undefined,
    'action-text': undefined,
    notation: 'standard',
    lang: 'en',
  },
  argTypes: {
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
    lang: { control: 'inline-radio', options: ['en', 'cy', 'fr', 'de'] },
  },
  render: (a) =>
    html`<petition-counter
      petition=${ifDefined(a.petition)}
      src=${ifDefined(a.src)}
      count-path=${ifDefined(a['count-path'])}
      count=${ifDefined(a.count)}
      goal=${ifDefined(a.goal)}
      interval=${ifDefined(a.interval)}
      label=${ifDefined(a.label)}
      href=${ifDefined(a.href)}
      action-text=${ifDefined(a['action-text'])}
      notation=${ifDefined(a.notation)}
      lang=${ifDefined(a.lang)}
      style=${ifDefined(a.style)}
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
export const DebateScheduled: Story = {
  loaders: [mock({ key: 'story-scheduled', count: '123456', scheduled_debate_date: '2027-01-18' })],
  args: { petition: '/mock/k/story-scheduled/petitions/1' },
};

/** Closed: read once, never polled. */
export const Closed: Story = { args: { petition: '/mock/petitions/700004' } };

/** Rejected. */
export const Rejected: Story = { args: { petition: '/mock/petitions/700005' } };

/** Archived: the petition's JSON redirects to /archived/petitions/N.json; read once. */
export const Archived: Story = { args: { petition: '/mock/petitions/700006' } };

/** Any JSON source with a path to the count, and an explicit goal. */
export const GenericJson: Story = {
  name: 'Generic JSON',
  args: {
    petition: undefined,
    src: `/mock/json?body=${encodeURIComponent('{"campaign":{"supporters":3412}}')}`,
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

/** Compact notation ("220K"). */
export const Compact: Story = {
  loaders: [mock({ key: 'story-compact', count: '219672' })],
  args: { petition: '/mock/k/story-compact/petitions/1', notation: 'compact' },
};

/** Before any success: "count unavailable", and still the link to sign. */
export const Unavailable: Story = {
  loaders: [mock({ key: 'story-unavailable', on: '1.json', status: '503', cache: 'no-store' })],
  args: { petition: '/mock/k/story-unavailable/petitions/1' },
};

/**
 * Stale after a failure: the first reading succeeds, every count.json fails. After one interval
 * (10 s here) the last good count stays, with "Updated HH:MM".
 */
export const StaleAfterFailure: Story = {
  loaders: [mock({ key: 'story-stale', count: '54210', status: '503', cache: 'no-store' })],
  args: { petition: '/mock/k/story-stale/petitions/1', interval: '10' },
};

/** Welsh texts, numbers and dates. */
export const Welsh: Story = { args: { petition: '/mock/petitions/700003', lang: 'cy' } };

/** Dark theme through the public custom properties. */
export const DarkTheme: Story = {
  args: {
    petition: '/mock/petitions/700002',
    style:
      '--strike-surface:#1f1e24;--strike-text:#f1eff4;--strike-muted:#c4c0cc;--strike-accent:#ff8a8a;--strike-on-accent:#1c1b1f;--strike-line:#5b5863',
  },
};

/** Error view: no source at all. */
export const ErrorMissingSource: Story = { args: { petition: undefined } };

/** Error view: a petition that is neither a number nor a URL. */
export const ErrorBadPetition: Story = { args: { petition: 'Fund the NHS' } };

/** Error view: a count that is not a number. */
export const ErrorBadCount: Story = { args: { petition: undefined, count: 'lots' } };

/** Error view: a petition that does not exist (404). */
export const ErrorNotFound: Story = { args: { petition: '/mock/petitions/999999' } };

/** Error view: JSON that does not parse. */
export const ErrorMalformedJson: Story = {
  loaders: [mock({ key: 'story-malformed', on: '1.json', malformed: '1' })],
  args: { petition: '/mock/k/story-malformed/petitions/1' },
};

/** Error view: a count-path that finds nothing. */
export const ErrorPathFindsNothing: Story = {
  args: {
    petition: undefined,
    src: `/mock/json?body=${encodeURIComponent('{"total":5}')}`,
    'count-path': 'data.count',
  },
};

/** Error view: a goal that is not a positive number. */
export const ErrorBadGoal: Story = { args: { goal: '-10' } };
