<?php
/**
 * The shortcodes [strike_countdown], [quote_carousel] and [petition_counter].
 *
 * Shortcodes run after wpautop (do_shortcode is on the_content at 11, wpautop and
 * shortcode_unautop at 10), so the content they enclose arrives with the paragraphs wpautop
 * wrote around it. Their output is not passed through wpautop again.
 *
 * @package StrikeWidgets
 */

namespace StrikeWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Shortcode name => widget tag.
 *
 * @return array<string, string>
 */
function shortcode_tags(): array {
	return array(
		'strike_countdown' => 'strike-countdown',
		'quote_carousel'   => 'quote-carousel',
		'petition_counter' => 'petition-counter',
	);
}

/** Registers the three shortcodes (on init). */
function register_shortcodes(): void {
	foreach ( shortcode_tags() as $shortcode => $tag ) {
		add_shortcode(
			$shortcode,
			static fn( $attributes, $content = '' ) => render_widget( $tag, (array) $attributes, (string) $content )
		);
	}
}

/**
 * A widget's HTML from a shortcode's attributes and enclosed content, and the script enqueued.
 *
 * @param string               $tag        The widget's tag name.
 * @param array<string|int, string> $attributes What shortcode_parse_atts() read.
 * @param string               $content    The enclosed content: the fallback (or the quotes).
 * @return string The widget's start tag, its content and its end tag.
 */
function render_widget( string $tag, array $attributes, string $content ): string {
	enqueue_script();
	$accepted = attributes_of( $tag );
	$written  = normalise_attributes( $attributes );
	$html     = '';
	foreach ( $written as $name => $value ) {
		if ( isset( $accepted[ $name ] ) ) {
			$html .= attribute_html( $name, $accepted[ $name ], $value );
		}
	}
	$inner = remove_autop_leftovers( do_shortcode( $content ) );
	if ( '' === trim( $inner ) ) {
		$inner = default_fallback( $tag, $written );
	}
	return '<' . $tag . $html . '>' . $inner . '</' . $tag . '>';
}

/**
 * Attribute names as in HTML (`action_text` and `action-text` alike), and bare words
 * (`[quote_carousel autoplay]`) as booleans that are on.
 *
 * @param array<string|int, string> $attributes What shortcode_parse_atts() read.
 * @return array<string, string> Kebab-case name => value as written.
 */
function normalise_attributes( array $attributes ): array {
	$normalised = array();
	foreach ( $attributes as $key => $value ) {
		if ( is_int( $key ) ) {
			$normalised[ strtolower( str_replace( '_', '-', (string) $value ) ) ] = '';
			continue;
		}
		$normalised[ str_replace( '_', '-', strtolower( $key ) ) ] = (string) $value;
	}
	return $normalised;
}

/**
 * Fallback content for a shortcode written without any: the countdown's label, the counter's
 * link to sign. (The carousel's fallback is its quotes: without them it shows its notice.)
 *
 * @param string                $tag     The widget's tag name.
 * @param array<string, string> $written The attributes as written (kebab-case).
 */
function default_fallback( string $tag, array $written ): string {
	$label = $written['label'] ?? '';
	if ( 'strike-countdown' === $tag ) {
		return esc_html( $label );
	}
	if ( 'petition-counter' !== $tag ) {
		return '';
	}
	$link = petition_link( $written );
	if ( '' === $link ) {
		return esc_html( $label );
	}
	$text = __( 'Sign the petition', 'strike-widgets' );
	if ( '' !== $label ) {
		/* translators: %s: the petition's title. */
		$text = sprintf( __( 'Sign the petition: %s', 'strike-widgets' ), $label );
	}
	return '<a href="' . $link . '">' . esc_html( $text ) . '</a>';
}

/**
 * Where to sign: `href`, else the petition's page (its URL, or its number on petition.parliament.uk).
 *
 * @param array<string, string> $written The attributes as written (kebab-case).
 * @return string An escaped http(s) URL, or ''.
 */
function petition_link( array $written ): string {
	if ( isset( $written['href'] ) ) {
		return safe_url( $written['href'] );
	}
	$petition = trim( $written['petition'] ?? '' );
	if ( ctype_digit( $petition ) ) {
		return safe_url( 'https://petition.parliament.uk/petitions/' . $petition );
	}
	return '' === $petition ? '' : safe_url( $petition );
}
