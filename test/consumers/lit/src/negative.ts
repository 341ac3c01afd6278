// Must NOT type-check: a boolean property given a string, and a detail field that does not exist.
import 'strike-widgets/define';

const countdown = document.createElement('strike-countdown');
countdown.calendar = 'yes';
countdown.addEventListener('strike-countdown-phase', (event) => console.log(event.detail.phaze));
