import { benchTimeline } from './timeline';
import { benchIntegrity } from './integrity';

/** `npm run bench`: every benchmark, medians and ratios against a baseline in the same process. */
process.env.TEND_LOG_LEVEL ??= 'warn';
process.stdout.write(`Tend benchmarks — Node ${process.version}, ${new Date().toISOString()}\n`);
await benchTimeline();
await benchIntegrity();
