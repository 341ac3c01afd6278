<?php
/**
 * Runs shortcodes with hostile attribute values through WordPress's do_shortcode() and prints
 * what comes out, so the test can check it is escaped or dropped.
 * Usage: php escaping.php SITE_ROOT < shortcodes.json (name => shortcode). Prints JSON: name => HTML.
 *
 * @package StrikeWidgets
 */

require $argv[1] . '/wp-load.php';

$output = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $name => $shortcode ) {
	$output[ $name ] = do_shortcode( $shortcode );
}
echo wp_json_encode( $output );
