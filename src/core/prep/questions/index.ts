export { dismissQuestion, MAX_QUESTIONS, NOT_NOW_DAYS, questionsToConsider } from './questions-to-consider';
export type { QuestionDismissal, QuestionOptions } from './questions-to-consider';
export { QUESTION_RULES } from './prep-facts';
export type {
  CommitmentFact,
  DateFact,
  FamilyFact,
  GoalFact,
  InvestmentFact,
  MatterFact,
  PerceivedFact,
  PersonFact,
  PrepFacts,
  Question,
  QuestionRule,
} from './prep-facts';
