<?php
/**
 * Undoing what wpautop does to a widget: the paragraphs and line breaks it writes around and
 * inside the widget's start and end tags, which would push a carousel's quotes out of it or show
 * a fallback twice. Shortcodes clean their own enclosed content; pasted tags are cleaned here
 * on posts where wpautop ran (Classic, not block content).
 *
 * @package StrikeWidgets
 */

namespace StrikeWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A pasted widget standing in paragraphs of its own, back to one widget: `<p><quote-carousel></p>
 * <figure>…</figure><p></quote-carousel></p>` becomes `<quote-carousel><figure>…</figure></quote-carousel>`.
 * Runs on the_content after wpautop (10, added later) and before do_shortcode (11); leaves block
 * content alone (wpautop is off while blocks render) and widgets inside a paragraph of text.
 *
 * @param string $content The post content after wpautop.
 * @return string The content with the widgets' paragraphs undone.
 */
function unautop_widget_tags( $content ) {
	if ( ! is_string( $content ) || ! has_filter( 'the_content', 'wpautop' ) ) {
		return $content;
	}
	$pattern = '/(<p>\s*)?(<(strike-countdown|quote-carousel|petition-counter)(?=[\s>])[^>]*>)(.*?)(<\/\3>)(\s*<\/p>)?/is';
	return preg_replace_callback( $pattern, __NAMESPACE__ . '\\unautop_widget', $content );
}

/**
 * One widget found by unautop_widget_tags(): its inner leftovers removed, and the paragraph
 * around it dropped when the widget is all that paragraph holds.
 *
 * @param string[] $match The paragraph before, start tag, tag name, content, end tag, paragraph after.
 * @return string The widget.
 */
function unautop_widget( array $match ): string {
	$paragraph_before = $match[1] ?? '';
	$paragraph_after  = $match[6] ?? '';
	$widget           = $match[2] . remove_autop_leftovers( $match[4] ) . $match[5];
	if ( '' !== $paragraph_before && '' !== $paragraph_after ) {
		return $widget;
	}
	return $paragraph_before . $widget . $paragraph_after;
}

/**
 * The enclosed content without the paragraph pieces wpautop left at its edges.
 *
 * `[quote_carousel]` on a line of its own gives `</p>` at the start of the content and `<p>` at
 * its end; line breaks beside the shortcode give `<br />`; a fallback that begins or ends in the
 * shortcode's own paragraph is left with one half of a paragraph. Empty paragraphs are dropped.
 *
 * @param string $content The enclosed content as do_shortcode() passed it.
 */
function remove_autop_leftovers( string $content ): string {
	$content = preg_replace( '/<p>(?:\s|&nbsp;|<br\s*\/?>)*<\/p>/i', '', $content );
	$content = preg_replace( '/^(?:\s|<br\s*\/?>|<\/p>)+/i', '', $content );
	$content = preg_replace( '/(?:\s|<br\s*\/?>|<p>)+$/i', '', $content );
	return balance_paragraphs( remove_unmatched_edge_paragraphs( $content ) );
}

/**
 * Drops a `</p>` at the end, or a `<p>` at the start, that closes or opens a paragraph of the
 * page rather than of the content (more closing than opening paragraph tags, or the reverse).
 *
 * @param string $content The enclosed content, its whitespace and line breaks at the edges gone.
 */
function remove_unmatched_edge_paragraphs( string $content ): string {
	$opening = preg_match_all( '/<p(?=[\s>])/i', $content );
	$closing = preg_match_all( '/<\/p>/i', $content );
	if ( $closing > $opening ) {
		$content = rtrim( preg_replace( '/<\/p>$/i', '', $content ) );
	}
	if ( $opening > $closing ) {
		$content = ltrim( preg_replace( '/^<p>/i', '', $content ) );
	}
	return $content;
}

/**
 * Closes the half paragraphs left at either edge: text ending in `</p>` gets its `<p>`, and a
 * `<p>` left open at the end is closed. A `<p>` that a block closes (wpautop writes
 * `<blockquote><p>text</blockquote>`) is not half a paragraph: HTML closes it there.
 *
 * @param string $content Content with no stray paragraph tags at its edges.
 */
function balance_paragraphs( string $content ): string {
	if ( starts_inside_paragraph( $content ) ) {
		$content = '<p>' . $content;
	}
	if ( ends_inside_paragraph( $content ) ) {
		$content .= '</p>';
	}
	return $content;
}

/**
 * Whether the content's first `</p>` closes a paragraph that began before the content.
 *
 * @param string $content The enclosed content.
 */
function starts_inside_paragraph( string $content ): bool {
	if ( ! preg_match( '/^(.*?)<\/p>/is', $content, $before_first_close ) ) {
		return false;
	}
	return ! preg_match( '/<(?:p|blockquote|figure|div|ul|ol)(?=[\s>])/i', $before_first_close[1] );
}

/**
 * Whether the content's last `<p>` is still open at its end (nothing closes it, not even a block).
 *
 * @param string $content The enclosed content.
 */
function ends_inside_paragraph( string $content ): bool {
	$last_open = strripos( $content, '<p>' );
	if ( false === $last_open ) {
		return false;
	}
	$after_last_open = substr( $content, $last_open );
	return ! preg_match( '/<\/(?:p|blockquote|figure|figcaption|div|li|ul|ol)>/i', $after_last_open );
}
