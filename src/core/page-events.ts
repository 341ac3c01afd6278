/**
 * One listener per page event (`visibilitychange` on the document, `hashchange` on the
 * window), shared by every widget that follows it. `addEventListener` looks through the
 * listeners a target already has, so a thousand widgets adding their own to the same document
 * would cost a thousand searches of a growing list, on connection and again on removal.
 */
type Callback = () => void;

interface Hub {
  callbacks: Set<Callback>;
  dispatch: () => void;
}

const hubs = new WeakMap<EventTarget, Map<string, Hub>>();

/** Calls `callback` on each `type` event at `target`; returns the function that stops it. */
export function listen(target: EventTarget, type: string, callback: Callback): () => void {
  let hubsOfTarget = hubs.get(target);
  if (!hubsOfTarget) hubs.set(target, (hubsOfTarget = new Map()));
  const hub = hubsOfTarget.get(type) ?? startHub(target, type, hubsOfTarget);
  hub.callbacks.add(callback);
  return () => {
    hub.callbacks.delete(callback);
    if (hub.callbacks.size > 0 || hubsOfTarget.get(type) !== hub) return;
    target.removeEventListener(type, hub.dispatch);
    hubsOfTarget.delete(type);
  };
}

function startHub(target: EventTarget, type: string, hubsOfTarget: Map<string, Hub>): Hub {
  const callbacks = new Set<Callback>();
  // A copy: a callback may stop listening, or start another, while the event is dispatched.
  const hub = { callbacks, dispatch: () => [...callbacks].forEach((call) => call()) };
  hubsOfTarget.set(type, hub);
  target.addEventListener(type, hub.dispatch);
  return hub;
}
