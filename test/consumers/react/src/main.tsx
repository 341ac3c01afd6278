// React 19 with the widgets: properties, a bare boolean attribute and events, type-checked.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'strike-widgets/define';

function App() {
  const [now, setNow] = useState('2026-12-01T08:00Z');
  const [phase, setPhase] = useState('none');
  const [index, setIndex] = useState(-1);
  return (
    <>
      <strike-countdown
        id="countdown"
        start="2026-12-03T08:00Z"
        end="P2D"
        now={now}
        calendar
        label="Junior doctors' strike"
        onstrike-countdown-phase={(event) => setPhase(event.detail.phase)}
      />
      <quote-carousel
        id="carousel"
        autoplay
        interval="8"
        onquote-carousel-change={(event) => setIndex(event.detail.index)}
      >
        <figure>
          <blockquote>We are striking for safe care.</blockquote>
          <figcaption>A junior doctor</figcaption>
        </figure>
        <figure>
          <blockquote>Safe staffing saves lives.</blockquote>
          <figcaption>A patient</figcaption>
        </figure>
      </quote-carousel>
      <petition-counter id="counter" count={219672} goal={234567} label="Fund the NHS properly" />
      <button id="during" onClick={() => setNow('2026-12-04T10:00Z')}>
        During
      </button>
      <output id="phase">{phase}</output>
      <output id="index">{index}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
