<?php
/**
 * The widget tags allowed in posts for everyone who may write one, Authors and Contributors
 * included (they lack `unfiltered_html`, so wp_kses_post() filters what they save).
 *
 * @package StrikeWidgets
 */

namespace StrikeWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the three tags with all their attributes, and the markup the carousel reads and the
 * countdown's slots use, to what kses allows in the `post` context.
 *
 * @param array<string, array<string, bool>>|mixed $allowed The allowed tags and attributes.
 * @param string|mixed                             $context The kses context.
 * @return array<string, array<string, bool>>|mixed The same list, with the widgets added for `post`.
 */
function allow_widget_tags( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	foreach ( array_keys( widget_attributes() ) as $tag ) {
		$allowed[ $tag ] = array_merge(
			$allowed[ $tag ] ?? array(),
			array_fill_keys( array_keys( attributes_of( $tag ) ), true ),
			array( 'style' => true )
		);
	}
	foreach ( quote_markup() as $tag => $attributes ) {
		$allowed[ $tag ] = array_merge(
			$allowed[ $tag ] ?? array(),
			array_fill_keys( $attributes, true )
		);
	}
	return $allowed;
}

/**
 * The markup inside the widgets: quotes (figure, blockquote with cite, figcaption, links,
 * paragraphs, line breaks) and elements given to the countdown's slots (`slot="during"`).
 *
 * @return array<string, string[]> Tag => attribute names.
 */
function quote_markup(): array {
	return array(
		'figure'     => array(),
		'blockquote' => array( 'cite' ),
		'figcaption' => array(),
		'a'          => array( 'href', 'slot' ),
		'p'          => array( 'slot' ),
		'br'         => array(),
		'span'       => array( 'slot' ),
		'div'        => array( 'slot' ),
	);
}

/**
 * Makes kses check `petition` (a number or a URL) like href and src: only allowed protocols.
 *
 * @param string[]|mixed $attributes The attribute names kses treats as URLs.
 * @return string[]|mixed The same names, and `petition`.
 */
function add_uri_attributes( $attributes ) {
	if ( is_array( $attributes ) ) {
		$attributes[] = 'petition';
	}
	return $attributes;
}
