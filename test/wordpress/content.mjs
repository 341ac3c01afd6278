// The posts the WordPress test creates: the three widgets as shortcodes and as pasted tags, in
// Classic form (no block markup, so wpautop runs) and in block form, with fallback text and
// quotes from the seed testimonials (/work/shared/seeds/).

/** Text each widget's fallback carries: it must not be shown outside the widget. */
export const FALLBACK = {
  countdown: "Junior doctors' strike: 48 hours from 08:00 on Thursday 3 December 2026.",
  counter: 'Sign the petition: Fund the NHS properly',
};

export const QUOTES = [
  {
    text: "I am at the complete mercy of the NHS. And I am entirely in support of the junior doctors' strike.",
    by: 'A patient at Barts hospital, London',
  },
  {
    text: 'Seeing the way the public has been supporting the doctors has been so uplifting.',
    by: 'Dr Louise Irvine, London GP',
  },
  {
    text: 'Striking is an act of desperation.',
    by: 'A junior doctor',
  },
];

const figure = ({ text, by }) =>
  `<figure><blockquote>${text}</blockquote><figcaption>${by}</figcaption></figure>`;

const COUNTDOWN_ATTRIBUTES =
  'start="2026-12-03T08:00" end="P2D" label="Junior doctors\' strike" href="https://example.org/pickets"';
// Frozen before the strike (no ticking), so what the page shows does not depend on today's date.
const NOW = 'now="2026-12-01T10:00Z"';
const COUNTER_ATTRIBUTES =
  'count="219672" goal="250000" label="Fund the NHS properly" href="https://petition.parliament.uk/petitions/700123"';

/** Shortcodes as a Classic-editor user types them: each on its own lines, blank lines between. */
export const classicShortcodes = `Our strike starts on Thursday.

[strike_countdown ${COUNTDOWN_ATTRIBUTES} action_text="Find your picket line" ${NOW}]
${FALLBACK.countdown}
[/strike_countdown]

What patients and doctors say:

[quote_carousel label="What they say"]
${figure(QUOTES[0])}

${figure(QUOTES[1])}
${figure(QUOTES[2])}
[/quote_carousel]

[petition_counter ${COUNTER_ATTRIBUTES} action-text="Sign now"]${FALLBACK.counter}[/petition_counter]

Thank you for your support.`;

/** The README's tags pasted in the Classic editor's Text tab: wpautop runs over them. */
export const classicTags = `Our strike starts on Thursday.

<strike-countdown ${COUNTDOWN_ATTRIBUTES} action-text="Find your picket line" ${NOW}>
  <p>${FALLBACK.countdown} <a href="https://example.org/pickets">Find your picket line</a></p>
</strike-countdown>

<quote-carousel>
  ${figure(QUOTES[0])}
  ${figure(QUOTES[1])}
  ${figure(QUOTES[2])}
</quote-carousel>

<petition-counter ${COUNTER_ATTRIBUTES}>
  <p><a href="https://petition.parliament.uk/petitions/700123">${FALLBACK.counter}</a></p>
</petition-counter>

Thank you for your support.`;

/** Block editor content: a Shortcode block, a Custom HTML block, shortcode and tag in Paragraphs. */
export const blocks = `<!-- wp:paragraph -->
<p>Our strike starts on Thursday.</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[strike_countdown ${COUNTDOWN_ATTRIBUTES} action_text="Find your picket line" ${NOW}]
${FALLBACK.countdown}
[/strike_countdown]
<!-- /wp:shortcode -->

<!-- wp:html -->
<quote-carousel>
  ${QUOTES.map(figure).join('\n  ')}
</quote-carousel>
<!-- /wp:html -->

<!-- wp:paragraph -->
<p>[petition_counter ${COUNTER_ATTRIBUTES}]${FALLBACK.counter}[/petition_counter]</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p><strike-countdown ${COUNTDOWN_ATTRIBUTES} ${NOW}>Junior doctors' strike from 3 December.</strike-countdown></p>
<!-- /wp:paragraph -->`;

/** A post with no widget: the script must not be loaded there. */
export const noWidget = `<!-- wp:paragraph -->
<p>Nothing to count down here. [not_a_shortcode] Quote carousels are elsewhere.</p>
<!-- /wp:paragraph -->`;

/** Every post: name => { role, content, widgets (tags expected on the page, in order) }. */
export const POSTS = Object.fromEntries(
  ['administrator', 'author'].flatMap((role) => [
    [
      `classic-shortcodes-${role}`,
      {
        role,
        content: classicShortcodes,
        widgets: ['strike-countdown', 'quote-carousel', 'petition-counter'],
      },
    ],
    [
      `classic-tags-${role}`,
      {
        role,
        content: classicTags,
        widgets: ['strike-countdown', 'quote-carousel', 'petition-counter'],
      },
    ],
    [
      `blocks-${role}`,
      {
        role,
        content: blocks,
        widgets: ['strike-countdown', 'quote-carousel', 'petition-counter', 'strike-countdown'],
      },
    ],
    [`no-widget-${role}`, { role, content: noWidget, widgets: [] }],
  ]),
);

/** Hostile shortcodes for the escaping check: name => shortcode. */
export const HOSTILE = {
  quoteBreakout: `[strike_countdown start="2026-12-03T08:00" label='"><script>alert(1)</script>']x[/strike_countdown]`,
  javascriptHref: `[strike_countdown start="2026-12-03T08:00" href="javascript:alert(1)" action_text="Go"]x[/strike_countdown]`,
  mixedCaseScheme: `[petition_counter count="5" href=" JavaScript:alert(1)"]x[/petition_counter]`,
  dataUrl: `[quote_carousel src="data:application/json,[]"]${figure(QUOTES[1])}[/quote_carousel]`,
  javascriptPetition: `[petition_counter petition="javascript:alert(1)"]x[/petition_counter]`,
  eventHandler: `[petition_counter count="5" onclick="alert(1)" onmouseover=alert(1)]x[/petition_counter]`,
  attributeBreakout: `[petition_counter count='5" onmouseover="alert(1)']x[/petition_counter]`,
  goodUrls: `[petition_counter petition="https://petition.parliament.uk/petitions/700123" href="/sign?a=1&b=2"]x[/petition_counter]`,
  booleans: `[quote_carousel autoplay shuffle="no" label="Quotes"]${figure(QUOTES[1])}[/quote_carousel]`,
};

/** Shortcodes as pasted from a word processor: typographic quotes, a petition URL with no scheme. */
export const PASTED = {
  typographicQuotes: `[petition_counter petition=“700123” label=“Junior doctors’ strike” action_text=‘Sign now’]x[/petition_counter]`,
  noScheme: `[petition_counter petition="petition.parliament.uk/petitions/700123"]x[/petition_counter]`,
};

/** What an Author pastes with hostile attributes: kses must strip them when the post is saved. */
export const hostileTag = `<!-- wp:html -->
<strike-countdown start="2026-12-03T08:00" onclick="alert(1)" href="javascript:alert(1)" label="Strike">Strike on 3 December.</strike-countdown>
<!-- /wp:html -->`;
