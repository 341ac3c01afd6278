// The package's React types: JSX.IntrinsicElements for the three tags.
import type {} from 'strike-widgets/react';
