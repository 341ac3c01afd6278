<?php
/**
 * Installs WordPress with its own installer and activates the plugin and the theme.
 * Usage: php install.php SITE_ROOT. Prints JSON.
 *
 * @package StrikeWidgets
 */

define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Strike widgets test', 'admin', 'admin@example.invalid', false, '', 'admin-password' );
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 'strike-widgets/strike-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() . "\n" );
	exit( 1 );
}
echo wp_json_encode(
	array(
		'version' => get_bloginfo( 'version' ),
		'theme'   => get_stylesheet(),
		'plugins' => get_option( 'active_plugins' ),
		'admin'   => $installed['user_id'],
	)
);
