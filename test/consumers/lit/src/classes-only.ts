// The classes without the define entries: their tags are typed all the same
// (HTMLElementTagNameMap comes with each class, as Lit's own elements do it).
import { PetitionCounter, QuoteCarousel } from 'strike-widgets';
import { StrikeCountdown } from 'strike-widgets/strike-countdown';

StrikeCountdown.define();
QuoteCarousel.define();
PetitionCounter.define();

export const calendar: boolean = document.querySelector('strike-countdown')!.calendar;
export const interval = (document.createElement('quote-carousel').interval = '8');
export const goal: number | null | undefined = document.querySelector('petition-counter')?.goal;
