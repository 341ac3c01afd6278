// The package's Vue types: GlobalComponents for the three tags; and .vue files for tsc.
import type {} from 'strike-widgets/vue';
