// A scan worker that fails mid-pass: it waits for its jobs as a real worker does, claims chunks of
// the shared counter, and dies without posting results. The pass must redo those chunks on the
// calling thread.
import { parentPort } from 'node:worker_threads';

parentPort.once('message', ({ counter }) => {
  Atomics.add(counter, 0, 1);
  Atomics.add(counter, 0, 1);
  process.exit(1);
});
