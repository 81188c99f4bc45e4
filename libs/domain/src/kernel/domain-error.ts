import { RULES, type RuleId } from './rules';

/**
 * A refused command. It names the broken rule (`P2`) and its legal basis (`LOU 11:2, 11:6`), so the HTTP
 * edge can answer 422 problem+json with `rule` and `ruleRef` without knowing the domain.
 */
export class DomainError extends Error {
  readonly rule: RuleId;
  readonly ruleRef: string;

  constructor(rule: RuleId, detail: string) {
    super(detail);
    this.name = 'DomainError';
    this.rule = rule;
    this.ruleRef = RULES[rule].ref;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
