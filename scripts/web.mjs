// `npm run web`: the web host, built to JavaScript and started with plain Node. It is rebuilt first
// only when its sources are newer than the build, so a start costs what the host itself costs.
import { pathToFileURL } from 'node:url';
import { buildHost, builtHost, hostNeedsBuild } from './host-build.mjs';

if (hostNeedsBuild()) {
  // stderr, so the first line on stdout stays the URL that scripts and tests read.
  process.stderr.write('Building the web host…\n');
  await buildHost();
}
await import(pathToFileURL(builtHost).href);
