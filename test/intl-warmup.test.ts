import './helpers.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  runIntlWarmupWorker,
  startIntlWarmup,
  WARMUP_WORKER_NAME,
} from '../src/core/intl-warmup.js';

/**
 * Starts a worker named `name` that runs `runIntlWarmupWorker` from its source text, as the
 * drop-in scripts' intro does, and then, if it did not stop there, says 'went on'. Resolves with
 * the first message the worker posts.
 */
function firstMessageOfWorker(name: string): Promise<unknown> {
  const source = `if (!(${runIntlWarmupWorker})(${JSON.stringify(WARMUP_WORKER_NAME)})) {
    postMessage('went on');
  } else if (self.name !== ${JSON.stringify(WARMUP_WORKER_NAME)}) {
    postMessage('stopped without a word');
  }`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url, { name });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`the worker failed: ${event.message}`));
  }).finally(() => {
    worker.terminate();
    URL.revokeObjectURL(url);
  });
}

describe('the Intl warm-up worker (core/intl-warmup.ts)', () => {
  it('in the warm-up worker: builds the formatters, says so, and stops the script', async () => {
    expect(await firstMessageOfWorker(WARMUP_WORKER_NAME)).to.equal('warm');
  });

  it('in any other worker: stops the script at once, posting nothing', async () => {
    expect(await firstMessageOfWorker('some-other-worker')).to.equal('stopped without a word');
  });

  it('on a page: lets the script go on', () => {
    expect(runIntlWarmupWorker(WARMUP_WORKER_NAME)).to.equal(false);
  });

  it('from a module (no document.currentScript): starts no worker', () => {
    const WorkerSpy = sinon.spy(window, 'Worker');
    try {
      startIntlWarmup();
      expect(WorkerSpy.called).to.equal(false);
    } finally {
      WorkerSpy.restore();
    }
  });
});
