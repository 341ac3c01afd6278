/**
 * Starts the Intl warm-up worker (core/intl-warmup.ts) as this module is evaluated. Each drop-in
 * script's entry imports it first, so the worker starts before Lit and the widgets are set up:
 * the earlier it starts, the likelier ICU's data is loaded before the first number or date
 * (`npm run bench`, longtask: a live petition counter). Nothing waits for it. It must run while
 * the classic script runs, the only time `document.currentScript` names it.
 */
import { startIntlWarmup } from './intl-warmup.js';

startIntlWarmup();
