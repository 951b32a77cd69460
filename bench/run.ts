import { benchInvest } from './invest';
import { benchTimeline } from './timeline';

/** `npm run bench`: every benchmark, medians and ratios against a baseline in the same process. */
process.env.TEND_LOG_LEVEL ??= 'warn';
process.stdout.write(`Tend benchmarks — Node ${process.version}, ${new Date().toISOString()}\n`);
await benchTimeline();
await benchInvest();
