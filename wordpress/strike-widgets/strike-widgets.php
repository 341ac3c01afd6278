<?php
/**
 * Plugin Name:       Strike Widgets
 * Plugin URI:        https://github.com/strike-widgets/strike-widgets
 * Description:       A strike countdown, a carousel of supporters' quotes and a live petition counter: shortcodes, and the widget tags allowed for Authors and Contributors.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            strike-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       strike-widgets
 * Domain Path:       /languages
 *
 * @package StrikeWidgets
 */

namespace StrikeWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The plugin's version, also the script's version (cache busting). */
const VERSION = '0.1.0';

/** The handle the script is registered under. */
const SCRIPT_HANDLE = 'strike-widgets';

/** The plugin's main file, for plugins_url(). */
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/autop.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/kses.php';

add_action( 'init', __NAMESPACE__ . '\\register_script' );
add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );
// After wpautop and shortcode_unautop (both at 10, added earlier), before do_shortcode (11).
add_filter( 'the_content', __NAMESPACE__ . '\\unautop_widget_tags', 10 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\add_defer_attribute', 10, 2 );
// After do_shortcode (11): a pasted tag, or a shortcode's output, is in the rendered content.
add_filter( 'the_content', __NAMESPACE__ . '\\enqueue_if_content_has_widget', 100 );
add_filter( 'widget_text_content', __NAMESPACE__ . '\\enqueue_if_content_has_widget', 100 );
add_filter( 'widget_block_content', __NAMESPACE__ . '\\enqueue_if_content_has_widget', 100 );
add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\\allow_widget_tags', 10, 2 );
add_filter( 'wp_kses_uri_attributes', __NAMESPACE__ . '\\add_uri_attributes' );
