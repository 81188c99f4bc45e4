import { MAX_NESTING, nestingLimitMiddleware, nestsDeeperThan } from './nesting-limit';
import { ValidationProblem } from './validation';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('the nesting limit', () => {
  it('measures depth without recursion, for objects and arrays alike', () => {
    expect(nestsDeeperThan(nested(MAX_NESTING), MAX_NESTING)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_NESTING + 1), MAX_NESTING)).toBe(true);
    expect(nestsDeeperThan(nested(100_000), MAX_NESTING)).toBe(true);
    expect(nestsDeeperThan({ wide: Array.from({ length: 10_000 }, (_, i) => ({ i })) }, MAX_NESTING)).toBe(false);
    expect(nestsDeeperThan(undefined, MAX_NESTING)).toBe(false);
  });

  it('passes an ordinary body on and refuses a deep one as a validation problem', () => {
    const next = jest.fn();
    nestingLimitMiddleware({ body: { price: { amount: 1, currency: 'SEK' } } }, {}, next);
    expect(next).toHaveBeenCalledWith();
    nestingLimitMiddleware({ body: nested(5_000) }, {}, next);
    expect(next.mock.calls[1][0]).toBeInstanceOf(ValidationProblem);
  });
});
