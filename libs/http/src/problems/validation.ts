import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** A 400 whose body lists each field's problem. */
export class ValidationProblem extends BadRequestException {
  constructor(readonly errors: readonly { field: string; message: string }[]) {
    super(`The request is invalid: ${errors.map((e) => e.field).join(', ')}`);
  }
}

/** Flattens class-validator's tree (nested objects, arrays) into `{field: 'a.b[0].c', message}` pairs. */
export function flattenValidationErrors(errors: readonly ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Whitelist, refuse unknown fields, transform to the DTO classes (api.md: unknown fields → 400). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationProblem(flattenValidationErrors(errors)),
  });
}
