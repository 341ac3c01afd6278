// A Lit app using the widgets: the package's own types (HTMLElementTagNameMap, the event map)
// and a widget extended with Lit's standard API.
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { StrikeCountdown } from 'strike-widgets';
import 'strike-widgets/define';

@customElement('picket-countdown')
export class PicketCountdown extends StrikeCountdown {
  @property() picket = '';
}

@customElement('strike-page')
export class StrikePage extends LitElement {
  @property() phase = 'none';

  override render() {
    return html`<strike-countdown
        start="2026-12-03T08:00Z"
        calendar
        @strike-countdown-phase=${(event: GlobalEventHandlersEventMap['strike-countdown-phase']) =>
          (this.phase = event.detail.phase)}
      ></strike-countdown>
      <output>${this.phase}</output>`;
  }
}

const countdown = document.createElement('strike-countdown');
countdown.calendar = true;
countdown.addEventListener('strike-countdown-phase', (event) =>
  console.log(event.detail.periodIndex),
);
