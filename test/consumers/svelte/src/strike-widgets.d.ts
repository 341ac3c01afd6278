// The package's Svelte types: SvelteHTMLElements for the three tags.
import type {} from 'strike-widgets/svelte';
