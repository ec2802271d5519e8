// A scan worker that fails mid-pass: it claims chunks of the shared counter (as a real worker
// does) and dies without posting results. The pass must redo those chunks on the calling thread.
import { workerData } from 'node:worker_threads';

const counter = workerData.counter;
Atomics.add(counter, 0, 1);
Atomics.add(counter, 0, 1);
process.exit(1);
