import { PetitionCounter } from './petition-counter.js';

PetitionCounter.define();

export { PetitionCounter };
