<?php
/**
 * Creates the test's users and posts through WordPress: each post is saved as its author
 * (wp_set_current_user, then wp_insert_post), so kses filters what an Author saves.
 * Usage: php content.php SITE_ROOT < posts.json, where each post is { name, role, content }.
 * Prints JSON: name => { id, saved } (saved: the content as stored).
 *
 * @package StrikeWidgets
 */

require $argv[1] . '/wp-load.php';

/**
 * The user of a role, created on first use.
 *
 * @param string $role administrator or author.
 */
function test_user( string $role ): int {
	$existing = get_user_by( 'login', $role . '-user' );
	if ( $existing ) {
		return $existing->ID;
	}
	return wp_insert_user(
		array(
			'user_login' => $role . '-user',
			'user_pass'  => wp_generate_password(),
			'user_email' => $role . '@example.invalid',
			'role'       => $role,
		)
	);
}

$posts  = json_decode( stream_get_contents( STDIN ), true );
$result = array();
foreach ( $posts as $post ) {
	$user_id = test_user( $post['role'] );
	wp_set_current_user( $user_id );
	$id = wp_insert_post(
		array(
			'post_title'   => $post['name'],
			'post_content' => $post['content'],
			'post_status'  => 'publish',
			'post_author'  => $user_id,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $post['name'] . ': ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$result[ $post['name'] ] = array(
		'id'         => $id,
		'saved'      => get_post_field( 'post_content', $id, 'raw' ),
		'unfiltered' => user_can( $user_id, 'unfiltered_html' ),
	);
}
echo wp_json_encode( $result );
