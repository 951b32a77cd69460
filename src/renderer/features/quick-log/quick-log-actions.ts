import type { InvestmentKind } from '../../../shared/investments';
import type { QuickLogPreview, QuickLogSaved } from '../../../shared/quick-log';
import { call } from '../../app/api';
import { written } from '../../app/data-changes';
import { toasts } from '../../app/toasts.svelte';
import { minutesWords } from '../../../shared/words';

/** The words the chips and the toast use for each kind of time. */
export const KIND_WORDS: Record<InvestmentKind, string> = {
  one_on_one: 'one-on-one',
  coaching: 'coaching',
  career: 'career conversation',
  check_in: 'check-in',
  personal: 'personal matter',
  recognition: 'recognition',
  other: 'time',
};

/** What a line would write, for the chips; null for a blank line (nothing to show yet). */
export async function previewLine(line: string, personId?: string): Promise<QuickLogPreview | null> {
  if (line.trim() === '') return null;
  return call('quickLog.parse', personId === undefined ? { line } : { line, personId });
}

/** "1 h 30" for 90, "30 min" for 30: how Tend says an amount of time (src/shared/words.ts). */
export const minutesLabel = minutesWords;

/** The confirmation for what a line wrote. */
export function savedMessage(saved: QuickLogSaved): string {
  switch (saved.type) {
    case 'investment':
      return `Logged ${minutesLabel(saved.investment.minutes)} ${KIND_WORDS[saved.investment.kind]} with ${saved.personName}.`;
    case 'commitment':
      return saved.commitment.owner === 'me'
        ? `Noted your promise to ${saved.personName}.`
        : `Noted ${saved.personName}’s ask.`;
    case 'talkingPoint':
      return `Queued for your next one-on-one with ${saved.personName}.`;
    case 'note':
      return `Noted on ${saved.personName}.`;
  }
}

/**
 * Writes the line and confirms it; resolves once the views showing it have reloaded. A refusal
 * rejects with its ApiFailure (field, message, candidates) for the field to show.
 */
export async function saveLine(line: string, personId?: string): Promise<QuickLogSaved> {
  const saved = await written('quickLog.save', personId === undefined ? { line } : { line, personId });
  toasts.show(savedMessage(saved));
  return saved;
}
