import { callName } from '../../../shared/call-name';
import { countWord, possessive } from '../words';
import { question, type PerceivedFact, type PrepFacts, type Question } from './prep-facts';

/** On the 1–5 scale, 1 and 2 read as low. */
const LOW = 2;
/** Once is a bad day; twice in a row is worth a thought before the next conversation. */
const IN_A_ROW = 2;

interface LowRun {
  length: number;
  /** Index in `perceived` (newest first) of the oldest note in the run. */
  startIndex: number;
}

/** The unbroken run of low values at the newest end, skipping notes where this measure was not noted. */
function lowRun(perceived: PerceivedFact[], measure: 'mood' | 'energy'): LowRun {
  let length = 0;
  let startIndex = -1;
  for (const [index, fact] of perceived.entries()) {
    const value = fact[measure];
    if (value === null) continue;
    if (value > LOW) break;
    length += 1;
    startIndex = index;
  }
  return { length, startIndex };
}

/**
 * The perceived mood or energy was low the last two times it was noted. The key names the note that
 * started the run, so the same low stretch is not asked about again after a dismissal, but a new one is.
 */
export function lowMoodOrEnergy(facts: PrepFacts): Question[] {
  const mood = lowRun(facts.perceived, 'mood');
  const energy = lowRun(facts.perceived, 'energy');
  const moodLow = mood.length >= IN_A_ROW;
  const energyLow = energy.length >= IN_A_ROW;
  if (!moodLow && !energyLow) return [];

  const name = callName(facts.person);
  const runs = [moodLow ? mood : null, energyLow ? energy : null].filter((run): run is LowRun => run !== null);
  const startIndex = Math.max(...runs.map((run) => run.startIndex));
  const times = countWord(Math.min(...runs.map((run) => run.length)));
  const subject = facts.perceived[startIndex]!.noteId;
  const what = moodLow && energyLow ? 'mood and energy' : moodLow ? 'mood' : 'energy';
  // One question even when both are low: a low mood is the broader thing to understand.
  const text = moodLow
    ? `What do you know about what is weighing on ${name} lately?`
    : `What might be draining ${possessive(name)} energy lately?`;
  return [question('low-mood-or-energy', subject, text, `You noted ${possessive(name)} ${what} as low the last ${times} times.`)];
}
