import { PetitionCounter } from './petition-counter.js';

PetitionCounter.define();

declare global {
  interface HTMLElementTagNameMap {
    'petition-counter': PetitionCounter;
  }
}

export { PetitionCounter };
