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
	$written  = normalise_attributes( repair_typographic_quotes( $attributes ) );
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

/** Double and single quotation marks a word processor types instead of `"` and `'`. */
const DOUBLE_QUOTES = '\x{201C}\x{201D}\x{201E}\x{00AB}\x{00BB}\x{2033}';
const SINGLE_QUOTES = '\x{2018}\x{2019}\x{201A}\x{2032}';

/**
 * Values written in typographic quotes (`petition=“700123”`, pasted from a word processor),
 * which the shortcode parser does not know: it keeps the quotes in the value, and cuts a value
 * with spaces into bare words. The words are joined again, up to the closing quote of the same
 * kind (so the apostrophe in `“Junior doctors’ strike”` does not end it), and the quotes removed.
 *
 * @param array<string|int, string> $attributes What shortcode_parse_atts() read.
 * @return array<string|int, string> The same, repaired.
 */
function repair_typographic_quotes( array $attributes ): array {
	$repaired = array();
	$open     = null; // The attribute whose quoted value is still being read.
	$quotes   = '';   // The kind of quotation mark it opened with.
	foreach ( $attributes as $key => $value ) {
		if ( null !== $open && is_int( $key ) ) {
			$repaired[ $open ] .= ' ' . $value;
			if ( preg_match( '/[' . $quotes . ']$/u', $value ) ) {
				$repaired[ $open ] = unquote( $repaired[ $open ] );
				$open              = null;
			}
			continue;
		}
		$open             = null;
		$repaired[ $key ] = $value;
		$quotes           = is_int( $key ) ? '' : opening_quotes( $value );
		if ( '' === $quotes ) {
			continue;
		}
		if ( preg_match( '/^.+[' . $quotes . ']$/u', $value ) ) {
			$repaired[ $key ] = unquote( $value );
		} else {
			$open = $key;
		}
	}
	return $repaired;
}

/**
 * The kind of typographic quotation mark `$value` opens with, as a character class; '' for none.
 *
 * @param string $value An attribute value as the shortcode parser read it.
 */
function opening_quotes( string $value ): string {
	foreach ( array( DOUBLE_QUOTES, SINGLE_QUOTES ) as $quotes ) {
		if ( preg_match( '/^[' . $quotes . ']/u', $value ) ) {
			return $quotes;
		}
	}
	return '';
}

/**
 * `$value` without its first and last character (the quotation marks around it).
 *
 * @param string $value A value that opens and closes with a quotation mark.
 */
function unquote( string $value ): string {
	return preg_replace( '/^.|.$/u', '', $value );
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
