import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A required nested object of a request body, validated by its own class. `ValidateNested` alone lets a
 * missing field through (class-validator skips `undefined`), and the handler would then fail on it.
 */
export function NestedObject(type: () => new () => object) {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}
