<?php
/**
 * The widgets' attributes (SPEC.md's tables) and how each kind of value is made safe.
 *
 * @package StrikeWidgets
 */

namespace StrikeWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Free text, written through esc_attr(). */
const TEXT = 'text';
/** A link or a data source: http, https or relative, through esc_url(); anything else is dropped. */
const URL = 'url';
/** Present or absent: written as a bare attribute. */
const BOOLEAN = 'boolean';
/** A petition's number (digits), or its URL (as URL). */
const PETITION = 'petition';

/**
 * Attributes every widget accepts besides its own (the HTML global attributes worth setting).
 *
 * @return array<string, string> Attribute name => kind.
 */
function global_attributes(): array {
	return array(
		'id'    => TEXT,
		'class' => TEXT,
		'lang'  => TEXT,
		'dir'   => TEXT,
		'title' => TEXT,
	);
}

/**
 * Each widget's own attributes, as in SPEC.md, kebab-case as in HTML.
 *
 * @return array<string, array<string, string>> Tag => (attribute name => kind).
 */
function widget_attributes(): array {
	return array(
		'strike-countdown' => array(
			'start'       => TEXT,
			'end'         => TEXT,
			'periods'     => TEXT,
			'timezone'    => TEXT,
			'label'       => TEXT,
			'href'        => URL,
			'action-text' => TEXT,
			'calendar'    => BOOLEAN,
			'precision'   => TEXT,
			'hide-after'  => BOOLEAN,
			'now'         => TEXT,
		),
		'quote-carousel'   => array(
			'src'      => URL,
			'autoplay' => BOOLEAN,
			'interval' => TEXT,
			'shuffle'  => BOOLEAN,
			'label'    => TEXT,
		),
		'petition-counter' => array(
			'petition'    => PETITION,
			'src'         => URL,
			'count-path'  => TEXT,
			'count'       => TEXT,
			'goal'        => TEXT,
			'interval'    => TEXT,
			'label'       => TEXT,
			'href'        => URL,
			'action-text' => TEXT,
			'notation'    => TEXT,
		),
	);
}

/**
 * All attributes a tag accepts: its own and the global ones.
 *
 * @param string $tag A widget's tag name.
 * @return array<string, string> Attribute name => kind.
 */
function attributes_of( string $tag ): array {
	return widget_attributes()[ $tag ] + global_attributes();
}

/**
 * A URL the widgets may use: http, https or relative; '' for anything else (javascript:, data:).
 *
 * @param string $value The URL as written.
 * @return string The escaped URL, or ''.
 */
function safe_url( string $value ): string {
	return esc_url( trim( $value ), array( 'http', 'https' ) );
}

/**
 * Whether a shortcode value means "on": a bare word, or yes/true/1/on/the attribute's own name.
 *
 * @param string $name  The attribute's name.
 * @param string $value Its value as written.
 */
function is_on( string $name, string $value ): bool {
	$value = strtolower( trim( $value ) );
	return in_array( $value, array( '', '1', 'true', 'yes', 'on', $name ), true );
}

/**
 * One attribute, ready to print inside a start tag (with its leading space), or '' when the
 * value cannot be used safely (a URL of another scheme) or means "off".
 *
 * @param string $name  The attribute's name (kebab-case).
 * @param string $kind  TEXT, URL, BOOLEAN or PETITION.
 * @param string $value The value as written in the shortcode.
 */
function attribute_html( string $name, string $kind, string $value ): string {
	if ( BOOLEAN === $kind ) {
		return is_on( $name, $value ) ? ' ' . $name : '';
	}
	if ( PETITION === $kind && ctype_digit( trim( $value ) ) ) {
		return ' ' . $name . '="' . esc_attr( trim( $value ) ) . '"';
	}
	if ( URL === $kind || PETITION === $kind ) {
		$url = safe_url( $value );
		return '' === $url ? '' : ' ' . $name . '="' . $url . '"';
	}
	return ' ' . $name . '="' . esc_attr( $value ) . '"';
}
