<?php
/**
 * The script: registered once, printed once in the footer, deferred, and only on pages that
 * show a widget.
 *
 * @package StrikeWidgets
 */

namespace StrikeWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the script, in the footer and deferred (on init). */
function register_script(): void {
	wp_register_script(
		SCRIPT_HANDLE,
		plugins_url( 'assets/strike-widgets.js', PLUGIN_FILE ),
		array(),
		VERSION,
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);
}

/** Enqueues the script (WordPress prints an enqueued handle once, however often this runs). */
function enqueue_script(): void {
	wp_enqueue_script( SCRIPT_HANDLE );
}

/**
 * Enqueues the script when rendered content holds a widget: a pasted tag, or a shortcode's output.
 * Hooked late on the_content and on the Text and Block widgets' content; returns it unchanged.
 *
 * @param string $content The rendered content.
 * @return string The same content.
 */
function enqueue_if_content_has_widget( $content ) {
	if ( is_string( $content ) && preg_match( '/<(?:strike-countdown|quote-carousel|petition-counter)[\s>\/]/i', $content ) ) {
		enqueue_script();
	}
	return $content;
}

/**
 * Adds `defer` to the script's tag where WordPress does not (the `strategy` argument of
 * wp_register_script() came in 6.3; on 6.1 and 6.2 the array only means "in the footer").
 *
 * @param string $tag    The `<script>` tag WordPress prints.
 * @param string $handle Its handle.
 * @return string The tag, deferred.
 */
function add_defer_attribute( $tag, $handle ) {
	if ( SCRIPT_HANDLE !== $handle || preg_match( '/\sdefer[\s=>]/i', $tag ) ) {
		return $tag;
	}
	return preg_replace( '/<script\s/i', '<script defer ', $tag, 1 );
}
