/**
 * How much slower than a quiet developer machine a test's time bound allows. These bounds are no speed
 * claims (speed is measured by `npm run bench`): they catch catastrophic backtracking or quadratic work,
 * which overshoots them by orders of magnitude, and must not trip when CI shares two CPUs with other jobs
 * (a tenfold load average made a 5 s bound take 6–13 s in QA round 20).
 */
export const SLACK = 4;
